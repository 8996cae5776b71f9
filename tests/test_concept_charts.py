"""helpers.concept_charts: diagrams of Bab I-II carry the course's words and a text alternative."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest

from helpers import concept_charts, concepts
from helpers.charts import alt_text


@pytest.fixture
def table():
    return concepts.read_perry6_continuum()


def annotation_texts(fig: go.Figure) -> str:
    return " ".join(a.text for a in fig.layout.annotations)


def test_learning_illustration_shows_scopes_wog_and_instruments():
    fig = concept_charts.learning_illustration_chart()
    texts = annotation_texts(fig)
    for scope in ("Nasional", "Komunitas", "Sektor kebijakan"):
        assert scope in texts
    assert "Whole of<br>Government" in texts
    assert list(fig.data[0].text) == [
        "Nilai",
        "Kerja sama tim",
        "Keterlibatan sektor",
        "Kepercayaan",
        "Kolaborasi",
    ]
    assert sum(1 for s in fig.layout.shapes if s.type == "circle") == 4  # 3 scopes + outer ring


def test_learning_illustration_alt_text_and_no_axes():
    fig = concept_charts.learning_illustration_chart()
    text = alt_text(fig)
    assert "nasional, komunitas, dan sektor kebijakan" in text
    assert "nilai, kerja sama tim, keterlibatan sektor, kepercayaan, dan kolaborasi" in text
    assert fig.layout.xaxis.visible is False and fig.layout.yaxis.visible is False
    assert "bukan data" in annotation_texts(fig)


def test_continuum_chart_places_nine_types_in_table_order(table):
    fig = concept_charts.continuum_chart(table)
    assert list(fig.layout.xaxis.tickvals) == [1, 2, 3, 4, 5, 6, 7, 8, 9]
    assert fig.layout.xaxis.ticktext[0] == "Penyertaan"
    assert fig.layout.xaxis.ticktext[-1] == "Merger"
    assert fig.layout.xaxis.ticktext[6] == "Aliansi<br>strategis"
    assert list(fig.data[2].x) == []  # nothing highlighted
    assert "bukan ukuran" in annotation_texts(fig)


def test_continuum_chart_colours_by_category(table):
    colours = list(concept_charts.continuum_chart(table).data[1].marker.color)
    assert len(set(colours[0:3])) == len(set(colours[3:6])) == len(set(colours[6:9])) == 1
    assert len({colours[0], colours[3], colours[6]}) == 3


def test_continuum_chart_highlights_and_describes_the_chosen_type(table):
    fig = concept_charts.continuum_chart(table, 2)
    assert list(fig.data[2].x) == [2]
    texts = annotation_texts(fig)
    assert "Dialog" in texts and "Koordinasi" in texts
    assert "Pertkaran [sic: pertukaran] informasi" in texts
    assert "tidak berubah" in texts
    assert "Dipilih: Dialog (posisi 2, kategori Koordinasi)" in alt_text(fig)


def test_continuum_chart_merger_mentions_new_structure(table):
    fig = concept_charts.continuum_chart(table, 9)
    assert "struktur baru" in alt_text(fig)
    assert "relatif lebih permanen" in alt_text(fig)


def test_continuum_alt_text_lists_the_categories(table):
    text = alt_text(concept_charts.continuum_chart(table))
    assert "Koordinasi: Penyertaan, Dialog, dan Joint planning" in text
    assert "Kedekatan dan pelibatan: Aliansi strategis, Union, dan Merger" in text


ENTRIES = [
    concepts.NotebookEntry("01_a", "Bab I", frozenset({1})),
    concepts.NotebookEntry("04_b", "Bab III.A", frozenset({2, 4})),
]


def test_indicator_map_fully_revealed():
    fig = concept_charts.indicator_map_chart(ENTRIES)
    served = sorted(zip(fig.data[0].x, fig.data[0].y, strict=True))
    assert served == [(1, "01 · Bab I"), (2, "04 · Bab III.A"), (4, "04 · Bab III.A")]
    assert list(fig.data[1].x) == []
    assert "indikator 2: 04_b" in alt_text(fig)
    assert "indikator 3: belum ada notebook" in alt_text(fig)


def test_indicator_map_hides_unrevealed_columns_and_shades_highlight():
    fig = concept_charts.indicator_map_chart(ENTRIES, revealed={1}, highlight=2)
    assert list(fig.data[0].x) == [1]
    assert set(fig.data[1].x) == {2, 3, 4} and set(fig.data[1].text) == {"?"}
    assert fig.layout.shapes[0].x0 == pytest.approx(1.55)
    assert "indikator 2 belum dibuka" in alt_text(fig)


def test_integration_scope_left_joins_only_relevant_right_joins_all():
    sectors = concepts.example_sectors()
    fig = concept_charts.integration_scope_chart(sectors, ["Perdagangan"])
    boxes = [s for s in fig.layout.shapes if s.type == "rect"]
    left, right = boxes[: len(sectors)], boxes[len(sectors) :]
    joined = concept_charts.PALETTE["biru"]
    assert [b.fillcolor == joined for b in left] == [True, False, False, False, False, False]
    assert all(b.fillcolor == joined for b in right)
    assert "hanya Perdagangan yang disatukan" in alt_text(fig)
    assert "semua sektor disatukan" in alt_text(fig)
    assert "bukan data" in annotation_texts(fig)
