"""helpers.core.figures: the one finisher, and a text alternative under every chart."""

import plotly.graph_objects as go
import pytest

from helpers.core.figures import add_note, alt_text, alt_text_markdown, finish, wrap_html


def finished(**options) -> go.Figure:
    return finish(
        go.Figure(go.Bar(x=[1])), "Judul", "Diagram batang contoh.", "Sumber: X", **options
    )


def test_finish_sets_title_alt_text_and_indonesian_separators():
    fig = finished()
    assert fig.layout.title.text == "Judul"
    assert alt_text(fig) == "Diagram batang contoh."
    assert fig.layout.separators == ",."
    assert fig.layout.annotations[0].text == "Sumber: X"


def test_finish_takes_the_chart_specific_layout():
    fig = finished(height=420, showlegend=False, note_shift=-10)
    assert fig.layout.height == 420 and fig.layout.showlegend is False
    assert fig.layout.annotations[0].yshift == -10


def test_a_figure_without_alt_text_is_refused_in_indonesian():
    with pytest.raises(ValueError, match="teks alternatif tidak ada"):
        alt_text(go.Figure())


def test_the_markdown_line_names_itself_as_the_text_alternative():
    assert alt_text_markdown(finished()).startswith("*Teks alternatif:* Diagram")


def test_long_notes_wrap_into_lines():
    assert wrap_html("a " * 100, 20).count("<br>") >= 9
    assert add_note(go.Figure(), "catatan").layout.annotations[0].xanchor == "left"
