"""helpers.practice_charts: span-of-control figure and the press-reported MPP / OSS charts."""

from __future__ import annotations

from itertools import combinations

import plotly.graph_objects as go
import pytest

from helpers import practice
from helpers.charts import alt_text
from helpers.practice_charts import mpp_chart, mpp_growth_text, oss_chart, span_of_control_figure


def segments(trace: go.Scatter) -> int:
    """Edges drawn in one line trace (each edge is two points and a None break)."""
    return sum(1 for x in trace.x if x is None)


def annotations_text(fig: go.Figure) -> str:
    return " ".join(a.text for a in fig.layout.annotations)


@pytest.mark.parametrize("n", [2, 5, 11, 20])
def test_span_figure_draws_every_channel(n):
    fig = span_of_control_figure(n)
    pairs = len(list(combinations(range(n), 2)))
    assert len(fig.data) == 9
    assert segments(fig.data[0]) == pairs
    assert len(fig.data[1].x) == n
    assert segments(fig.data[2]) == n - 1
    assert len(fig.data[3].x) + len(fig.data[4].x) == n
    assert fig.data[7].x == (n,) and fig.data[7].y == (pairs,)
    assert fig.data[8].y == (n - 1,)


def test_span_figure_for_five_agencies_says_ten_and_four():
    fig = span_of_control_figure(5)
    titles = annotations_text(fig)
    assert "10 saluran" in titles and "4 saluran" in titles
    assert fig.layout.title.text == "Rentang kendali: 5 lembaga"
    assert "10 saluran" in alt_text(fig) and "4 saluran" in alt_text(fig)


def test_span_figure_says_it_is_arithmetic_not_data():
    fig = span_of_control_figure(7)
    assert "Bukan data" in annotations_text(fig)
    assert "bukan data" in alt_text(fig)
    assert "hasil rumus" in annotations_text(fig)


def test_span_figure_curves_cover_the_slider_range():
    fig = span_of_control_figure(4)
    assert list(fig.data[5].x) == list(range(practice.N_MIN, practice.N_MAX + 1))
    assert fig.data[5].y[-1] == len(list(combinations(range(20), 2)))
    assert fig.data[6].y[-1] == 19
    assert fig.layout.xaxis3.title.text == "Jumlah lembaga (n)"


def test_span_figure_rejects_n_outside_the_range():
    with pytest.raises(ValueError):
        span_of_control_figure(1)
    with pytest.raises(ValueError):
        span_of_control_figure(21)


@pytest.fixture
def mpp():
    return practice.read_mpp_counts()


def test_mpp_chart_is_one_bar_per_report_without_lines(mpp):
    fig = mpp_chart(mpp)
    assert all(isinstance(trace, go.Bar) for trace in fig.data)
    assert list(fig.data[0].x) == ["2017", "Sep 2023", "Jun 2024", "Des 2024", "Des 2025"]
    assert list(fig.data[0].y) == [3, 152, 191, 272, 305]
    assert fig.layout.xaxis.type == "category"


def test_mpp_chart_cites_press_reports(mpp):
    fig = mpp_chart(mpp)
    note = annotations_text(fig)
    for outlet in ("Bisnis", "VOI", "beritaktual.id", "Sakunar", "mureks.co.id", "KemenPANRB"):
        assert outlet in note.replace("<br>", " ")
    assert "bukan dataset" in note.replace("<br>", " ")
    assert "pemberitaan media" in alt_text(fig)


def test_mpp_growth_is_labelled_derived(mpp):
    text = mpp_growth_text(mpp)
    assert "turunan" in text
    assert "101,7" in text  # 305 / 3, rounded to one decimal
    assert "turunan" in alt_text(mpp_chart(mpp))


def test_oss_chart_is_two_bars_with_a_derived_ratio():
    fig = oss_chart(practice.read_oss_nib())
    assert len(fig.data) == 1 and isinstance(fig.data[0], go.Bar)
    assert list(fig.data[0].x) == ["2019", "2023"]
    assert list(fig.data[0].text) == ["704.417", "4.061.883"]
    assert "5,8 kali" in alt_text(fig) and "(turunan)" in alt_text(fig)
    note = annotations_text(fig).replace("<br>", " ")
    assert "Kabarsiger" in note and "bukan dataset" in note
    assert fig.layout.yaxis.tickformat == ",d"
    assert fig.layout.separators == ",."


def test_charts_are_tall_enough_to_read():
    assert mpp_chart(practice.read_mpp_counts()).layout.height >= 500
    assert oss_chart(practice.read_oss_nib()).layout.height >= 500
    assert span_of_control_figure(5).layout.height >= 800
