"""helpers.chapters.praktik (notebook 05): channel arithmetic, the three ways and challenges from
the content file, the span-of-control figure, its simulator and the challenge activity."""

from __future__ import annotations

import math
from itertools import combinations

import plotly.graph_objects as go
import pytest

from helpers.chapters import praktik
from helpers.core.figures import alt_text


def count_pairs(n: int) -> int:
    """Direct channels by definition: one per unordered pair of agencies."""
    return sum(1 for _ in combinations(range(n), 2))


def segments(trace: go.Scatter) -> int:
    """Edges drawn in one line trace (each edge is two points and a None break)."""
    return sum(1 for x in trace.x if x is None)


def annotations_text(fig: go.Figure) -> str:
    return " ".join(a.text for a in fig.layout.annotations).replace("<br>", " ")


# --- arithmetic ----------------------------------------------------------------------------


@pytest.mark.parametrize("n", range(1, 21))
def test_channel_counts_follow_their_definition(n):
    assert praktik.pairwise_channels(n) == count_pairs(n)
    assert praktik.hub_channels(n) == n - 1


def test_five_agencies_have_ten_pairwise_and_four_hub_channels():
    assert praktik.pairwise_channels(5) == count_pairs(5) == 10
    assert praktik.hub_channels(5) == 4


@pytest.mark.parametrize("bad", [0, -3, 2.5, "5", True, None])
def test_channel_counts_reject_non_counts(bad):
    with pytest.raises(ValueError, match="Jumlah lembaga"):
        praktik.pairwise_channels(bad)
    with pytest.raises(ValueError, match="Jumlah lembaga"):
        praktik.hub_channels(bad)


def test_edges_match_the_counts():
    edges = praktik.pairwise_edges(6)
    assert len(edges) == len(set(edges)) == count_pairs(6)
    assert all(a < b for a, b in edges)
    hub = praktik.hub_edges(6)
    assert len(hub) == 5 and all(a == 0 for a, _ in hub)
    assert sorted(b for _, b in hub) == [1, 2, 3, 4, 5]


def test_circle_layout_puts_points_on_the_circle_starting_at_the_top():
    points = praktik.circle_layout(8, radius=2.0)
    assert len(points) == 8
    assert points[0] == pytest.approx((0.0, 2.0))
    assert all(math.hypot(x, y) == pytest.approx(2.0) for x, y in points)
    assert len({(round(x, 6), round(y, 6)) for x, y in points}) == 8


def test_hub_layout_puts_the_coordinator_in_the_centre():
    points = praktik.hub_layout(5)
    assert points[0] == (0.0, 0.0)
    assert len(points) == 5
    assert all(math.hypot(x, y) == pytest.approx(1.0) for x, y in points[1:])
    assert praktik.hub_layout(1) == [(0.0, 0.0)]


def test_channel_table_spans_the_range_and_computes_the_gap():
    table = praktik.channel_table(2, 20)
    assert table["jumlah_lembaga"].tolist() == list(range(2, 21))
    row = table.set_index("jumlah_lembaga").loc[20]
    assert row["saluran_langsung"] == count_pairs(20)
    assert row["saluran_lewat_koordinator"] == 19
    assert row["selisih"] == count_pairs(20) - 19
    with pytest.raises(ValueError):
        praktik.channel_table(10, 3)


# --- content (Bab III.B-C) -------------------------------------------------------------------


def test_three_ways_in_the_course_order():
    table = praktik.ways().frame()
    names = [name.lower() for name in table.index]
    assert "koordinasi antarlembaga" in names[0]
    assert "lembaga koordinasi khusus" in names[1]
    assert "gugus tugas" in names[2]
    special, task_force = table.iloc[1], table.iloc[2]
    assert "permanen" in special["Sifat"].lower()
    assert "setingkat lebih tinggi" in special["Letak dalam struktur"]
    assert "setara" in special["Letak dalam struktur"]
    assert "tidak permanen" in task_force["Sifat"].lower()
    assert "di luar struktur formal" in task_force["Letak dalam struktur"].lower()
    assert "mengurangi jumlah lembaga" in table.iloc[0]["Kaitan dengan rentang kendali"]
    assert list(table.columns) == [
        "Intinya",
        "Sifat",
        "Letak dalam struktur",
        "Kaitan dengan rentang kendali",
    ]


def test_three_challenges_in_the_course_order():
    assert list(praktik.challenges().choices()) == ["kapasitas", "nilai_budaya", "kepemimpinan"]
    table = praktik.challenges().frame()
    assert list(table.index) == [
        "Kapasitas SDM dan institusi",
        "Nilai dan budaya organisasi",
        "Kepemimpinan",
    ]
    assert "merger" in table.iloc[0]["Kapan paling terasa"]
    assert "penyatuan lembaga" in table.iloc[1]["Kapan paling terasa"]


def test_every_challenge_is_the_answer_to_some_case():
    activity = praktik.challenge_activity()
    assert {case.answer for case in activity.cases} == set(praktik.challenges().choices())


# --- the span-of-control figure ---------------------------------------------------------------


@pytest.mark.parametrize("n", [2, 5, 11, 20])
def test_span_figure_draws_every_channel(n):
    fig = praktik.span_of_control_figure(n)
    assert len(fig.data) == 9
    assert segments(fig.data[0]) == count_pairs(n)
    assert len(fig.data[1].x) == n
    assert segments(fig.data[2]) == n - 1
    assert len(fig.data[3].x) + len(fig.data[4].x) == n
    assert fig.data[7].x == (n,) and fig.data[7].y == (count_pairs(n),)
    assert fig.data[8].y == (n - 1,)


def test_span_figure_for_five_agencies_says_ten_and_four():
    fig = praktik.span_of_control_figure(5)
    titles = annotations_text(fig)
    assert "10 saluran" in titles and "4 saluran" in titles
    assert fig.layout.title.text == "Rentang kendali: 5 lembaga"
    assert "10 saluran" in alt_text(fig) and "4 saluran" in alt_text(fig)


def test_span_figure_says_it_is_arithmetic_not_data():
    fig = praktik.span_of_control_figure(7)
    note = annotations_text(fig)
    assert "Bukan data" in note and "hasil rumus" in note and "hanya ilustrasi" in note
    assert "bukan data" in alt_text(fig)


def test_span_figure_curves_cover_the_slider_range():
    fig = praktik.span_of_control_figure(4)
    assert list(fig.data[5].x) == list(range(praktik.N_MIN, praktik.N_MAX + 1))
    assert fig.data[5].y[-1] == count_pairs(20)
    assert fig.data[6].y[-1] == 19
    assert fig.layout.xaxis3.title.text == "Jumlah lembaga (n)"


def test_span_figure_uses_the_colour_blind_palette_and_is_tall_enough():
    fig = praktik.span_of_control_figure(5)
    assert fig.data[5].line.color == "#0072B2"  # Okabe-Ito blue
    assert fig.data[6].line.color == "#E69F00"  # Okabe-Ito orange
    assert fig.layout.height >= 800
    assert fig.layout.separators == ",."


def test_span_figure_rejects_n_outside_the_range():
    with pytest.raises(ValueError):
        praktik.span_of_control_figure(1)
    with pytest.raises(ValueError):
        praktik.span_of_control_figure(21)


# --- the simulator ----------------------------------------------------------------------------


@pytest.fixture
def simulator():
    return praktik.SpanOfControlSimulator(n=5)


def test_simulator_starts_at_five_agencies(simulator):
    assert simulator.slider.value == 5
    assert simulator.figure.data[7].y == (10,)
    assert simulator.figure.data[8].y == (4,)
    assert "10 saluran" in simulator.caption.value and "4 saluran" in simulator.caption.value


def test_moving_the_slider_updates_the_same_figure_and_caption(simulator):
    figure, caption = simulator.figure, simulator.caption
    before = caption.value
    simulator.slider.value = 12
    assert simulator.figure is figure and simulator.caption is caption
    assert len(figure.data) == 9
    assert figure.data[7].x == (12,) and figure.data[7].y == (count_pairs(12),)
    assert figure.data[8].y == (11,)
    assert len(figure.data[1].x) == 12
    assert figure.layout.title.text == "Rentang kendali: 12 lembaga"
    assert caption.value != before
    assert f"{count_pairs(12)} saluran" in caption.value and "11 saluran" in caption.value


def test_caption_says_arithmetic_not_data_and_links_the_three_ways(simulator):
    simulator.slider.value = 8
    text = simulator.caption.value
    assert "bukan data" in text
    assert f"selisihnya {count_pairs(8) - 7} saluran (angka turunan)" in text
    for way in ("mengurangi jumlah lembaga", "lembaga koordinasi khusus", "gugus tugas"):
        assert way in text
    assert "Teks alternatif" in text


def test_slider_range_and_label(simulator):
    assert (simulator.slider.min, simulator.slider.max) == (praktik.N_MIN, praktik.N_MAX)
    assert simulator.slider.description == "Jumlah lembaga (n):"


def test_challenge_activity_judges_wrong_and_blank_answers():
    activity = praktik.challenge_activity()
    assert activity.check() is None
    assert "Pilih salah satu" in activity.feedback.value
    wrong = next(k for _, k in activity.choice.options if k != activity.cases[0].answer)
    activity.choice.value = wrong
    assert activity.check() is False
    assert "✘" in activity.feedback.value and "Belum tepat" in activity.feedback.value
    assert "kebiasaan kerja" in activity.feedback.value  # the chapter's hint
    assert "Jawaban tepat: 0 dari 4" in activity.score.value
