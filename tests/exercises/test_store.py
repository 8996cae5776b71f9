"""Autosave and restore: identity once, every check written, a restarted kernel sees it again.

Every test works in a temporary folder, never in the real hasil/. Expected answers are typed
from the course text (Ramadhan 2019), see tests/exercises/common.py.
"""

from __future__ import annotations

import json

import pytest

from helpers.exercises import store, widgets
from helpers.exercises.identity import IdentityForm
from helpers.exercises.progress import kemajuan
from helpers.exercises.widgets import latihan, reset_progress
from helpers.exercises.workfile import read_workfile, workfile_path
from tests.exercises.common import CASES_1, KONTINUM_2, REFLECTION

pytestmark = pytest.mark.usefixtures("trainee_kernel")


def restart_kernel() -> None:
    reset_progress()
    store.tutup()


def test_mulai_creates_the_file_once_and_reopens_it(tmp_path):
    first = store.mulai("Siti Nurhaliza", "LATSAR-B")
    path = tmp_path / "hasil-siti-nurhaliza.json"
    assert "baru dibuat" in str(first) and str(path) in str(first)
    assert read_workfile(path).kode_kelas == "LATSAR-B"
    restart_kernel()
    assert "dibuka kembali" in str(store.mulai("Siti Nurhaliza"))
    assert (tmp_path / ".aktif").read_text().strip() == path.name


def test_a_blank_name_opens_nothing(tmp_path):
    assert "Tulis nama Anda" in str(store.mulai("   "))
    assert store.active_session() is None
    assert not list(tmp_path.glob("hasil-*.json"))


@pytest.mark.parametrize(
    ("content", "says"),
    [('{"format": "wog-course/hasil", "versi', "bukan JSON yang utuh"),
     ('{"format": "kursus-lain"}', "bukan berkas hasil kursus")],
)  # fmt: skip
def test_a_broken_or_foreign_file_is_reported_and_set_aside(tmp_path, content, says):
    path = tmp_path / "hasil-budi.json"
    path.write_text(content, encoding="utf-8")
    message = str(store.mulai("Budi"))
    assert says in message and ".rusak-" in message
    (moved,) = tmp_path.glob("hasil-budi.rusak-*.json")
    assert moved.read_text(encoding="utf-8") == content
    assert read_workfile(path).nama == "Budi"


def test_every_check_is_written_at_once(tmp_path):
    store.mulai("Budi")
    latihan("kontinum-3").cek("B")  # Bab II.C: structure unchanged -> Koordinasi (A)
    latihan("kontinum-3").cek("A")
    latihan("mulai-3").cek(REFLECTION)
    saved = read_workfile(tmp_path / "hasil-budi.json").latihan
    attempts = saved["kontinum-3"]["percobaan"]
    assert [a["jawaban"] for a in attempts] == ["Integrasi", "Koordinasi"]
    assert [a["status"] for a in attempts] == ["salah", "benar"]
    assert saved["kontinum-3"]["notebook"] == "03_kontinum_kelembagaan"
    assert saved["mulai-3"]["percobaan"][0]["jawaban"] == REFLECTION


def test_a_restarted_kernel_shows_saved_answers_and_verdicts():
    store.mulai("Budi")
    latihan("kontinum-3").cek("B")
    latihan("kontinum-3").cek("A")
    latihan("kontinum-3").solusi()
    restart_kernel()  # no mulai(): the kernel finds hasil/.aktif by itself
    state = latihan("kontinum-3").state
    assert (state.attempts, state.solved, state.solution_seen) == (2, True, True)
    form = latihan("kontinum-3").form
    assert form.read_answer() == "A"
    assert "✔ Benar" in form.feedback.value


def test_restored_widgets_of_every_kind_show_the_saved_answer():
    store.mulai("Budi")
    answers = {
        "kontinum-1": {
            CASES_1["Penyertaan"]: "Koordinasi",
            CASES_1["Merger"]: "Kedekatan dan pelibatan",
        },
        "kontinum-2": KONTINUM_2[::-1],
        "konsep-2": ["Pelayanan publik"],
        "pelayanan-3": "66,6",
        "mulai-3": REFLECTION,
    }
    for exercise_id, answer in answers.items():
        latihan(exercise_id).cek(answer)
    expected = {i: latihan(i).state.last.status for i in answers}
    # Bab III.A: 8.311 of 12.471 regulations are Peraturan Menteri, 66,6 %
    assert expected["kontinum-2"] == "salah" and expected["pelayanan-3"] == "benar"
    restart_kernel()
    for exercise_id in answers:
        soal = latihan(exercise_id)
        again = soal.exercise.check(soal.form.read_answer())
        assert again.status == expected[exercise_id], exercise_id


def test_an_edited_status_in_the_file_changes_nothing(tmp_path):
    store.mulai("Budi")
    latihan("kontinum-3").cek("Merger")
    path = tmp_path / "hasil-budi.json"
    record = json.loads(path.read_text(encoding="utf-8"))
    record["latihan"]["kontinum-3"]["percobaan"][0]["status"] = "benar"
    path.write_text(json.dumps(record), encoding="utf-8")
    restart_kernel()
    state = latihan("kontinum-3").state
    assert not state.solved and state.last.status == "salah"


def test_without_a_name_nothing_is_written(tmp_path):
    latihan("kontinum-3").cek("A")
    assert not list(tmp_path.glob("hasil-*.json"))
    assert "belum mengisi nama" in kemajuan("03_kontinum_kelembagaan").html


def test_a_failed_write_is_said_not_raised(monkeypatch):
    store.mulai("Budi")

    def full(*_args):
        raise OSError(28, "Ruang disk habis")

    monkeypatch.setattr(store, "write_workfile", full)
    shown = latihan("kontinum-3").cek("A")
    assert shown.value.status == "benar"
    assert "belum tersimpan" in shown.html and "Ruang disk habis" in shown.html


def test_test_items_are_not_practice_exercises():
    with pytest.raises(KeyError, match="soal tes"):
        latihan("awal-1")


def test_the_progress_download_is_the_whole_work_file():
    store.mulai("Budi", "LATSAR-B")
    latihan("mulai-3").cek(REFLECTION)
    html = kemajuan("00_mulai").html
    assert 'download="hasil-budi.json"' in html
    assert "Binder" in html and "tersimpan otomatis" in html


def test_the_identity_form_opens_the_file(tmp_path):
    form = IdentityForm()
    form.name.value, form.class_code.value = "Siti Nurhaliza", "LATSAR-B"
    form._on_save()
    assert "Identitas tersimpan" in form.message.value
    assert workfile_path("Siti Nurhaliza", tmp_path).is_file()
    restart_kernel()
    assert IdentityForm().name.value == "Siti Nurhaliza"


def test_the_action_plan_is_saved_with_its_time(tmp_path):
    store.mulai("Budi")
    store.active_session().save_action_plan({"layanan": "Izin usaha", "diperbarui": "x"})
    plan = read_workfile(tmp_path / "hasil-budi.json").rencana_aksi
    assert plan["layanan"] == "Izin usaha" and plan["diperbarui"] != "x"


def test_widgets_module_records_through_the_store():
    assert widgets.active_session is store.active_session


def test_two_notebooks_open_at_once_lose_nothing(tmp_path):
    store.mulai("Budi")
    first_kernel = store.active_session()
    store.tutup()
    second_kernel = store.active_session()  # another notebook's kernel finds the same file
    assert second_kernel is not first_kernel
    exercises = [latihan(i).exercise for i in ("kontinum-3", "mulai-3")]
    second_kernel.record_check(exercises[1], REFLECTION, exercises[1].check(REFLECTION))
    first_kernel.record_check(exercises[0], "A", exercises[0].check("A"))
    saved = read_workfile(tmp_path / "hasil-budi.json").latihan
    assert set(saved) == {"kontinum-3", "mulai-3"}
    assert first_kernel.submit_test("pretest", {"awal-1": None})
    assert not second_kernel.submit_test("pretest", {"awal-1": "x"})  # the first one counts


def test_a_file_broken_while_open_is_set_aside_not_overwritten(tmp_path):
    store.mulai("Budi")
    path = tmp_path / "hasil-budi.json"
    path.write_text("{ rusak", encoding="utf-8")
    latihan("kontinum-3").cek("A")
    (moved,) = tmp_path.glob("hasil-budi.rusak-*.json")
    assert moved.read_text(encoding="utf-8") == "{ rusak"
    assert "kontinum-3" in read_workfile(path).latihan
