"""Notebook 01 (Bab I): its content file, tables, Gambar 1.1, the course map and its game."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest

from helpers.chapters import pendahuluan as pd1
from helpers.core.content import ContentError, Fields
from helpers.core.figures import alt_text
from helpers.core.manifest import Chapter

# Bab I.B of the course text: "ruang lingkup nasional, komunitas dan sektor kebijakan ...
# Nilai, kerjasama tim, keterlibatan sektor, kepercayaan, kolaborasi merupakan instrumen".
SCOPES = ("Nasional", "Komunitas", "Sektor kebijakan")
INSTRUMENTS = ("Nilai", "Kerja sama tim", "Keterlibatan sektor", "Kepercayaan", "Kolaborasi")

CHAPTERS = [
    Chapter("01_a", "Bab I", "-", "bab", (1,), 10),
    Chapter("02_b", "Bab II", "-", "bab", (1, 2), 10),
]


def annotation_texts(fig: go.Figure) -> str:
    return " ".join(a.text for a in fig.layout.annotations)


# --- content file --------------------------------------------------------------------------------


def test_content_file_holds_figure_1_1_and_both_sides_of_diversity():
    words = pd1.content()
    assert words.scopes == SCOPES
    assert words.instruments == INSTRUMENTS
    assert [side for side, _ in words.diversity] == ["Kekuatan", "Tantangan"]
    assert "ego sektoral" in words.diversity[1][1]


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ({"gambar_1_1": {"ruang_lingkup": ["a"], "instrumen": ["b"]}}, "keberagaman"),
        ({"keberagaman": [{"sisi": "Kekuatan"}], "gambar_1_1": {}}, "isi"),
        ({"keberagaman": [{"sisi": "a", "isi": "b"}], "gambar_1_1": {"instrumen": []}}, "ruang"),
        ({"keberagaman": [{"sisi": "a", "isi": "b"}], "gambar_1_1": "x"}, "gambar_1_1"),
    ],
)
def test_malformed_content_names_file_and_key(raw, key):
    with pytest.raises(ContentError) as error:
        pd1.Content.parse(Fields(raw, "Berkas isi '01_pendahuluan.yaml'"))
    assert "01_pendahuluan.yaml" in str(error.value)
    assert key in str(error.value)


# --- tables --------------------------------------------------------------------------------------


def test_diversity_table_has_both_sides():
    frame = pd1.diversity_table().data
    assert list(frame["Sisi keberagaman"]) == ["Kekuatan", "Tantangan"]
    assert "ego sektoral" in frame.iloc[1, 1]


def test_indicator_table_numbers_the_four_indicators_of_bab_i_d():
    frame = pd1.indicator_table().data
    assert list(frame["Indikator"]) == [1, 2, 3, 4]
    assert frame.iloc[0, 1] == "Memahami konsep Whole of Government."
    assert "best practices" in frame.iloc[2, 1]
    assert "perspektif kebijakan di Indonesia" in frame.iloc[3, 1]


# --- Gambar 1.1 ----------------------------------------------------------------------------------


def test_learning_illustration_shows_scopes_wog_and_instruments():
    fig = pd1.learning_illustration_chart()
    texts = annotation_texts(fig)
    for scope in SCOPES:
        assert scope in texts
    assert "Whole of<br>Government" in texts
    assert tuple(fig.data[0].text) == INSTRUMENTS
    assert sum(1 for s in fig.layout.shapes if s.type == "circle") == 4  # 3 scopes + outer ring


def test_learning_illustration_alt_text_source_and_no_axes():
    fig = pd1.learning_illustration_chart()
    text = alt_text(fig)
    assert "nasional, komunitas, dan sektor kebijakan" in text
    assert "nilai, kerja sama tim, keterlibatan sektor, kepercayaan, dan kolaborasi" in text
    assert fig.layout.xaxis.visible is False and fig.layout.yaxis.visible is False
    assert "bukan data" in annotation_texts(fig)
    assert "Ramadhan, R. P. (2019)" in annotation_texts(fig)


# --- the course map ------------------------------------------------------------------------------


def test_course_map_comes_from_the_manifest_without_the_start_page():
    stems = [c.stem for c in pd1.course_map()]
    assert stems[0] == "01_pendahuluan" and "00_mulai" not in stems
    served = {c.stem: c.indicators for c in pd1.course_map()}
    assert served["01_pendahuluan"] == (1,)
    assert set(served["04_kondisi_pelayanan_publik"]) == {2, 4}


def test_guess_feedback():
    assert pd1.guess_feedback(1, {"01_a", "02_b"}, CHAPTERS).startswith("Tepat!")
    message = pd1.guess_feedback(2, {"01_a"}, CHAPTERS)
    assert "Terlewat: 02_b" in message and "Tidak melayani indikator ini: 01_a" in message
    assert "belum ada notebook" in pd1.guess_feedback(3, set(), CHAPTERS)


def test_indicator_map_fully_revealed():
    fig = pd1.indicator_map_chart(CHAPTERS)
    served = sorted(zip(fig.data[0].x, fig.data[0].y, strict=True))
    assert served == [(1, "01 · Bab I"), (1, "02 · Bab II"), (2, "02 · Bab II")]
    assert list(fig.data[1].x) == []
    assert "indikator 2: 02_b" in alt_text(fig)
    assert "indikator 3: belum ada notebook" in alt_text(fig)
    assert fig.layout.xaxis.ticktext[0] == "Indikator 1<br>Konsep WoG"


def test_indicator_map_hides_unrevealed_columns_and_shades_highlight():
    fig = pd1.indicator_map_chart(CHAPTERS, revealed={1}, highlight=2)
    assert list(fig.data[0].x) == [1, 1]
    assert set(fig.data[1].x) == {2, 3, 4} and fig.data[1].text == "?"
    assert fig.layout.shapes[0].x0 == pytest.approx(1.55)
    assert "indikator 2 belum dibuka" in alt_text(fig)


def test_notebook_titles_are_escaped_in_the_map():
    odd = [Chapter("01_x", "Bab <i>", "-", "bab", (1,), 10)]
    assert pd1.indicator_map_chart(odd).data[0].y[0] == "01 · Bab &lt;i&gt;"


def test_indicator_map_game_starts_hidden_and_reveals_on_check():
    game = pd1.IndicatorMap(CHAPTERS)
    figure = game.figure
    assert list(figure.data[0].x) == []
    assert "belum dibuka" in game.caption.value
    game.guesses["01_a"].value = True
    game.check.click()
    assert game.figure is figure
    assert sorted(figure.data[0].x) == [1, 1]
    assert "Terlewat: 02_b" in game.feedback.value
    assert "indikator 1: 01_a dan 02_b" in game.caption.value


def test_indicator_map_game_switching_indicator_resets_guesses_and_moves_highlight():
    game = pd1.IndicatorMap(CHAPTERS)
    game.guesses["02_b"].value = True
    game.indicator.value = 2
    assert not game.guesses["02_b"].value
    assert game.figure.layout.shapes[0].x0 == pytest.approx(1.55)
    assert "Indikator 2:" in game.statement.value
    game.guesses["02_b"].value = True
    game.check.click()
    assert game.feedback.value.startswith("<p>Tepat!")


def test_indicator_map_game_reveal_all_and_width():
    game = pd1.IndicatorMap(CHAPTERS)
    game.reveal_all.click()
    assert list(game.figure.data[1].x) == []
    assert sorted(game.figure.data[0].x) == [1, 1, 2]
    assert game.figure.layout.width == 800


def test_indicator_map_game_defaults_to_the_course_map():
    game = pd1.IndicatorMap()
    assert list(game.guesses) == [c.stem for c in pd1.course_map()]
    assert "application/vnd.jupyter.widget-view+json" in game._repr_mimebundle_()
