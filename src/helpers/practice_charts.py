"""Pure plotly builders for Bab III.B-D: the span-of-control figure and the MPP / OSS charts.

Builders return a ``go.Figure`` with a one-line Indonesian text alternative in
``fig.layout.meta["alt_text"]`` (read it with :func:`helpers.charts.alt_text`); they never show,
read files or touch widgets. The span-of-control figure always has the same traces, whatever
the number of agencies, so a widget can update it in place.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from helpers import practice
from helpers.charts import add_note, wrap_html
from helpers.text import PALETTE, PLOTLY_SEPARATORS, format_number

NOT_DATA_NOTE = (
    "Bukan data: semua angka di gambar ini hasil rumus aritmetika, n(n−1)/2 saluran bila "
    "setiap lembaga berkoordinasi langsung dan n−1 saluran bila lewat satu koordinator."
)
PRESS_SOURCE_NOTE = "Pemberitaan media atas pernyataan resmi, bukan dataset instansi itu sendiri."

PAIRWISE_COLOUR = PALETTE["biru"]
HUB_COLOUR = PALETTE["jingga"]
COORDINATOR_COLOUR = PALETTE["merah"]
EDGE_COLOUR = PALETTE["abu"]


def _finish(
    fig: go.Figure, title: str, alt: str, note: str, bottom: int = 110, height: int = 560
) -> go.Figure:
    fig.update_layout(
        height=height,
        title={"text": title, "x": 0, "xanchor": "left"},
        template="plotly_white",
        separators=PLOTLY_SEPARATORS,
        font={"size": 14},
        margin={"l": 10, "r": 30, "t": 90, "b": bottom},
        meta={"alt_text": alt},
    )
    add_note(fig, wrap_html(note, 120), yshift=-bottom + 8, yanchor="bottom")
    return fig


# --- span of control ---------------------------------------------------------------------------


def _edge_xy(points: list[tuple[float, float]], edges: list[tuple[int, int]]):
    xs: list[float | None] = []
    ys: list[float | None] = []
    for a, b in edges:
        xs += [points[a][0], points[b][0], None]
        ys += [points[a][1], points[b][1], None]
    return xs, ys


def span_of_control_alt(n: int, n_min: int = practice.N_MIN, n_max: int = practice.N_MAX) -> str:
    """The one-line text alternative of :func:`span_of_control_figure` for ``n`` agencies.

    Example:
        >>> "ada 10 saluran" in span_of_control_alt(5)
        True
    """
    pairs, hub = practice.pairwise_channels(n), practice.hub_channels(n)
    return (
        f"Dua gambar jaringan dan satu grafik. Dengan {n} lembaga yang semuanya berkoordinasi "
        f"langsung ada {format_number(pairs)} saluran ({n} × {n - 1} ÷ 2); bila satu lembaga "
        f"menjadi koordinator dan {n - 1} lembaga lain hanya berhubungan dengannya ada "
        f"{format_number(hub)} saluran ({n} − 1). Grafik bawah menunjukkan kedua jumlah untuk "
        f"{n_min} sampai {n_max} lembaga: saluran langsung bertambah jauh lebih cepat. "
        "Semua angka hasil rumus, bukan data."
    )


def span_of_control_figure(
    n: int, n_min: int = practice.N_MIN, n_max: int = practice.N_MAX
) -> go.Figure:
    """Network drawings of ``n`` agencies (all pairs vs. through one coordinator) above a chart
    of both channel counts for ``n_min``..``n_max`` agencies, with ``n`` highlighted.

    The figure always holds the same nine traces, so a FigureWidget can be updated in place:
    0 direct edges, 1 agencies (direct), 2 hub edges, 3 agencies (hub), 4 coordinator,
    5 direct-count curve, 6 hub-count curve, 7 current direct count, 8 current hub count.

    Example:
        >>> fig = span_of_control_figure(5)
        >>> fig.data[7].y[0], fig.data[8].y[0]
        (10, 4)
    """
    if not n_min <= n <= n_max:
        raise ValueError(f"Jumlah lembaga harus antara {n_min} dan {n_max}, bukan {n}.")
    pairs, hub = practice.pairwise_channels(n), practice.hub_channels(n)
    table = practice.channel_table(n_min, n_max)
    fig = make_subplots(
        rows=2,
        cols=2,
        specs=[[{}, {}], [{"colspan": 2}, None]],
        row_heights=[0.55, 0.45],
        vertical_spacing=0.14,
        horizontal_spacing=0.06,
        subplot_titles=[
            f"Semua langsung: {format_number(pairs)} saluran",
            f"Lewat satu koordinator: {format_number(hub)} saluran",
            "Jumlah saluran bila lembaga bertambah (hasil rumus)",
        ],
    )
    circle = practice.circle_layout(n)
    star = practice.hub_layout(n)
    ex, ey = _edge_xy(circle, practice.pairwise_edges(n))
    hx, hy = _edge_xy(star, practice.hub_edges(n))
    line = {"color": EDGE_COLOUR, "width": 1.5}
    agency = {"size": 16, "color": PAIRWISE_COLOUR, "line": {"color": "white", "width": 1}}
    fig.add_trace(
        go.Scatter(x=ex, y=ey, mode="lines", line=line, hoverinfo="skip", showlegend=False),
        row=1,
        col=1,
    )
    fig.add_trace(
        go.Scatter(
            x=[p[0] for p in circle],
            y=[p[1] for p in circle],
            mode="markers",
            marker=agency,
            name="Lembaga",
            text=[f"Lembaga {i + 1}" for i in range(n)],
            hovertemplate="%{text}<extra></extra>",
        ),
        row=1,
        col=1,
    )
    fig.add_trace(
        go.Scatter(
            x=hx,
            y=hy,
            mode="lines",
            line={**line, "color": HUB_COLOUR, "width": 2},
            hoverinfo="skip",
            showlegend=False,
        ),
        row=1,
        col=2,
    )
    fig.add_trace(
        go.Scatter(
            x=[p[0] for p in star[1:]],
            y=[p[1] for p in star[1:]],
            mode="markers",
            marker=agency,
            name="Lembaga",
            showlegend=False,
            text=[f"Lembaga {i + 2}" for i in range(n - 1)],
            hovertemplate="%{text}<extra></extra>",
        ),
        row=1,
        col=2,
    )
    fig.add_trace(
        go.Scatter(
            x=[0.0],
            y=[0.0],
            mode="markers",
            marker={"size": 26, "color": COORDINATOR_COLOUR, "symbol": "diamond"},
            name="Koordinator (salah satu lembaga)",
            hovertemplate="Koordinator<extra></extra>",
        ),
        row=1,
        col=2,
    )
    curves = (
        ("saluran_langsung", "Semua langsung: n(n−1)/2", PAIRWISE_COLOUR, "circle"),
        ("saluran_lewat_koordinator", "Lewat koordinator: n−1", HUB_COLOUR, "diamond"),
    )
    for column, name, colour, symbol in curves:
        fig.add_trace(
            go.Scatter(
                x=table["jumlah_lembaga"].tolist(),
                y=table[column].tolist(),
                mode="lines+markers",
                line={"color": colour, "width": 2},
                marker={"size": 6, "symbol": symbol, "color": colour},
                name=name,
                hovertemplate="%{x} lembaga: %{y} saluran<extra></extra>",
            ),
            row=2,
            col=1,
        )
    highlights = (
        (pairs, PAIRWISE_COLOUR, "circle", "top left"),
        (hub, HUB_COLOUR, "diamond", "bottom right"),
    )
    for value, colour, symbol, position in highlights:
        fig.add_trace(
            go.Scatter(
                x=[n],
                y=[value],
                mode="markers+text",
                marker={
                    "size": 16,
                    "symbol": symbol,
                    "color": colour,
                    "line": {"color": "black", "width": 2},
                },
                text=[format_number(value)],
                textposition=position,
                textfont={"size": 15, "color": colour},
                cliponaxis=False,
                showlegend=False,
                hovertemplate=f"n = {n}: %{{y}} saluran<extra></extra>",
            ),
            row=2,
            col=1,
        )
    for col in (1, 2):
        axis = {"visible": False, "range": [-1.3, 1.3], "fixedrange": True}
        fig.update_xaxes(**axis, row=1, col=col)
        fig.update_yaxes(**axis, row=1, col=col)
    fig.update_xaxes(scaleanchor="y", row=1, col=1)
    fig.update_xaxes(scaleanchor="y2", row=1, col=2)
    top = int(table["saluran_langsung"].max())
    fig.update_xaxes(
        title="Jumlah lembaga (n)",
        range=[n_min - 0.7, n_max + 0.7],
        dtick=1 if n_max - n_min <= 20 else None,
        row=2,
        col=1,
    )
    fig.update_yaxes(title="Jumlah saluran", range=[-0.07 * top, top * 1.08], row=2, col=1)
    fig.add_vline(x=n, line={"color": EDGE_COLOUR, "dash": "dot"}, row=2, col=1)
    fig.update_layout(
        legend={
            "orientation": "v",
            "x": 0.01,
            "y": fig.layout.yaxis3.domain[1] - 0.01,
            "yanchor": "top",
            "bgcolor": "rgba(255,255,255,0.85)",
        },
        hovermode="closest",
    )
    return _finish(
        fig,
        f"Rentang kendali: {n} lembaga",
        span_of_control_alt(n, n_min, n_max),
        NOT_DATA_NOTE + " Gambar jaringan hanya ilustrasi.",
        bottom=120,
        height=820,
    )


# --- Mal Pelayanan Publik and OSS (press-reported figures) -------------------------------------


def mpp_growth_text(mpp: pd.DataFrame) -> str:
    """One sentence on how the MPP count changed from the first to the last report (derived).

    Example:
        >>> "101,7 kali lipat (turunan" in mpp_growth_text(practice.read_mpp_counts())
        True
    """
    first, last = mpp.iloc[0], mpp.iloc[-1]
    multiple = practice.growth_multiple(first["jumlah"], last["jumlah"])
    return (
        f"Dari {format_number(first['jumlah'])} MPP ({first['label']}) menjadi "
        f"{format_number(last['jumlah'])} MPP ({last['label']}): sekitar "
        f"{format_number(multiple, 1)} kali lipat (turunan, dihitung dari dua laporan)."
    )


def mpp_chart(mpp: pd.DataFrame) -> go.Figure:
    """One bar per report of the number of Mal Pelayanan Publik; nothing drawn between reports.

    Example:
        >>> fig = mpp_chart(practice.read_mpp_counts())
        >>> list(fig.data[0].y)
        [3, 152, 191, 272, 305]
    """
    notes = [c if c != "-" else "" for c in mpp["catatan"]]
    fig = go.Figure(
        go.Bar(
            x=mpp["label"].tolist(),
            y=mpp["jumlah"].tolist(),
            marker={"color": PALETTE["biru"]},
            text=[format_number(v) for v in mpp["jumlah"]],
            textposition="outside",
            cliponaxis=False,
            customdata=list(zip(mpp["sumber"], notes, strict=True)),
            hovertemplate="%{x}: %{y} MPP<br>%{customdata[0]}<br>%{customdata[1]}<extra></extra>",
        )
    )
    fig.update_xaxes(
        type="category",
        title="Periode laporan (jarak antarbatang tidak sebanding dengan selang waktu)",
    )
    fig.update_yaxes(
        title="Jumlah MPP", rangemode="tozero", range=[0, float(mpp["jumlah"].max()) * 1.15]
    )
    sources = "; ".join(f"{r.label}: {r.sumber}" for r in mpp.itertuples())
    values = "; ".join(f"{r.label} {format_number(r.jumlah)}" for r in mpp.itertuples())
    alt = (
        f"Diagram batang jumlah Mal Pelayanan Publik per laporan: {values}. Tiap batang satu "
        f"laporan; tidak ada angka di antara laporan. {mpp_growth_text(mpp)} "
        "Angka dari pemberitaan media atas pernyataan KemenPANRB."
    )
    return _finish(
        fig,
        "Jumlah Mal Pelayanan Publik (MPP) menurut laporan",
        alt,
        f"Sumber: {sources}. {PRESS_SOURCE_NOTE} Batang tidak disambung: angka di antara "
        "laporan tidak diketahui.",
        bottom=150,
    )


def oss_chart(oss: pd.DataFrame) -> go.Figure:
    """Two bars: business ID numbers (NIB) issued through OSS in the two reported years.

    Example:
        >>> fig = oss_chart(practice.read_oss_nib())
        >>> list(fig.data[0].x)
        ['2019', '2023']
    """
    years = [str(y) for y in oss["tahun"]]
    fig = go.Figure(
        go.Bar(
            x=years,
            y=oss["nib_terbit"].tolist(),
            marker={"color": PALETTE["hijau"]},
            text=[format_number(v) for v in oss["nib_terbit"]],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{x}: %{text} NIB<extra></extra>",
        )
    )
    fig.update_xaxes(type="category", title="Tahun (hanya tahun yang dilaporkan)")
    fig.update_yaxes(
        title="NIB yang diterbitkan",
        range=[0, float(oss["nib_terbit"].max()) * 1.15],
        tickformat=",d",
    )
    first, last = oss.iloc[0], oss.iloc[-1]
    multiple = practice.growth_multiple(first["nib_terbit"], last["nib_terbit"])
    values = " dan ".join(
        f"{format_number(v)} pada {y}" for y, v in zip(years, oss["nib_terbit"], strict=True)
    )
    derived = (
        f"Angka {last['tahun']} sekitar {format_number(multiple, 1)} kali angka {first['tahun']} "
        "(turunan)."
    )
    alt = (
        f"Diagram batang Nomor Induk Berusaha (NIB) yang diterbitkan melalui OSS: {values}. "
        f"{derived} Tahun lain tidak dilaporkan. Angka dari pemberitaan media atas pernyataan "
        "Menteri Investasi."
    )
    sources = "; ".join(dict.fromkeys(oss["sumber"]))
    return _finish(
        fig,
        "NIB yang diterbitkan melalui Online Single Submission (OSS)",
        alt,
        f"Sumber: {sources}. {PRESS_SOURCE_NOTE} Hanya dua tahun ini yang dilaporkan, jadi "
        f"tahun di antaranya tidak digambar. {derived}",
        bottom=130,
    )


__all__ = [
    "NOT_DATA_NOTE",
    "mpp_chart",
    "mpp_growth_text",
    "oss_chart",
    "span_of_control_alt",
    "span_of_control_figure",
]
