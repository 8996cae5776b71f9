"""helpers.concept_widgets: controls update the same FigureWidget and caption in place."""

from __future__ import annotations

import pytest

from helpers import concepts
from helpers.concept_widgets import (
    ContinuumExplorer,
    DefinitionComparer,
    IndicatorMap,
    ScopeSelector,
    caption_html,
    mark_phrase,
)


@pytest.fixture
def explorer():
    return ContinuumExplorer(concepts.read_perry6_continuum())


def test_explorer_starts_at_the_first_type(explorer):
    assert explorer.position == 1
    assert list(explorer.figure.data[2].x) == [1]
    assert "Penyertaan" in explorer.caption.value
    assert explorer.slider.description == "Tipe hubungan:"
    assert [label for label, _ in explorer.slider.options][-1] == "Merger"


def test_sliding_updates_the_same_figure_and_caption(explorer):
    figure = explorer.figure
    explorer.slider.value = 5
    assert explorer.figure is figure
    assert list(figure.data[2].x) == [5]
    texts = " ".join(a.text for a in figure.layout.annotations)
    assert "Joint venture" in texts and "Integrasi" in texts
    assert "mulai cair" in explorer.caption.value


def test_sliding_to_merger_then_back(explorer):
    explorer.slider.value = 9
    assert "struktur baru" in explorer.caption.value
    explorer.slider.value = 2
    assert list(explorer.figure.data[2].x) == [2]
    assert "Pertkaran [sic: pertukaran] informasi" in explorer.caption.value
    assert "struktur baru" not in explorer.caption.value


def test_play_button_is_linked_to_the_slider_index(explorer):
    assert explorer.play.max == 8
    assert explorer.play.description == "Putar otomatis"


def test_mark_phrase_escapes_and_marks():
    assert mark_phrase("A & shared goal", "shared  goal") == "A &amp; <mark>shared goal</mark>"
    assert mark_phrase("[it] denotes", "") == "[it] denotes"
    assert mark_phrase("x <b>", "<b>") == "x <mark>&lt;b&gt;</mark>"


def test_caption_html_is_escaped():
    fig = ContinuumExplorer(concepts.read_perry6_continuum()).figure
    assert caption_html(fig).startswith("<p><em>Teks alternatif:</em> Garis kontinum")


def test_comparer_marks_a_phrase_in_both_definitions():
    comparer = DefinitionComparer()
    assert "<mark>" not in comparer.panel.value
    comparer.phrase.value = "shared goal"
    assert comparer.panel.value.count("<mark>shared goal</mark>") == 2
    assert "kedua definisi" in comparer.verdict.value


def test_comparer_typed_word_takes_over_and_choice_clears_it():
    comparer = DefinitionComparer()
    comparer.typed.value = "interagency"
    assert comparer.panel.value.count("<mark>") == 1
    assert "hanya ada dalam definisi USIP" in comparer.verdict.value
    comparer.phrase.value = "formal and informal"
    assert comparer.typed.value == ""
    assert "hanya ada dalam definisi APSC" in comparer.verdict.value


def test_comparer_shows_citations_and_stresses():
    panel = DefinitionComparer().panel.value
    assert "Shergold &amp; others, 2004" in panel
    assert "United States Institute of Peace (USIP)" in panel
    assert "ego sektoral" in panel


ENTRIES = [
    concepts.NotebookEntry("01_a", "Bab I", frozenset({1})),
    concepts.NotebookEntry("02_b", "Bab II", frozenset({1, 2})),
]


def test_indicator_map_starts_hidden_and_reveals_on_check():
    game = IndicatorMap(ENTRIES)
    figure = game.figure
    assert list(figure.data[0].x) == []
    assert "belum dibuka" in game.caption.value
    game.guesses["01_a"].value = True
    game.check.click()
    assert game.figure is figure
    assert sorted(figure.data[0].x) == [1, 1]
    assert "Terlewat: 02_b" in game.feedback.value
    assert "indikator 1: 01_a dan 02_b" in game.caption.value


def test_indicator_map_switching_indicator_resets_guesses_and_moves_highlight():
    game = IndicatorMap(ENTRIES)
    game.guesses["02_b"].value = True
    game.indicator.value = 2
    assert not game.guesses["02_b"].value
    assert game.figure.layout.shapes[0].x0 == pytest.approx(1.55)
    assert "Indikator 2:" in game.statement.value
    game.guesses["02_b"].value = True
    game.check.click()
    assert game.feedback.value.startswith("<p>Tepat!")


def test_indicator_map_reveal_all():
    game = IndicatorMap(ENTRIES)
    game.reveal_all.click()
    assert list(game.figure.data[1].x) == []
    assert sorted(game.figure.data[0].x) == [1, 1, 2]


def test_scope_selector_updates_left_panel_in_place():
    selector = ScopeSelector(concepts.example_sectors())
    figure = selector.figure
    assert "belum ada sektor" in selector.caption.value
    selector.boxes["Jenis pajak"].value = True
    selector.boxes["Perdagangan"].value = True
    assert selector.figure is figure
    assert selector.relevant == ["Perdagangan", "Jenis pajak"]
    assert "hanya Perdagangan dan Jenis pajak yang disatukan" in selector.caption.value
    fills = [s.fillcolor for s in figure.layout.shapes]
    assert fills[0] == fills[5] != fills[1]


def test_widget_figures_keep_their_width_after_updates(explorer):
    assert explorer.figure.layout.width == 800
    explorer.slider.value = 4
    assert explorer.figure.layout.width == 800
    selector = ScopeSelector(concepts.example_sectors())
    selector.boxes["Perindustrian"].value = True
    assert selector.figure.layout.width == 800
