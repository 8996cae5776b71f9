"""Scores are recomputed from the recorded answers against the bank; stored statuses are ignored.

Expected answers are the course text's: Bab II.C (Tabel 1.1) places "Dialog" under coordination
("Koordinasi"), so the right answer to kontinum-3 is Koordinasi and "Integrasi" is wrong.
"""

from __future__ import annotations

from helpers.exercises.bank import default_bank
from helpers.rekap.folder import read_class
from helpers.rekap.scores import Judge, answer_text, exercise_result, form_items, form_score
from helpers.rekap.views import ClassRekap
from tests.rekap.conftest import edit, write

BANK = default_bank()
KONTINUM_3 = BANK.get("kontinum-3")


def result(folder):
    return exercise_result(KONTINUM_3, read_class(folder).trainees, Judge(BANK))


def test_first_and_final_attempts(folder):
    r = result(folder)
    assert (r.attempted, r.first_right, r.finally_right) == (2, 1, 2)
    assert dict(r.wrong) == {"Integrasi": 1}
    assert r.rate(r.first_right) == 50


def test_an_edited_status_changes_nothing(folder):
    before = result(folder)
    path = folder / "hasil-budi-uji-fiktif.json"

    def claim_right(record):
        for entry in record["latihan"].values():
            for attempt in entry["percobaan"]:
                attempt["status"] = "salah"
        record["skor"] = 100  # an invented score key: kept by the reader, never read

    edit(path, claim_right)
    after = result(folder)
    assert (after.attempted, after.first_right, after.finally_right) == (2, 1, 2)
    assert after.wrong == before.wrong


def test_a_stored_right_status_on_a_wrong_answer_counts_wrong(tmp_path):
    # record_for stores "benar" for every attempt: the answer decides, not the status
    write(tmp_path, "Cici Uji (FIKTIF)", {"kontinum-3": ["Integrasi"]})
    r = result(tmp_path)
    assert (r.attempted, r.first_right, r.finally_right) == (1, 0, 0)


def test_blank_and_invalid_attempts_are_not_attempts(tmp_path):
    write(tmp_path, "Dedi Uji (FIKTIF)", {"kontinum-3": [None, "Bukan pilihan", "Koordinasi"]})
    r = result(tmp_path)
    assert (r.attempted, r.first_right) == (1, 1)


def test_reflections_are_not_scored_but_listed(tmp_path):
    text = "Di kantor saya (FIKTIF) dua loket belum berbagi data warga."
    write(tmp_path, "Eka Uji (FIKTIF)", {"mulai-3": [text]})
    rekap = ClassRekap(tmp_path)
    assert "mulai-3" not in [r.exercise.id for r in rekap.results]
    assert rekap.reflections().data["Refleksi"].tolist() == [text]


def test_a_test_form_is_scored_per_indicator_from_the_answers(tmp_path):
    items = form_items(BANK, "pretest")
    assert len(items) >= 12  # at least three items per indicator (issue 13)
    first = items[0]
    write(tmp_path, "Fani Uji (FIKTIF)", {}, {"pretest": {first.id: None}})
    trainee = read_class(tmp_path).trainees[0]
    score = form_score(trainee, "pretest", Judge(BANK))
    assert score.correct == 0 and score.items == len(items)
    assert sorted(score.by_indicator) == [1, 2, 3, 4]
    assert all(n >= 3 for _, n in score.by_indicator.values())
    assert form_score(trainee, "posttest", Judge(BANK)) is None


def test_answers_read_as_text():
    assert answer_text(["Perizinan", "Kependudukan"]) == "Perizinan; Kependudukan"
    assert answer_text({"Merger": "Integrasi"}) == "Merger → Integrasi"
    assert answer_text(12471) == "12.471" and answer_text(6.6) == "6,6"
    assert answer_text(None) == "(kosong)" and answer_text(True) == "true"
