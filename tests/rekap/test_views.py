"""The rekap as the facilitator sees it: tables escaped, charts with text alternatives, the CSV,
and the invented class in contoh/kelas_fiktif/ as the generator writes it."""

from __future__ import annotations

import io

import pandas as pd

from helpers.core.figures import alt_text
from helpers.exercises.bank import default_bank
from helpers.rekap.fiktif import invented_class_dir, write_class
from helpers.rekap.views import ClassRekap, class_csv
from tests.rekap.conftest import write

HOSTILE = "<img src=x onerror=alert(1)> (FIKTIF)"


def test_the_class_table_has_one_row_per_trainee(folder):
    table = ClassRekap(folder).table()
    assert table["Peserta"].tolist() == ["Ani Uji (FIKTIF)", "Budi Uji (FIKTIF)"]
    assert table["Latihan benar"].tolist() == [1, 1]
    assert table["Pre-test"].tolist() == ["—", "—"]


def test_hostile_text_never_reaches_html_unescaped(tmp_path):
    write(tmp_path, HOSTILE, {"mulai-3": [HOSTILE + " refleksi yang cukup panjang sekali"]})
    rekap = ClassRekap(tmp_path)
    for view in (rekap.handed_in(), rekap.reflections()):
        page = view.to_html()
        assert "<img" not in page and "&lt;img" in page
    assert "<img" not in rekap.problems().data


def test_the_csv_never_runs_a_formula(tmp_path):
    write(tmp_path, "=HYPERLINK(1) (FIKTIF)", {})
    frame = pd.read_csv(io.BytesIO(ClassRekap(tmp_path).csv()), encoding="utf-8-sig")
    assert frame["Peserta"].tolist() == ["'=HYPERLINK(1) (FIKTIF)"]
    excel = class_csv(pd.DataFrame({"A": ["x"], "B": [1]}), excel_indonesia=True)
    assert excel.decode("utf-8-sig") == "A;B\nx;1\n"


def test_the_charts_say_what_they_show(folder):
    rekap = ClassRekap(folder)
    assert "kontinum-3 50%" in alt_text(rekap.exercise_chart())
    assert "Belum ada pre-test atau post-test" in alt_text(rekap.test_chart())


def test_the_invented_class_matches_its_generator(tmp_path):
    written = {p.name: p.read_text(encoding="utf-8") for p in write_class(tmp_path)}
    committed = {
        p.name: p.read_text(encoding="utf-8") for p in sorted(invented_class_dir().glob("*.json"))
    }
    assert written == committed, (
        "contoh/kelas_fiktif/ dibuat dengan bank soal lama. Jalankan: "
        ".venv/bin/python -m helpers.rekap.fiktif"
    )


def test_the_invented_class_shows_every_kind_of_line():
    rekap = ClassRekap(invented_class_dir())
    text = "\n".join(rekap.files.problems)
    for words in (
        "bukan JSON",
        "terpotong",
        "bukan berkas hasil kursus",
        "versi bank soal lain",
        "peserta yang sama",
        "tampak seperti kode",
    ):
        assert words in text, words
    assert all("FIKTIF" in name for name in rekap.table()["Peserta"])


WEIRD = [[{}], {"a": [1]}, [[1]], {"x": {"y": 1}}, 1e308, -1, "", [None], True, {}, "x" * 600]


def test_odd_answers_in_a_file_never_break_the_rekap(tmp_path):
    bank = default_bank()
    answers = {ex.id: WEIRD for ex in bank.exercises()}
    tests = {"pretest": {ex.id: WEIRD[n % len(WEIRD)] for n, ex in enumerate(bank.test_items())}}
    write(tmp_path, "Iwan Aneh (FIKTIF)", answers, tests)
    rekap = ClassRekap(tmp_path)
    row = rekap.table().iloc[0]
    assert row["Latihan benar"] == 0 and row["Pre-test"] == "0%"
    rekap.wrong_answers().to_html(), rekap.test_chart(), rekap.exercise_chart(), rekap.csv()
