"""The one figure finisher, and showing a figure with its text alternative.

Every chart builder in ``helpers.chapters`` draws its traces, then calls :func:`finish` with a
title, a one-line text alternative in Bahasa Indonesia and a source note. The text alternative
travels with the figure (``layout.meta``) and is read back with :func:`alt_text`.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache

import plotly.graph_objects as go
import plotly.io as pio
from IPython.display import Markdown, display

from helpers.core.runtime import freeze_long_lived
from helpers.core.text import PLOTLY_SEPARATORS

# FigureWidgets do not follow the output area's width in JupyterLab (they fall back to a narrow
# default), so interactive figures get a fixed width that still fits beside the file browser.
FIGURE_WIDTH = 800
INK = "#222222"
ALT_PREFIX = "*Teks alternatif:*"
TEMPLATE = "plotly_white"
PLOTLY_MIME = "application/vnd.plotly.v1+json"
PLOTLY_CONFIG = {"displaylogo": False}


def wrap_html(text: str, width: int = 110) -> str:
    """Break a long label into lines of at most ``width`` characters for plotly (``<br>``).

    Example:
        >>> wrap_html("Sumber: bahan ajar Whole of Government", 20)
        'Sumber: bahan ajar<br>Whole of Government'
    """
    return "<br>".join(textwrap.wrap(text, width)) or text


def note_annotation(text: str, yshift: int = -62, yanchor: str = "top") -> dict:
    """A small left-aligned note (a source, a caveat) under the plot area, as an annotation.

    ``yshift`` is in pixels from the bottom of the plot area, so the note stays clear of the
    axis title whatever the figure's height.

    Example:
        >>> note_annotation("Sumber: bahan ajar")["xanchor"]
        'left'
    """
    return {
        "text": text,
        "xref": "paper",
        "yref": "paper",
        "x": 0,
        "y": 0,
        "yshift": yshift,
        "xanchor": "left",
        "yanchor": yanchor,
        "showarrow": False,
        "align": "left",
        "font": {"size": 11},
    }


def add_note(fig: go.Figure, text: str, yshift: int = -62, yanchor: str = "top") -> go.Figure:
    """Write :func:`note_annotation` under the plot area of ``fig``.

    Example:
        >>> fig = add_note(go.Figure(), "Sumber: bahan ajar")
        >>> fig.layout.annotations[0].text
        'Sumber: bahan ajar'
    """
    return fig.add_annotation(**note_annotation(text, yshift, yanchor))


def course_layout(title: str, alt: str, height: int | None, margin: dict | None) -> dict:
    """The layout entries every course chart has: title, number format, font, margins, alt.

    Example:
        >>> course_layout("Judul", "Teks.", None, None)["meta"]
        {'alt_text': 'Teks.'}
    """
    entries = {
        "title": {"text": title, "x": 0, "xanchor": "left"},
        "separators": PLOTLY_SEPARATORS,
        "font": {"size": 14},
        "margin": margin or {"l": 10, "r": 30, "t": 80, "b": 130},
        "meta": {"alt_text": alt},
    }
    return entries if height is None else {**entries, "height": height}


def finish(
    fig: go.Figure,
    title: str,
    alt: str,
    note: str,
    *,
    height: int | None = None,
    margin: dict | None = None,
    note_shift: int = -62,
    note_anchor: str = "top",
    note_width: int = 110,
    **layout: object,
) -> go.Figure:
    """Give a figure the course's title, layout defaults, text alternative and note.

    ``note`` is written under the plot (typically "Sumber: ..."); ``layout`` holds whatever
    else the chart needs (``showlegend=False``, a font colour, ...), validated by plotly.
    Builders that write their figure as dicts use :func:`plain_chart` instead.

    Example:
        >>> fig = finish(go.Figure(), "Judul", "Diagram contoh.", "Sumber: bahan ajar")
        >>> alt_text(fig), fig.layout.separators
        ('Diagram contoh.', ',.')
    """
    use_template(fig)
    with _trusted(fig):  # the course's own fixed values (strings and numbers): valid
        fig.update_layout(course_layout(title, alt, height, margin))
    if layout:  # the chart's own extras are validated
        fig.update_layout(**layout)
    return add_note(fig, wrap_html(note, note_width), yshift=note_shift, yanchor=note_anchor)


def plain_chart(
    data: Sequence[dict],
    layout: dict,
    title: str,
    alt: str,
    note: str,
    *,
    height: int | None = None,
    margin: dict | None = None,
    note_shift: int = -62,
    note_anchor: str = "top",
    note_width: int = 110,
) -> go.Figure:
    """:func:`finish` for a chart written as plain dicts: the course's entries are merged into
    ``layout`` and the figure is built once, by :func:`plain_figure`.

    Example:
        >>> fig = plain_chart([], {"font": {"color": INK}}, "Judul", "Teks.", "Sumber")
        >>> fig.layout.font.color, fig.layout.font.size, fig.layout.annotations[0].text
        ('#222222', 14, 'Sumber')
    """
    course = course_layout(title, alt, height, margin)
    merged = {**layout, **course, "font": {**layout.get("font", {}), **course["font"]}}
    note_entry = note_annotation(wrap_html(note, note_width), note_shift, note_anchor)
    merged["annotations"] = [*layout.get("annotations", []), note_entry]
    return plain_figure(data, merged)


def plain_figure(data: Sequence[dict], layout: dict) -> go.Figure:
    """A figure from plain trace and layout dicts, which plotly does not validate again.

    Validating every property as it is set took most of a widget's redraw time (about 0.1 s
    for the span-of-control figure). A builder's values are fixed by its own code, and
    tests/core/test_valid_figures.py validates every builder's output with plotly instead.

    Example:
        >>> fig = plain_figure([{"type": "bar", "x": [1]}], {"title": {"text": "Judul"}})
        >>> fig.data[0].x, fig.layout.title.text
        ((1,), 'Judul')
    """
    return go.Figure(
        {"data": list(data), "layout": {"template": _template(), **layout}}, _validate=False
    )


@cache
def _template(name: str = TEMPLATE) -> dict:
    """The registered template as plain JSON, encoded once and shared by the plain figures.

    Building it loads plotly's validator tables, which then live as long as the kernel.
    """
    template = pio.templates[name].to_plotly_json()
    freeze_long_lived()
    return template


def use_template(fig: go.Figure, name: str = TEMPLATE) -> go.Figure:
    """Give ``fig`` plotly's registered template ``name`` without validating it again.

    A registered template is valid by construction; validating its copy cost about 35 ms per
    figure, more than the rest of a chart. plotly sets its default template the same way.

    Example:
        >>> use_template(go.Figure()).layout.template.layout.plot_bgcolor
        'white'
    """
    with _trusted(fig):
        fig.layout.template = pio.templates[name]
    return fig


@contextmanager
def _trusted(fig: go.Figure) -> Iterator[None]:
    """Set layout values known to be valid without plotly validating them (a hot path)."""
    layout = fig.layout
    layout._validate = False
    try:
        yield
    finally:
        layout._validate = fig._validate


def axes_of(subplot: int) -> dict:
    """The trace entries that put a trace on subplot ``subplot`` (1, 2, ...).

    Example:
        >>> axes_of(1), axes_of(3)
        ({'xaxis': 'x', 'yaxis': 'y'}, {'xaxis': 'x3', 'yaxis': 'y3'})
    """
    suffix = "" if subplot == 1 else str(subplot)
    return {"xaxis": f"x{suffix}", "yaxis": f"y{suffix}"}


def side_by_side(titles: Sequence[str], spacing: float) -> dict:
    """The layout of one row of subplots, one per title, as plotly's ``make_subplots`` lays it
    out (``horizontal_spacing=spacing``, the titles above each panel).

    Example:
        >>> layout = side_by_side(["A", "B"], spacing=0.1)
        >>> layout["xaxis2"]["domain"], layout["annotations"][1]["x"]
        ([0.55, 1.0], 0.775)
    """
    width = (1 - spacing * (len(titles) - 1)) / len(titles)
    layout: dict = {"annotations": []}
    for index, title in enumerate(titles):
        left = index * (width + spacing)
        suffix = "" if index == 0 else str(index + 1)
        layout[f"xaxis{suffix}"] = {"anchor": f"y{suffix}", "domain": [left, left + width]}
        layout[f"yaxis{suffix}"] = {"anchor": f"x{suffix}", "domain": [0.0, 1.0]}
        layout["annotations"].append(
            {
                "text": title,
                "x": left + width / 2,
                "y": 1.0,
                "xref": "paper",
                "yref": "paper",
                "xanchor": "center",
                "yanchor": "bottom",
                "showarrow": False,
                "font": {"size": 16},
            }
        )
    return layout


def hidden_axes(x_range: Sequence[float], y_range: Sequence[float]) -> dict:
    """Layout entries that turn the axes off for a diagram (positions carry no meaning),
    keeping a 1:1 aspect.

    Example:
        >>> hidden_axes((-1, 1), (-1, 1))["xaxis"]["visible"]
        False
    """
    hidden = {"visible": False, "showgrid": False, "zeroline": False, "fixedrange": True}
    return {
        "xaxis": {"range": list(x_range), **hidden},
        "yaxis": {"range": list(y_range), "scaleanchor": "x", "scaleratio": 1, **hidden},
    }


def alt_text(fig: go.Figure) -> str:
    """The one-line text alternative of a figure finished by :func:`finish`.

    Example:
        >>> alt_text(go.Figure(layout={"meta": {"alt_text": "Diagram contoh."}}))
        'Diagram contoh.'
    """
    meta = fig.layout.meta
    if not isinstance(meta, dict) or "alt_text" not in meta:
        raise ValueError(
            "Grafik ini belum punya teks alternatif: tulis satu kalimat tentang isinya, "
            'misalnya show_chart(gambar, alt="Diagram titik skor per tahun.").'
        )
    return meta["alt_text"]


def alt_text_markdown(fig: go.Figure) -> str:
    """The text alternative as the Markdown line printed under a chart.

    Example:
        >>> alt_text_markdown(go.Figure(layout={"meta": {"alt_text": "Diagram contoh."}}))
        '*Teks alternatif:* Diagram contoh.'
    """
    return f"{ALT_PREFIX} {alt_text(fig)}"


def plotly_bundle(fig: go.Figure, width: int | None = None) -> dict:
    """The mime bundle that JupyterLab's plotly renderer draws: the figure's JSON, encoded once
    without validating it again (a built figure is valid), and its text alternative as plain text.

    Shown without plotly's renderer machinery, whose first use in a kernel costs more than the
    whole chart; ``width`` (pixels) fixes the width, otherwise the chart follows the page.

    Example:
        >>> bundle = plotly_bundle(go.Figure(go.Bar(x=[1])), width=800)
        >>> spec = bundle[PLOTLY_MIME]
        >>> spec["layout"]["width"], spec["data"], bundle["text/plain"]
        (800, [{'x': [1], 'type': 'bar'}], 'Gambar plotly')
    """
    spec = json.loads(pio.to_json(fig, validate=False))
    if width is not None:
        spec["layout"]["width"] = width
    spec["config"] = PLOTLY_CONFIG
    text = alt_text(fig) if _has_alt(fig) else "Gambar plotly"
    return {PLOTLY_MIME: spec, "text/plain": text}


def _has_alt(fig: go.Figure) -> bool:
    return isinstance(fig.layout.meta, dict) and "alt_text" in fig.layout.meta


def show_chart(fig: go.Figure, alt: str | None = None) -> None:
    """Display a chart and, right under it, its one-line text alternative.

    A chart from the course's builders carries its text alternative; for a chart of your own
    (e.g. from plotly express) give it as ``alt``, one sentence that says what the chart shows.

    Example (outside a notebook the bundle is printed as it is):
        >>> show_chart(go.Figure(layout={"meta": {"alt_text": "Diagram contoh."}}))
        ... # doctest: +ELLIPSIS
        {'application/vnd.plotly.v1+json': {...}, 'text/plain': 'Diagram contoh.'}
        <IPython.core.display.Markdown object>
        >>> show_chart(go.Figure(), alt="Diagram milik sendiri.")  # doctest: +ELLIPSIS
        {...'text/plain': 'Diagram milik sendiri.'}
        <IPython.core.display.Markdown object>
    """
    if alt is not None:
        if not alt.strip():
            raise ValueError("Teks alternatif kosong: tulis satu kalimat tentang isi grafik.")
        meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
        fig.update_layout(meta={**meta, "alt_text": alt.strip()})
    display(plotly_bundle(fig), raw=True)
    display(Markdown(alt_text_markdown(fig)))
