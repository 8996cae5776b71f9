"""The capstone (notebook 10): the form's options come from the course, a plan is checked,
saved to the trainee's work file, restored, and exported as printable HTML and Markdown.

Expected options are typed from the course text: Tabel 1.1 of Bab II.C (Perry 6's nine types),
Bab III.D (the five service patterns), Bab III.B (three ways), Bab III.C (three challenges).
"""

from __future__ import annotations

import pytest

from helpers.chapters.rencana_aksi import (
    ActionPlanForm,
    check_plan,
    clean_plan,
    plan_fields,
    plan_html,
    plan_markdown,
    rencana_aksi,
)
from helpers.exercises import store
from helpers.exercises.workfile import read_workfile

PERRY6_TYPES = [
    "Penyertaan", "Dialog", "Joint planning", "Joint working", "Joint venture", "Satelit",
    "Aliansi strategis", "Union", "Merger",
]  # fmt: skip
PATTERNS = ["Teknis fungsional", "Satu atap", "Satu pintu", "Terpusat", "Elektronik"]
HOSTILE = "<script>alert(1)</script>"


def field(key: str):
    return next(f for f in plan_fields() if f.key == key)


def test_the_form_asks_what_the_issue_names():
    keys = [f.key for f in plan_fields()]
    for key in ("layanan", "pengguna", "instansi", "kontinum", "pola", "cara", "tantangan", "aksi"):
        assert key in keys


def test_choices_come_from_the_course():
    assert [o.split(" (")[0] for o in field("kontinum").options] == PERRY6_TYPES
    assert field("kontinum").options[0] == "Penyertaan (Koordinasi)"
    assert field("kontinum").options[-1] == "Merger (Kedekatan dan pelibatan)"
    assert list(field("pola").options) == PATTERNS
    assert len(field("cara").options) == 3 and "Membentuk gugus tugas" in field("cara").options
    assert [o.split()[0] for o in field("tantangan").options] == [
        "Kapasitas",
        "Nilai",
        "Kepemimpinan",
    ]


@pytest.mark.parametrize(
    ("plan", "words"),
    [
        ({"pola": "Dua atap"}, "bukan salah satu pilihan"),
        ({"aksi": 42}, "harus berupa teks"),
        ({"aksi": "x" * 2001}, "terlalu panjang"),
        ({"rahasia": "?"}, "bukan isian rencana aksi"),
    ],
)
def test_a_bad_plan_is_explained(plan, words):
    (line,) = check_plan(plan)
    assert words in line


def test_a_good_plan_has_no_problems_and_is_cleaned():
    plan = {"pola": "Satu pintu", "aksi": "  Menyusun daftar syarat.  ", "diperbarui": "x"}
    assert check_plan(plan) == []
    assert clean_plan(plan) == {"pola": "Satu pintu", "aksi": "Menyusun daftar syarat."}


def test_the_html_export_prints_and_escapes():
    page = plan_html({"layanan": HOSTILE, "pola": "Satu atap"}, HOSTILE, "KELAS-1")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "@media print" in page and "@page{size:A4" in page
    assert page.count("<h2>") == len(plan_fields())
    assert "(belum diisi)" in page  # every empty field is said to be empty


def test_the_markdown_export_lists_every_field():
    text = plan_markdown({"aksi": "Menyusun daftar syarat."}, "Ani (FIKTIF)", "KELAS-1")
    assert text.startswith("# Rencana Aksi Whole of Government\n\n**Ani (FIKTIF) · KELAS-1**")
    assert "## Satu tindakan dalam kewenangan saya\n\nMenyusun daftar syarat." in text
    assert text.count("\n## ") == len(plan_fields())


def test_the_form_refuses_a_bad_plan_and_saves_nothing():
    saved = []
    form = ActionPlanForm(save=saved.append)
    form.inputs["aksi"].value = "x" * 2001
    assert form.save() and saved == []
    assert "terlalu panjang" in form.status.value


@pytest.fixture
def session(tmp_path):
    store.mulai("Ani Uji (FIKTIF)", "KELAS-1", folder=tmp_path)
    yield store.active_session()
    store.tutup()


def test_saved_in_the_work_file_and_restored(session):
    form = rencana_aksi()
    form.inputs["layanan"].value = "Izin usaha mikro (FIKTIF)"
    form.inputs["pola"].value = "Satu pintu"
    assert form.save() == []
    on_disk = read_workfile(session.path).rencana_aksi
    assert on_disk["layanan"] == "Izin usaha mikro (FIKTIF)" and on_disk["pola"] == "Satu pintu"
    assert "diperbarui" in on_disk
    again = rencana_aksi()  # e.g. after a kernel restart
    assert again.inputs["layanan"].value == "Izin usaha mikro (FIKTIF)"
    assert again.inputs["pola"].value == "Satu pintu"
    assert "rencana-aksi-ani-uji-fiktif.html" in again.downloads.value


def test_without_a_name_the_form_says_nothing_is_saved():
    store.tutup()
    form = rencana_aksi()
    assert "halaman mulai" in form.status.value
    form.inputs["aksi"].value = "Menyusun daftar syarat."
    assert form.save() == [] and "Unduh rencana aksi" in form.downloads.value
    assert "belum disimpan" in form.status.value and "tersimpan di" not in form.status.value
