"""The closing quiz (08_evaluasi): its bank spans all four indicators and the score adds up."""

from __future__ import annotations

import base64
import json
import re

import pytest

from helpers import evaluation
from helpers.evaluation import quiz_score, score_html
from helpers.exercise_widgets import latihan, reset_progress
from helpers.exercises import ExerciseState, default_bank, get_exercise

QUIZ = "08_evaluasi"
# Right answers, typed from the course text (Bab II.B-C, III.A-D) and the figures file.
RIGHT = {
    "evaluasi-1": ["A", "B", "C"],
    "evaluasi-4": "A",
    "evaluasi-5": 15,  # six agencies, every pair linked: 6 x 5 / 2
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
        i: sum(e.indikator == i and e.jenis != "refleksi" for e in chapter.exercises)
        for i in (1, 2, 3, 4)
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
        (2, 3, 0),
        (3, 2, 0),
        (4, 3, 0),
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
        (2, 3, 2),
        (3, 1, 1),
        (4, 2, 2),
    ]
    assert (score.attempted, score.correct, score.graded) == (7, 6, 10)
    assert score.headline == "6 dari 10 soal benar"
    assert score.indicators[1].text == "2 dari 3 benar"


def test_wrong_then_right_counts_once():
    state = ExerciseState(get_exercise("evaluasi-4"))
    state.check("B")
    state.check("A")
    score = quiz_score(QUIZ, {"evaluasi-4": state})
    assert (score.attempted, score.correct) == (1, 1)


def test_download_holds_the_score_and_no_answers():
    page = score_html(quiz_score(QUIZ, states({"evaluasi-4": "A"})), "2025-01-01T10:00:00")
    payload = re.search(r"base64,([A-Za-z0-9+/=]+)", page).group(1)
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


def test_skor_follows_the_widgets(monkeypatch):
    shown = []
    monkeypatch.setattr(evaluation, "display", shown.append)
    evaluation.skor()
    view = latihan("evaluasi-4").view
    view.controls["jawaban"].value = "A"
    view.check_button.click()
    evaluation.skor()
    assert "0 dari 10 soal benar" in shown[0].data
    assert "1 dari 10 soal benar" in shown[1].data
