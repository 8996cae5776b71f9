"""Pure plotly builders for Bab I and Bab II: diagrams, not data charts.

Each builder returns a ``go.Figure`` carrying its one-line text alternative in
``fig.layout.meta["alt_text"]`` (read with :func:`helpers.charts.alt_text`). Builders never show,
read files or touch widgets; positions are computed here and carry no meaning beyond layout.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import pandas as pd
import plotly.graph_objects as go

from helpers import concepts
from helpers.charts import add_note, wrap_html
from helpers.text import PALETTE, PLOTLY_SEPARATORS, join_list

SCOPE_COLOURS = (PALETTE["biru"], PALETTE["jingga"], PALETTE["hijau"])
CATEGORY_COLOURS = dict(
    zip(concepts.PERRY6_CATEGORIES, SCOPE_COLOURS, strict=True),
)
HIGHLIGHT = PALETTE["merah"]
MUTED = "#D9D9D9"
INK = "#222222"
COURSE_SOURCE = "Ramadhan, R. P. (2019), Bahan Ajar Mata Diklat Whole of Government, BPSDM Jatim"


def _finish(
    fig: go.Figure, title: str, alt: str, source: str, height: int, source_shift: int = -10
) -> go.Figure:
    fig.update_layout(
        title={"text": title, "x": 0, "xanchor": "left"},
        template="plotly_white",
        separators=PLOTLY_SEPARATORS,
        font={"size": 14, "color": INK},
        height=height,
        margin={"l": 20, "r": 20, "t": 70, "b": 60},
        meta={"alt_text": alt},
        showlegend=False,
    )
    add_note(fig, wrap_html(f"Sumber: {source}", 120), yshift=source_shift)
    return fig


def _hide_axes(fig: go.Figure, x_range: Sequence[float], y_range: Sequence[float]) -> None:
    hidden = {"visible": False, "showgrid": False, "zeroline": False, "fixedrange": True}
    fig.update_xaxes(range=list(x_range), **hidden)
    fig.update_yaxes(range=list(y_range), scaleanchor="x", scaleratio=1, **hidden)


# --- Gambar 1.1 ----------------------------------------------------------------------------------


def _polar(radius: float, degrees: float) -> tuple[float, float]:
    angle = math.radians(degrees)
    return radius * math.cos(angle), radius * math.sin(angle)


def _text_position(degrees: float) -> str:
    x, y = _polar(1, degrees)
    if abs(x) < 0.3:
        return "top center" if y > 0 else "bottom center"
    return "middle right" if x > 0 else "middle left"


def learning_illustration_chart() -> go.Figure:
    """Gambar 1.1 redrawn: three interlinked scopes around WoG, ringed by the five instruments.

    Example:
        >>> fig = learning_illustration_chart()
        >>> list(fig.data[0].text)
        ['Nilai', 'Kerja sama tim', 'Keterlibatan sektor', 'Kepercayaan', 'Kolaborasi']
    """
    fig = go.Figure()
    scope_radius, offset, ring = 0.62, 0.40, 1.38
    for scope, colour, degrees in zip(concepts.SCOPES, SCOPE_COLOURS, (90, 210, 330), strict=True):
        cx, cy = _polar(offset, degrees)
        fig.add_shape(
            type="circle",
            x0=cx - scope_radius,
            x1=cx + scope_radius,
            y0=cy - scope_radius,
            y1=cy + scope_radius,
            line={"color": colour, "width": 3},
            fillcolor=colour,
            opacity=0.22,
            layer="below",
        )
        lx, ly = _polar(offset + 0.36, degrees)
        fig.add_annotation(
            x=lx, y=ly, text=f"<b>{scope}</b>", showarrow=False, font={"size": 15, "color": INK}
        )
    fig.add_shape(
        type="circle",
        x0=-ring,
        x1=ring,
        y0=-ring,
        y1=ring,
        line={"color": PALETTE["abu"], "width": 2, "dash": "dot"},
        layer="below",
    )
    fig.add_annotation(
        x=0,
        y=0,
        text="<b>Whole of<br>Government</b>",
        showarrow=False,
        font={"size": 14, "color": INK},
        bgcolor="rgba(255,255,255,0.85)",
        borderpad=4,
    )
    angles = [126 - 72 * k for k in range(len(concepts.INSTRUMENTS))]
    points = [_polar(ring, a) for a in angles]
    fig.add_trace(
        go.Scatter(
            x=[p[0] for p in points],
            y=[p[1] for p in points],
            mode="markers+text",
            text=list(concepts.INSTRUMENTS),
            textposition=[_text_position(a) for a in angles],
            textfont={"size": 15, "color": INK},
            marker={"size": 22, "color": PALETTE["ungu"], "line": {"color": "white", "width": 2}},
            hovertemplate="Instrumen: %{text}<extra></extra>",
            cliponaxis=False,
        )
    )
    fig.add_annotation(
        x=0,
        y=-ring,
        yshift=-50,
        text="<i>lingkaran luar: lima instrumen penting WoG</i>",
        showarrow=False,
        font={"size": 12, "color": PALETTE["abu"]},
    )
    _hide_axes(fig, (-2.6, 2.6), (-2.0, 1.6))
    alt = (
        "Diagram: tiga lingkaran ruang lingkup, yaitu "
        f"{join_list([s.lower() for s in concepts.SCOPES])}, saling beririsan dan di irisannya "
        "tertulis Whole of Government; lingkaran luar memuat lima instrumen penting WoG: "
        f"{join_list([i.lower() for i in concepts.INSTRUMENTS])}."
    )
    return _finish(
        fig,
        "Ilustrasi pembelajaran Whole of Government (Gambar 1.1, digambar ulang)",
        alt,
        f"digambar ulang dari uraian Gambar 1.1, {COURSE_SOURCE}, Bab I.B. "
        "Letak dan ukuran hanya ilustrasi, bukan data.",
        height=560,
    )


# --- Bab I.D mapped to notebooks -----------------------------------------------------------------


def _notebook_label(entry: concepts.NotebookEntry) -> str:
    return wrap_html(f"{entry.stem[:2]} · {entry.title}", 36)


def indicator_map_chart(
    entries: Sequence[concepts.NotebookEntry],
    revealed: Iterable[int] = tuple(concepts.INDICATORS),
    highlight: int | None = None,
) -> go.Figure:
    """A notebook-by-indicator grid: a dot where a notebook serves an indicator.

    Columns not in ``revealed`` show '?' instead of the answer; ``highlight`` shades a column.

    Example:
        >>> entry = concepts.NotebookEntry("01_x", "Bab I", frozenset({1}))
        >>> list(indicator_map_chart([entry]).data[0].x)
        [1]
    """
    revealed = set(revealed)
    rows = [_notebook_label(e) for e in entries]
    served, hidden, empty = ([], []), ([], []), ([], [])
    for entry, row in zip(entries, rows, strict=True):
        for number in concepts.INDICATORS:
            target = hidden if number not in revealed else served
            if number in revealed and number not in entry.indicators:
                target = empty
            target[0].append(number)
            target[1].append(row)
    fig = go.Figure(
        [
            go.Scatter(
                x=served[0],
                y=served[1],
                mode="markers",
                marker={"size": 24, "color": PALETTE["biru"], "symbol": "circle"},
                name="melayani indikator",
                hovertemplate="%{y}<br>melayani indikator %{x}<extra></extra>",
            ),
            go.Scatter(
                x=hidden[0],
                y=hidden[1],
                mode="text",
                text=["?"] * len(hidden[0]),
                textfont={"size": 18, "color": PALETTE["abu"]},
                name="belum dibuka",
                hoverinfo="skip",
            ),
            go.Scatter(
                x=empty[0],
                y=empty[1],
                mode="markers",
                marker={"size": 8, "color": MUTED},
                name="tidak melayani",
                hoverinfo="skip",
            ),
        ]
    )
    if highlight is not None:
        fig.add_shape(
            type="rect",
            xref="x",
            yref="paper",
            x0=highlight - 0.45,
            x1=highlight + 0.45,
            y0=0,
            y1=1,
            fillcolor=PALETTE["kuning"],
            opacity=0.35,
            line={"width": 0},
            layer="below",
        )
    fig.update_xaxes(
        range=[0.5, len(concepts.INDICATORS) + 0.5],
        tickvals=list(concepts.INDICATORS),
        ticktext=[
            f"Indikator {n}<br>{wrap_html(concepts.INDICATOR_SHORT[n], 18)}"
            for n in concepts.INDICATORS
        ],
        side="top",
        tickangle=0,
        showgrid=False,
        fixedrange=True,
    )
    fig.update_yaxes(
        categoryorder="array",
        categoryarray=rows[::-1],
        type="category",
        automargin=True,
        fixedrange=True,
        range=[-0.5, len(rows) - 0.5],
    )
    fig = _finish(
        fig,
        "Peta indikator hasil belajar per notebook",
        _indicator_map_alt(entries, revealed),
        f"Tujuan pembelajaran tiap notebook kursus ini; indikator dari Bab I.D, {COURSE_SOURCE}.",
        height=200 + 52 * max(len(rows), 1),
    )
    fig.update_layout(margin={"t": 170})
    return fig


def _indicator_map_alt(entries: Sequence[concepts.NotebookEntry], revealed: set[int]) -> str:
    parts = []
    for number in concepts.INDICATORS:
        if number not in revealed:
            parts.append(f"indikator {number} belum dibuka")
            continue
        stems = [e.stem for e in entries if number in e.indicators]
        parts.append(f"indikator {number}: {join_list(stems) if stems else 'belum ada notebook'}")
    return "Tabel titik notebook menurut indikator; " + "; ".join(parts) + "."


# --- Bab II.B: how far the integration reaches ---------------------------------------------------


def integration_scope_chart(sectors: Sequence[str], relevant: Iterable[str]) -> go.Figure:
    """Two panels of the same sectors: related concepts join only ``relevant``; WoG joins all.

    An illustration of Bab II.B, not data: the sectors are examples.

    Example:
        >>> fig = integration_scope_chart(["A", "B"], ["A"])
        >>> fig.layout.shapes[0].fillcolor == PALETTE["biru"]
        True
    """
    relevant = set(relevant)
    fig = go.Figure()
    columns = 2
    panels = (
        (0.0, "Konsep terkait:<br>hanya sektor yang dipandang relevan", relevant),
        (5.4, "Whole of Government:<br>seluruh elemen pemerintahan", set(sectors)),
    )
    rows = math.ceil(len(sectors) / columns)
    for left, heading, joined in panels:
        fig.add_annotation(
            x=left + 2.3, y=0.9, text=f"<b>{heading}</b>", showarrow=False, yanchor="bottom"
        )
        for index, sector in enumerate(sectors):
            col, row = index % columns, index // columns
            x0, y1 = left + col * 2.3, -row * 1.1 + 0.55
            is_joined = sector in joined
            fig.add_shape(
                type="rect",
                x0=x0,
                x1=x0 + 2.15,
                y0=y1 - 0.95,
                y1=y1,
                fillcolor=PALETTE["biru"] if is_joined else MUTED,
                line={"color": "white", "width": 1},
            )
            fig.add_annotation(
                x=x0 + 1.075,
                y=y1 - 0.475,
                text=wrap_html(sector, 16),
                showarrow=False,
                font={"size": 12, "color": "white" if is_joined else INK},
            )
    _hide_axes(fig, (-0.3, 10.2), (-(rows - 1) * 1.1 - 0.6, 1.5))
    left_joined = [s for s in sectors if s in relevant]
    left = (
        f"hanya {join_list(left_joined)} yang disatukan"
        if left_joined
        else "belum ada sektor yang dipilih sebagai relevan"
    )
    alt = (
        f"Ilustrasi dua panel dengan sektor yang sama. Kiri, konsep terkait: {left}. "
        "Kanan, Whole of Government: semua sektor disatukan."
    )
    return _finish(
        fig,
        "Seberapa jauh penyatuan menjangkau pemerintahan?",
        alt,
        f"{COURSE_SOURCE}, Bab II.B. Nama sektor hanya contoh (diambil dari Bab III.A); "
        "ilustrasi, bukan data.",
        height=150 + 95 * rows,
    )


# --- Bab II.C, the Perry 6 continuum -------------------------------------------------------------


def _tick_label(name: str) -> str:
    return name.replace(" ", "<br>", 1)


def continuum_details(row: dict, total: int) -> str:
    """The information box for one type: position, category, verbatim description, change.

    Example:
        >>> row = concepts.continuum_type(concepts.read_perry6_continuum(), 2)
        >>> continuum_details(row, 9).split("<br>")[0]
        '<b>Dialog</b> · posisi 2 dari 9 · kategori <b>Koordinasi</b>'
    """
    quote = wrap_html(f"“{concepts.marked_description(row['keterangan'])}” (Perry 6, 2004)", 80)
    return (
        f"<b>{row['tipe']}</b> · posisi {row['urutan']} dari {total} · kategori "
        f"<b>{row['kategori']}</b><br>"
        f"<i>Keterangan:</i> {quote}<br>"
        f"<i>Perubahan kelembagaan:</i> "
        f"{wrap_html(concepts.institutional_change(row), 80)}"
    )


def continuum_chart(table: pd.DataFrame, position: int | None = None) -> go.Figure:
    """Tabel 1.1 as a continuum from coordination to merger, the type at ``position`` marked.

    The x axis is the order of the table (a position, not a measure of anything).

    Example:
        >>> fig = continuum_chart(concepts.read_perry6_continuum(), 9)
        >>> list(fig.data[2].x)
        [9]
    """
    total = len(table)
    colours = [CATEGORY_COLOURS[c] for c in table["kategori"]]
    chosen = table[table["urutan"] == position] if position is not None else table.iloc[0:0]
    fig = go.Figure(
        [
            go.Scatter(
                x=[0.6, total + 0.4],
                y=[0, 0],
                mode="lines",
                line={"color": PALETTE["abu"], "width": 3},
                hoverinfo="skip",
            ),
            go.Scatter(
                x=list(table["urutan"]),
                y=[0] * total,
                mode="markers",
                marker={"size": 20, "color": colours, "line": {"color": "white", "width": 2}},
                customdata=list(zip(table["tipe"], table["kategori"], strict=True)),
                hovertemplate="%{customdata[0]} (%{customdata[1]})<extra></extra>",
            ),
            go.Scatter(
                x=list(chosen["urutan"]),
                y=[0] * len(chosen),
                mode="markers",
                marker={
                    "size": 38,
                    "color": "rgba(0,0,0,0)",
                    "line": {"color": HIGHLIGHT, "width": 5},
                },
                hoverinfo="skip",
            ),
        ]
    )
    for category, first, last in concepts.category_spans(table):
        colour = CATEGORY_COLOURS[category]
        fig.add_shape(
            type="rect",
            x0=first - 0.45,
            x1=last + 0.45,
            y0=-0.5,
            y1=0.5,
            fillcolor=colour,
            opacity=0.15,
            line={"width": 0},
            layer="below",
        )
        fig.add_annotation(
            x=(first + last) / 2,
            y=0.5,
            text=f"<b>{category}</b>",
            showarrow=False,
            yanchor="bottom",
            font={"color": colour, "size": 15},
        )
    for x, text, anchor in (
        (0.55, "◀ koordinasi, tanpa perubahan kelembagaan", "left"),
        (total + 0.45, "penggabungan menjadi organisasi baru ▶", "right"),
    ):
        fig.add_annotation(
            x=x,
            y=-0.5,
            text=f"<i>{text}</i>",
            showarrow=False,
            xanchor=anchor,
            yanchor="top",
            font={"size": 12, "color": PALETTE["abu"]},
        )
    if len(chosen):
        row = chosen.iloc[0].to_dict()
        fig.add_annotation(
            xref="paper",
            yref="paper",
            x=0,
            y=0,
            yshift=-8,
            xanchor="left",
            yanchor="top",
            align="left",
            showarrow=False,
            text=continuum_details(row, total),
            bordercolor=CATEGORY_COLOURS[row["kategori"]],
            borderwidth=2,
            borderpad=8,
            bgcolor="white",
            font={"size": 13},
        )
    fig.update_xaxes(
        range=[0.5, total + 0.5],
        tickvals=list(table["urutan"]),
        ticktext=[_tick_label(t) for t in table["tipe"]],
        side="top",
        showgrid=False,
        zeroline=False,
        fixedrange=True,
    )
    fig.update_yaxes(visible=False, range=[-0.75, 0.75], fixedrange=True)
    fig = _finish(
        fig,
        "Kontinum hubungan kelembagaan (Tabel 1.1, Perry 6, 2004)",
        _continuum_alt(table, chosen),
        f"Perry 6 (2004), dikutip dalam {COURSE_SOURCE}, Bab II.C, Tabel 1.1. Sumbu mendatar "
        "hanya urutan tipe dalam tabel, bukan ukuran.",
        height=580 if len(chosen) else 450,
        source_shift=-150 if len(chosen) else -40,
    )
    fig.update_layout(margin={"t": 130, "b": 200 if len(chosen) else 80})
    return fig


def _continuum_alt(table: pd.DataFrame, chosen: pd.DataFrame) -> str:
    groups = "; ".join(
        f"{category}: {join_list(list(table.loc[table['kategori'] == category, 'tipe']))}"
        for category, _, _ in concepts.category_spans(table)
    )
    text = f"Garis kontinum dengan {len(table)} tipe hubungan kelembagaan berurutan. {groups}."
    if len(chosen):
        row = chosen.iloc[0].to_dict()
        text += (
            f" Dipilih: {row['tipe']} (posisi {row['urutan']}, kategori {row['kategori']}); "
            f"keterangan: {concepts.marked_description(row['keterangan'])}; perubahan "
            f"kelembagaan: {concepts.institutional_change(row)}"
        )
    return text
