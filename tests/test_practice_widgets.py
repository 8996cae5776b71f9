"""helpers.practice_widgets: the simulator updates one FigureWidget in place; activities judge."""

from __future__ import annotations

from itertools import combinations

import pytest

from helpers import practice
from helpers.practice_widgets import (
    SpanOfControlSimulator,
    challenge_activity,
    pattern_activity,
    service_kind_activity,
)


def pairs(n: int) -> int:
    return len(list(combinations(range(n), 2)))


@pytest.fixture
def simulator():
    return SpanOfControlSimulator(n=5)


def test_simulator_starts_at_five_agencies(simulator):
    assert simulator.slider.value == 5
    assert simulator.figure.data[7].y == (pairs(5),)
    assert simulator.figure.data[8].y == (4,)
    assert "10 saluran" in simulator.caption.value and "4 saluran" in simulator.caption.value


def test_moving_the_slider_updates_the_same_figure_and_caption(simulator):
    figure, caption = simulator.figure, simulator.caption
    before = caption.value
    simulator.slider.value = 12
    assert simulator.figure is figure and simulator.caption is caption
    assert len(figure.data) == 9
    assert figure.data[7].x == (12,) and figure.data[7].y == (pairs(12),)
    assert figure.data[8].y == (11,)
    assert len(figure.data[1].x) == 12
    assert figure.layout.title.text == "Rentang kendali: 12 lembaga"
    assert caption.value != before
    assert f"{pairs(12)} saluran" in caption.value and "11 saluran" in caption.value


def test_caption_says_arithmetic_not_data_and_links_the_three_ways(simulator):
    simulator.slider.value = 8
    text = simulator.caption.value
    assert "bukan data" in text
    assert "turunan" in text
    for way in ("mengurangi jumlah lembaga", "lembaga koordinasi khusus", "gugus tugas"):
        assert way in text
    assert "Teks alternatif" in text


def test_slider_range_and_label(simulator):
    assert (simulator.slider.min, simulator.slider.max) == (practice.N_MIN, practice.N_MAX)
    assert simulator.slider.description == "Jumlah lembaga (n):"


def test_pattern_activity_judges_and_scores():
    activity = pattern_activity()
    assert "Kasus 1 dari 5" in activity.case.value
    activity.choice.value = activity.cases[0].jawaban
    activity.check_button.click()
    assert "✔" in activity.feedback.value
    assert "Jawaban tepat: 1 dari 5" in activity.score.value


def test_wrong_and_blank_answers_get_feedback():
    activity = challenge_activity()
    activity.check()
    assert "Pilih salah satu" in activity.feedback.value
    wrong = next(k for _, k in activity.choice.options if k != activity.cases[0].jawaban)
    activity.choice.value = wrong
    assert activity.check() is False
    assert "✘" in activity.feedback.value and "Belum tepat" in activity.feedback.value
    assert "Jawaban tepat: 0 dari" in activity.score.value


def test_next_case_moves_on_resets_and_wraps():
    activity = service_kind_activity()
    activity.choice.value = activity.cases[0].jawaban
    activity.check()
    first_text = activity.case.value
    activity.next_button.click()
    assert activity.case.value != first_text
    assert activity.choice.value is None and activity.feedback.value == ""
    for _ in range(len(activity.cases) - 1):
        activity.next_case()
    assert activity.case.value == first_text


def test_activity_options_are_indonesian_labels():
    labels = [label for label, _ in pattern_activity().choice.options]
    assert labels == ["Teknis fungsional", "Satu atap", "Satu pintu", "Terpusat", "Elektronik"]
