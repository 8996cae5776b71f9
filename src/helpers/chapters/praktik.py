"""Bab III.B-C (notebook 05): ways of practising WoG, the span-of-control arithmetic, the
challenges, and the figure, simulator and activity that show them.

The span-of-control numbers are arithmetic from two formulas, not data; the prose comes from
``content/05_praktik_dan_tantangan.yaml``.
"""

from __future__ import annotations

import math
from functools import cache, partial
from itertools import combinations

import ipywidgets as widgets
import pandas as pd
import plotly.graph_objects as go

from helpers.chapters.activity import (
    ClassifyActivity,
    ProseTable,
    read_activity,
    read_prose_table,
    section,
)
from helpers.core import safe_html
from helpers.core.content import Fields, chapter_content
from helpers.core.explorer import ChartExplorer
from helpers.core.figures import axes_of, plain_chart
from helpers.core.text import DERIVED_LABEL, PALETTE, format_number

STEM = "05_praktik_dan_tantangan"
PAIRWISE_COLOUR = PALETTE["biru"]
HUB_COLOUR = PALETTE["jingga"]
COORDINATOR_COLOUR = PALETTE["merah"]
EDGE_COLOUR = PALETTE["abu"]

N_MIN, N_MAX = 2, 20  # the simulator's slider range: a UI choice, not a figure from any source


def _agencies(n: object) -> int:
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"Jumlah lembaga harus bilangan bulat paling sedikit 1, bukan {n!r}.")
    return n


def pairwise_channels(n: int) -> int:
    """Channels when each of ``n`` agencies coordinates directly with every other: n(n-1)/2.

    Example:
        >>> pairwise_channels(5)
        10
    """
    n = _agencies(n)
    return n * (n - 1) // 2


def hub_channels(n: int) -> int:
    """Channels when one of the ``n`` agencies coordinates and the others link only to it: n-1.

    Example:
        >>> hub_channels(5)
        4
    """
    return _agencies(n) - 1


def pairwise_edges(n: int) -> list[tuple[int, int]]:
    """Every pair of agencies (0-based), one edge per direct coordination channel.

    Example:
        >>> pairwise_edges(3)
        [(0, 1), (0, 2), (1, 2)]
    """
    return list(combinations(range(_agencies(n)), 2))


def hub_edges(n: int) -> list[tuple[int, int]]:
    """Agency 0 is the coordinating body; every other agency has one edge to it.

    Example:
        >>> hub_edges(4)
        [(0, 1), (0, 2), (0, 3)]
    """
    return [(0, i) for i in range(1, _agencies(n))]


def circle_layout(n: int, radius: float = 1.0) -> list[tuple[float, float]]:
    """``n`` points evenly spaced on a circle, the first at the top, going clockwise.

    Example:
        >>> [(round(x, 3), round(y, 3)) for x, y in circle_layout(4)]
        [(0.0, 1.0), (1.0, 0.0), (0.0, -1.0), (-1.0, -0.0)]
    """
    n = _agencies(n)
    return [
        (radius * math.sin(2 * math.pi * i / n), radius * math.cos(2 * math.pi * i / n))
        for i in range(n)
    ]


def hub_layout(n: int, radius: float = 1.0) -> list[tuple[float, float]]:
    """The coordinating body (index 0) at the centre, the other ``n-1`` agencies on a circle.

    Example:
        >>> [(round(x, 3), round(y, 3)) for x, y in hub_layout(3)]
        [(0.0, 0.0), (0.0, 1.0), (0.0, -1.0)]
    """
    n = _agencies(n)
    return [(0.0, 0.0), *(circle_layout(n - 1, radius) if n > 1 else [])]


def channel_table(n_min: int = N_MIN, n_max: int = N_MAX) -> pd.DataFrame:
    """Both channel counts for every number of agencies from ``n_min`` to ``n_max``.

    Columns: jumlah_lembaga, saluran_langsung, saluran_lewat_koordinator, selisih. All of them
    are arithmetic from the formulas, not observations.

    Example:
        >>> channel_table(2, 4)["saluran_langsung"].tolist()
        [1, 3, 6]
    """
    if _agencies(n_min) > _agencies(n_max):
        raise ValueError("Batas bawah jumlah lembaga lebih besar dari batas atas.")
    ns = list(range(n_min, n_max + 1))
    table = pd.DataFrame(
        {
            "jumlah_lembaga": ns,
            "saluran_langsung": [pairwise_channels(n) for n in ns],
            "saluran_lewat_koordinator": [hub_channels(n) for n in ns],
        }
    )
    return table.assign(selisih=table["saluran_langsung"] - table["saluran_lewat_koordinator"])


# --- content: the three ways (Bab III.B) and the three challenges (Bab III.C) -------------------


def _content() -> Fields:
    return chapter_content(STEM)


@cache
def ways() -> ProseTable:
    """The three ways of practising WoG, in the course's order (a table: ``.frame()``).

    Example:
        >>> ways().frame().index.tolist()[-1]
        'Membentuk gugus tugas'
    """
    return read_prose_table(_content(), "cara", keyed=False)


@cache
def challenges() -> ProseTable:
    """The three challenges of Bab III.C, in the course's order.

    Example:
        >>> challenges().frame().index.tolist()[-1]
        'Kepemimpinan'
    """
    return read_prose_table(_content(), "tantangan")


def _span_notes() -> Fields:
    """The span-of-control notes: ``catatan_gambar``, ``bukan_data``, ``kaitan_cara``.

    Example:
        >>> "bukan data" in _span_notes().text("bukan_data")
        True
    """
    return section(_content(), "rentang_kendali")


# --- the span-of-control figure ------------------------------------------------------------


def span_of_control_alt(n: int, n_min: int = N_MIN, n_max: int = N_MAX) -> str:
    """The one-line text alternative of :func:`span_of_control_figure` for ``n`` agencies.

    Example:
        >>> "ada 10 saluran" in span_of_control_alt(5)
        True
    """
    pairs, hub = pairwise_channels(n), hub_channels(n)
    return (
        f"Dua gambar jaringan dan satu grafik. Dengan {n} lembaga yang semuanya berkoordinasi "
        f"langsung ada {format_number(pairs)} saluran ({n} × {n - 1} ÷ 2); bila satu lembaga "
        f"menjadi koordinator dan {n - 1} lembaga lain hanya berhubungan dengannya ada "
        f"{format_number(hub)} saluran ({n} − 1). Grafik bawah menunjukkan kedua jumlah untuk "
        f"{n_min} sampai {n_max} lembaga: saluran langsung bertambah jauh lebih cepat. "
        "Semua angka hasil rumus, bukan data."
    )


def _edge_xy(points: list[tuple[float, float]], edges: list[tuple[int, int]]):
    xs: list[float | None] = []
    ys: list[float | None] = []
    for a, b in edges:
        xs += [points[a][0], points[b][0], None]
        ys += [points[a][1], points[b][1], None]
    return xs, ys


def _agency_markers(points: list[tuple[float, float]], first: int, subplot: int) -> dict:
    return {
        "type": "scatter",
        "x": [p[0] for p in points],
        "y": [p[1] for p in points],
        "mode": "markers",
        "marker": {"size": 16, "color": PAIRWISE_COLOUR, "line": {"color": "white", "width": 1}},
        "name": "Lembaga",
        "showlegend": subplot == 1,
        "text": [f"Lembaga {i + first}" for i in range(len(points))],
        "hovertemplate": "%{text}<extra></extra>",
        **axes_of(subplot),
    }


def _networks(n: int) -> list[dict]:
    """Traces 0-4: direct edges, agencies (direct), hub edges, agencies (hub), coordinator."""
    circle, star = circle_layout(n), hub_layout(n)
    traces = []
    for subplot, points, edges, line, first in (
        (1, circle, pairwise_edges(n), {"color": EDGE_COLOUR, "width": 1.5}, 1),
        (2, star, hub_edges(n), {"color": HUB_COLOUR, "width": 2}, 2),
    ):
        xs, ys = _edge_xy(points, edges)
        edge = {"type": "scatter", "x": xs, "y": ys, "mode": "lines", "line": line}
        traces.append({**edge, "hoverinfo": "skip", "showlegend": False, **axes_of(subplot)})
        traces.append(_agency_markers(circle if subplot == 1 else star[1:], first, subplot))
    coordinator = {
        "type": "scatter",
        "x": [0.0],
        "y": [0.0],
        "mode": "markers",
        "marker": {"size": 26, "color": COORDINATOR_COLOUR, "symbol": "diamond"},
        "name": "Koordinator (salah satu lembaga)",
        "hovertemplate": "Koordinator<extra></extra>",
        **axes_of(2),
    }
    return [*traces, coordinator]


def _counts(n: int, table: pd.DataFrame) -> list[dict]:
    """Traces 5-8: the two count curves, then the current direct and hub counts."""
    curves = (
        ("saluran_langsung", "Semua langsung: n(n−1)/2", PAIRWISE_COLOUR, "circle"),
        ("saluran_lewat_koordinator", "Lewat koordinator: n−1", HUB_COLOUR, "diamond"),
    )
    traces = [
        {
            "type": "scatter",
            "x": table["jumlah_lembaga"].tolist(),
            "y": table[column].tolist(),
            "mode": "lines+markers",
            "line": {"color": colour, "width": 2},
            "marker": {"size": 6, "symbol": symbol, "color": colour},
            "name": name,
            "hovertemplate": "%{x} lembaga: %{y} saluran<extra></extra>",
            **axes_of(3),
        }
        for column, name, colour, symbol in curves
    ]
    highlights = (
        (pairwise_channels(n), PAIRWISE_COLOUR, "circle", "top left"),
        (hub_channels(n), HUB_COLOUR, "diamond", "bottom right"),
    )
    for value, colour, symbol, position in highlights:
        marker = {"size": 16, "symbol": symbol, "color": colour}
        point = {
            "type": "scatter",
            "x": [n],
            "y": [value],
            "mode": "markers+text",
            "marker": {**marker, "line": {"color": "black", "width": 2}},
            "text": [format_number(value)],
            "textposition": position,
            "textfont": {"size": 15, "color": colour},
            "cliponaxis": False,
            "showlegend": False,
            "hovertemplate": f"n = {n}: %{{y}} saluran<extra></extra>",
        }
        traces.append({**point, **axes_of(3)})
    return traces


# The grid plotly's make_subplots gives for two drawings above one chart (row heights 0.55 and
# 0.45, spacing 0.14 vertical and 0.06 horizontal), written out: make_subplots and validating
# each axis made up most of a redraw.
_DRAWING_Y = [0.527, 1.0]
_CHART_Y = [0.0, 0.387]
_DRAWING_X = ([0.0, 0.47], [0.53, 1.0])


def _span_layout(n: int, n_min: int, n_max: int, top: int, titles: list[str]) -> dict:
    drawing = {"visible": False, "range": [-1.3, 1.3], "fixedrange": True}
    title_font = {"size": 16}
    subplot_titles = [
        {"text": text, "x": x, "y": y, "xanchor": "center", "yanchor": "bottom"}
        for text, x, y in zip(titles, (0.235, 0.765, 0.5), (1.0, 1.0, _CHART_Y[1]), strict=True)
    ]
    return {
        "xaxis": {**drawing, "anchor": "y", "domain": _DRAWING_X[0], "scaleanchor": "y"},
        "yaxis": {**drawing, "anchor": "x", "domain": _DRAWING_Y},
        "xaxis2": {**drawing, "anchor": "y2", "domain": _DRAWING_X[1], "scaleanchor": "y2"},
        "yaxis2": {**drawing, "anchor": "x2", "domain": _DRAWING_Y},
        "xaxis3": {
            "anchor": "y3",
            "domain": [0.0, 1.0],
            "title": {"text": "Jumlah lembaga (n)"},
            "range": [n_min - 0.7, n_max + 0.7],
            **({"dtick": 1} if n_max - n_min <= 20 else {}),
        },
        "yaxis3": {
            "anchor": "x3",
            "domain": _CHART_Y,
            "title": {"text": "Jumlah saluran"},
            "range": [-0.07 * top, top * 1.08],
        },
        "annotations": [
            {**title, "xref": "paper", "yref": "paper", "showarrow": False, "font": title_font}
            for title in subplot_titles
        ],
        "shapes": [
            {
                "type": "line",
                "x0": n,
                "x1": n,
                "xref": "x3",
                "y0": 0,
                "y1": 1,
                "yref": "y3 domain",
                "line": {"color": EDGE_COLOUR, "dash": "dot"},
            }
        ],
        "legend": {
            "orientation": "v",
            "x": 0.01,
            "y": _CHART_Y[1] - 0.01,
            "yanchor": "top",
            "bgcolor": "rgba(255,255,255,0.85)",
        },
        "hovermode": "closest",
    }


def span_of_control_figure(n: int, n_min: int = N_MIN, n_max: int = N_MAX) -> go.Figure:
    """Network drawings of ``n`` agencies (all pairs vs. through one coordinator) above a chart
    of both channel counts for ``n_min``..``n_max`` agencies, with ``n`` highlighted.

    The figure always holds the same nine traces, in this order (a redraw keeps them):
    0 direct edges, 1 agencies (direct), 2 hub edges, 3 agencies (hub), 4 coordinator,
    5 direct-count curve, 6 hub-count curve, 7 current direct count, 8 current hub count.

    Example:
        >>> fig = span_of_control_figure(5)
        >>> fig.data[7].y[0], fig.data[8].y[0]
        (10, 4)
    """
    if not n_min <= n <= n_max:
        raise ValueError(f"Jumlah lembaga harus antara {n_min} dan {n_max}, bukan {n}.")
    table = channel_table(n_min, n_max)
    titles = [
        f"Semua langsung: {format_number(pairwise_channels(n))} saluran",
        f"Lewat satu koordinator: {format_number(hub_channels(n))} saluran",
        "Jumlah saluran bila lembaga bertambah (hasil rumus)",
    ]
    layout = _span_layout(n, n_min, n_max, int(table["saluran_langsung"].max()), titles)
    return plain_chart(
        [*_networks(n), *_counts(n, table)],
        layout,
        f"Rentang kendali: {n} lembaga",
        span_of_control_alt(n, n_min, n_max),
        _span_notes().text("catatan_gambar"),
        height=820,
        margin={"l": 10, "r": 30, "t": 90, "b": 120},
        note_shift=-112,
        note_anchor="bottom",
        note_width=120,
    )


# --- the simulator and the challenge activity -------------------------------------------------


def span_caption_html(n: int, n_min: int = N_MIN, n_max: int = N_MAX) -> str:
    """The simulator's caption: the counts for ``n``, the link to the three ways, the text
    alternative, and the reminder that the numbers are arithmetic, not data.

    Example:
        >>> "bukan data" in span_caption_html(5)
        True
    """
    pairs, hub = pairwise_channels(n), hub_channels(n)
    notes = _span_notes()
    counts = (
        f"{format_number(pairs)} saluran bila semua berkoordinasi langsung, "
        f"{format_number(hub)} saluran lewat satu koordinator; selisihnya "
        f"{format_number(pairs - hub)} saluran {DERIVED_LABEL}. {notes.text('bukan_data')}"
    )
    return (
        f"<p><b>{n} lembaga</b>: {safe_html.escape(counts)}</p>"
        f"{safe_html.paragraph(notes.text('kaitan_cara'))}"
        f"{safe_html.caption(span_of_control_alt(n, n_min, n_max))}"
    )


class SpanOfControlSimulator(ChartExplorer):
    """A slider for the number of agencies that redraws one FigureWidget and its caption.

    Example:
        >>> simulator = SpanOfControlSimulator(n=5)
        >>> simulator.slider.value = 12
        >>> simulator.figure.data[7].y, "66 saluran" in simulator.caption.value
        ((66,), True)
    """

    def __init__(self, n: int = 5, n_min: int = N_MIN, n_max: int = N_MAX):
        self.slider = widgets.IntSlider(
            value=n,
            min=n_min,
            max=n_max,
            step=1,
            description="Jumlah lembaga (n):",
            continuous_update=False,
            style={"description_width": "initial"},
            layout=widgets.Layout(width="60%"),
        )
        super().__init__(
            [self.slider],
            partial(span_of_control_figure, n_min=n_min, n_max=n_max),
            lambda _fig, count: span_caption_html(count, n_min, n_max),
        )


def challenge_activity() -> ClassifyActivity:
    """Short situations to sort into the three challenges of Bab III.C.

    Example:
        >>> activity = challenge_activity()
        >>> len(activity.choice.options), len(activity.cases)
        (3, 4)
    """
    return ClassifyActivity(read_activity(_content(), "kegiatan_tantangan", challenges()))


__all__ = [
    "N_MAX",
    "N_MIN",
    "SpanOfControlSimulator",
    "challenge_activity",
    "challenges",
    "channel_table",
    "circle_layout",
    "hub_channels",
    "hub_edges",
    "hub_layout",
    "pairwise_channels",
    "pairwise_edges",
    "span_caption_html",
    "span_of_control_alt",
    "span_of_control_figure",
    "ways",
]
