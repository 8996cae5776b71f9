"""helpers.core.figures: the one finisher, and a text alternative under every chart."""

from unittest.mock import patch

import plotly.graph_objects as go
import pytest

from helpers.core.figures import (
    PLOTLY_MIME,
    add_note,
    alt_text,
    alt_text_markdown,
    finish,
    show_chart,
    wrap_html,
)


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
    with pytest.raises(ValueError, match="belum punya teks alternatif"):
        alt_text(go.Figure())


def test_the_markdown_line_names_itself_as_the_text_alternative():
    assert alt_text_markdown(finished()).startswith("*Teks alternatif:* Diagram")


def test_long_notes_wrap_into_lines():
    assert wrap_html("a " * 100, 20).count("<br>") >= 9
    assert add_note(go.Figure(), "catatan").layout.annotations[0].xanchor == "left"


def _shown(fig: go.Figure, **kwargs) -> list:
    with patch("helpers.core.figures.display") as display:
        show_chart(fig, **kwargs)
    return [call.args[0] for call in display.call_args_list]


def test_show_chart_draws_the_plotly_json_and_prints_the_alt_text_under_it():
    bundle, line = _shown(go.Figure(go.Bar(x=[1]), layout={"meta": {"alt_text": "Satu batang."}}))
    assert bundle[PLOTLY_MIME]["data"] == [{"type": "bar", "x": [1]}]
    assert bundle["text/plain"] == "Satu batang."
    assert line.data == "*Teks alternatif:* Satu batang."


def test_a_participants_own_chart_gets_its_alt_text_from_alt():
    fig = go.Figure(go.Scatter(x=[2019], y=[70]))
    _bundle, line = _shown(fig, alt="  Titik skor per tahun.  ")
    assert line.data == "*Teks alternatif:* Titik skor per tahun."
    assert alt_text(fig) == "Titik skor per tahun."


def test_an_own_chart_without_alt_text_is_refused_in_indonesian():
    with pytest.raises(ValueError, match="belum punya teks alternatif"):
        _shown(go.Figure())
    with pytest.raises(ValueError, match="Teks alternatif kosong"):
        _shown(go.Figure(), alt=" ")
