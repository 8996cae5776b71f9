"""The closing quiz (08_evaluasi): its bank spans all four indicators and the score adds up."""

from __future__ import annotations

import base64
import json
import re

import pytest

from helpers.exercises import (
    ExerciseState,
    default_bank,
    get_exercise,
    latihan,
    reset_progress,
    skor,
)
from helpers.exercises.quiz import quiz_score, score_html

QUIZ = "08_evaluasi"
# Right answers, typed from the course text (Bab II.B-C, III.A-D) and the figures file.
RIGHT = {
    "evaluasi-1": ["A", "B", "C"],
    "evaluasi-4": "A",
    "evaluasi-5": "A",  # Bab III.B: reduce the number of agencies (no new body)
    "evaluasi-7": "Kapasitas SDM dan institusi",
    "evaluasi-8": "1.665",  # 12.471 - 8.311 - 2.446 - 49 (derived)
    "evaluasi-10": "A",
}


@pytest.fixture(autouse=True)
def fresh_kernel():
    reset_progress()
    yield
    reset_progress()


def states(answers: dict[str, object]) -> dict[str, ExerciseState]:
    result = {}
    for exercise_id, answer in answers.items():
        state = ExerciseState(get_exercise(exercise_id))
        state.check(_resolve(state, answer))
        result[exercise_id] = state
    return result


def _resolve(state: ExerciseState, answer: object) -> object:
    # pilihan_jamak takes option texts; letters are easier to type in a test table.
    options = getattr(state.exercise, "pilihan", ())
    if isinstance(answer, list) and options:
        return [options["ABCDE".index(a)] for a in answer]
    return answer


def test_quiz_spans_every_indicator_with_at_least_two_graded_questions():
    chapter = default_bank().notebook(QUIZ)
    counts = {
        i: sum(e.indikator == i and e.graded for e in chapter.exercises) for i in (1, 2, 3, 4)
    }
    assert all(n >= 2 for n in counts.values()), counts
    assert 8 <= len(chapter.exercises) <= 12
    assert len({e.jenis for e in chapter.exercises}) >= 4


def test_quiz_questions_are_new():
    ids = [e.id for e in default_bank().notebook(QUIZ).exercises]
    assert all(i.startswith("evaluasi-") for i in ids)
    other = {
        e.pertanyaan
        for name, ch in default_bank().notebooks.items()
        if name != QUIZ
        for e in ch.exercises
    }
    assert not other & {e.pertanyaan for e in default_bank().notebook(QUIZ).exercises}


def test_the_right_answers_are_judged_right():
    for exercise_id, state in states(RIGHT).items():
        assert state.solved, exercise_id


def test_empty_score_is_zero_of_ten():
    score = quiz_score(QUIZ, {})
    assert score.headline == "0 dari 10 soal benar"
    assert [(s.indikator, s.graded, s.correct) for s in score.indicators] == [
        (1, 2, 0),
        (2, 4, 0),
        (3, 2, 0),
        (4, 2, 0),
    ]


def test_score_per_indicator_and_total():
    answers = dict(RIGHT)
    answers["evaluasi-2"] = {}  # blank: not an attempt
    answers["evaluasi-3"] = {  # wrong order: attempted, not correct
        item: 1 + i for i, item in enumerate(get_exercise("evaluasi-3").butir)
    }
    score = quiz_score(QUIZ, states(answers))
    assert [(s.indikator, s.attempted, s.correct) for s in score.indicators] == [
        (1, 1, 1),
        (2, 4, 3),
        (3, 1, 1),
        (4, 1, 1),
    ]
    assert (score.attempted, score.correct, score.graded) == (7, 6, 10)
    assert score.headline == "6 dari 10 soal benar"
    assert score.indicators[1].text == "3 dari 4 benar"


def test_wrong_then_right_counts_once():
    state = ExerciseState(get_exercise("evaluasi-4"))
    state.check("B")
    state.check("A")
    score = quiz_score(QUIZ, {"evaluasi-4": state})
    assert (score.attempted, score.correct) == (1, 1)


def test_download_holds_the_score_and_no_answers():
    page = score_html(quiz_score(QUIZ, states({"evaluasi-4": "A"})), "2025-01-01T10:00:00")
    link = re.search(r'download="skor-08_evaluasi.json" href="data:application/json;'
                     r'charset=utf-8;base64,([A-Za-z0-9+/=]+)"', page)  # fmt: skip
    payload = link.group(1)
    record = json.loads(base64.b64decode(payload))
    assert record["skor"] == {"benar": 1, "dinilai": 10, "dicoba": 1, "solusi_dibuka": 0}
    assert record["per_indikator"][1]["benar"] == 1
    assert record["dibuat"] == "2025-01-01T10:00:00"
    assert "Satu atap" not in json.dumps(record)


def test_solutions_seen_are_reported():
    state = ExerciseState(get_exercise("evaluasi-7"))
    state.check("Kepemimpinan")
    state.solution()
    page = score_html(quiz_score(QUIZ, {"evaluasi-7": state}))
    assert "Solusi dibuka pada 1 soal" in page


def test_skor_follows_the_widgets():
    before = skor()
    view = latihan("evaluasi-4").form
    view.controls["jawaban"].value = "A"
    view.check_button.click()
    after = skor()
    assert "0 dari 10 soal benar" in before._repr_html_()
    assert "1 dari 10 soal benar" in after._repr_html_()
    assert after.value.correct == 1


def test_score_reads_as_plain_text():
    text = str(quiz_score(QUIZ, states({"evaluasi-4": "A", "evaluasi-7": "Kepemimpinan"})))
    lines = text.splitlines()
    assert lines[0] == "Skor Anda: 1 dari 10 soal benar"
    indicators = [line for line in lines if line.startswith("- Indikator ")]
    assert len(indicators) == 4
    assert "Memahami konsep Whole of Government." in indicators[0]
    assert lines[-1] == "Belum ada solusi yang dibuka."


def test_score_table_has_a_row_per_indicator_and_a_total():
    page = score_html(quiz_score(QUIZ, states(RIGHT)))
    assert page.count("<tr>") == 1 + 4 + 1  # head, indicators, total
    assert "Jumlah" in page
    assert "6 dari 10 benar" in page
