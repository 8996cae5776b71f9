"""Pure chart builders: each takes a validated DataFrame and returns a plotly figure.

Builders never show, read files or touch widgets. Every figure carries a one-line text
alternative in Bahasa Indonesia, read back with :func:`alt_text`.
"""

from __future__ import annotations

import textwrap

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from helpers import data
from helpers.text import (
    DIMENSION_LABELS,
    LEVEL_LABELS,
    MEASURE_LABELS,
    PALETTE,
    PLOTLY_SEPARATORS,
    SURVEY_TITLES,
    format_number,
    format_percent,
)

LEVEL_COLOURS = {
    "pusat": PALETTE["biru"],
    "vertikal": PALETTE["hijau"],
    "daerah": PALETTE["jingga"],
    "nasional": PALETTE["ungu"],
}
DERIVED_COLOUR = PALETTE["abu"]
INTEGRITY_SOURCE_NOTE = (
    "KPK, laporan survei dan pemberitaan media (rincian tiap angka di kolom 'sumber' "
    "data/survey_scores.csv). Metode ISP dan SPI berbeda: jangan dibandingkan langsung."
)


def alt_text(fig: go.Figure) -> str:
    """The one-line text alternative of a figure made by this module.

    Example:
        >>> fig = regulations_chart(data.read_regulations(), "bentuk")
        >>> alt_text(fig).startswith("Diagram batang")
        True
    """
    meta = fig.layout.meta
    if not isinstance(meta, dict) or "alt_text" not in meta:
        raise ValueError("Gambar ini tidak dibuat oleh helpers.charts: teks alternatif tidak ada.")
    return meta["alt_text"]


def wrap_html(text: str, width: int = 110) -> str:
    """Break a long label into lines of at most ``width`` characters for plotly (``<br>``).

    Example:
        >>> wrap_html("Sumber: bahan ajar Whole of Government", 20)
        'Sumber: bahan ajar<br>Whole of Government'
    """
    return "<br>".join(textwrap.wrap(text, width)) or text


def add_note(fig: go.Figure, text: str, yshift: int = -62, yanchor: str = "top") -> go.Figure:
    """Write a small left-aligned note (a source, a caveat) under the plot area.

    ``yshift`` is in pixels from the bottom of the plot area, so the note stays clear of the
    axis title whatever the figure's height.

    Example:
        >>> fig = add_note(go.Figure(), "Sumber: bahan ajar")
        >>> fig.layout.annotations[0].text
        'Sumber: bahan ajar'
    """
    return fig.add_annotation(
        text=text,
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        yshift=yshift,
        xanchor="left",
        yanchor=yanchor,
        showarrow=False,
        align="left",
        font={"size": 11},
    )


def _base_layout(fig: go.Figure, title: str, alt: str, source: str) -> go.Figure:
    fig.update_layout(
        title={"text": title, "x": 0, "xanchor": "left"},
        template="plotly_white",
        separators=PLOTLY_SEPARATORS,
        font={"size": 14},
        margin={"l": 10, "r": 30, "t": 80, "b": 130},
        meta={"alt_text": alt},
    )
    return add_note(fig, wrap_html(f"Sumber: {source}"))


def _period(regulations: pd.DataFrame) -> str:
    start, end = regulations[["periode_awal", "periode_akhir"]].iloc[0]
    return f"{start}–{end}"


def _label(value: float, measure: str) -> str:
    return format_percent(value) if measure == "persen" else format_number(value)


def regulations_chart(
    regulations: pd.DataFrame, dimension: str = "bentuk", measure: str = "jumlah"
) -> go.Figure:
    """Horizontal bars of regulations by form or by sector, as counts or derived shares.

    ``dimension`` is "bentuk" (forms, with the derived residual 'other forms' drawn grey and
    hatched) or "sektor" (sectors, largest first); ``measure`` is "jumlah" or "persen".

    Example:
        >>> fig = regulations_chart(data.read_regulations(), "sektor", "persen")
        >>> fig.layout.xaxis.title.text
        'Persen dari seluruh regulasi (turunan)'
    """
    builders = {"bentuk": data.regulations_by_form, "sektor": data.regulations_by_sector}
    if dimension not in builders or measure not in MEASURE_LABELS:
        raise ValueError(f"Pilihan tidak dikenal: dimensi={dimension!r}, ukuran={measure!r}.")
    table = builders[dimension](regulations)
    colours = [DERIVED_COLOUR if derived else PALETTE["biru"] for derived in table["turunan"]]
    patterns = ["/" if derived else "" for derived in table["turunan"]]
    labels = [_label(v, measure) for v in table[measure]]
    fig = go.Figure(
        go.Bar(
            x=table[measure],
            y=table["kategori"],
            orientation="h",
            marker={"color": colours, "pattern": {"shape": patterns}},
            text=labels,
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{y}: %{text}<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed", title=None)
    fig.update_xaxes(
        title=MEASURE_LABELS[measure],
        rangemode="tozero",
        ticksuffix="%" if measure == "persen" else "",
    )
    title = f"Regulasi yang diterbitkan {_period(regulations)}: {DIMENSION_LABELS[dimension]}"
    return _base_layout(
        fig,
        title,
        _regulations_alt(table, dimension, measure, regulations),
        "; ".join(dict.fromkeys(regulations["sumber"])),
    )


def _regulations_alt(table: pd.DataFrame, dimension: str, measure: str, regs: pd.DataFrame) -> str:
    parts = "; ".join(
        f"{k} {_label(v, measure)}" for k, v in zip(table["kategori"], table[measure], strict=True)
    )
    unit = "jumlah" if measure == "jumlah" else "persen dari total (turunan)"
    total = format_number(data.regulation_total(regs))
    extra = {
        "bentuk": "Bentuk lain adalah sisa turunan: total dikurangi bentuk yang disebut.",
        "sektor": "Sektor saling tumpang tindih, sehingga tidak dijumlahkan menjadi total.",
    }[dimension]
    return (
        f"Diagram batang mendatar, regulasi {_period(regs)} {DIMENSION_LABELS[dimension].lower()}"
        f" ({unit}): {parts}. Total seluruh regulasi {total}. {extra}"
    )


def integrity_scores_chart(scores: pd.DataFrame) -> go.Figure:
    """KPK integrity scores: ISP (0-10) and SPI (0-100) in separate panels, each on its own scale.

    The two surveys use different methods, so they never share an axis or a line.

    Example:
        >>> fig = integrity_scores_chart(data.read_survey_scores())
        >>> fig.layout.yaxis.range, fig.layout.yaxis2.range
        ((0, 10), (0, 100))
    """
    surveys = [s for s in data.SURVEY_SCALES if s in set(scores["survei"])]
    fig = make_subplots(
        rows=1,
        cols=len(surveys),
        subplot_titles=[f"{SURVEY_TITLES[s]}, skala 0–{data.SURVEY_SCALES[s]}" for s in surveys],
        horizontal_spacing=0.12,
    )
    shown_levels: set[str] = set()
    for col, survey in enumerate(surveys, start=1):
        subset = scores[scores["survei"] == survey]
        for level in data.SURVEY_LEVELS:
            rows = subset[subset["tingkat"] == level]
            if rows.empty:
                continue
            fig.add_trace(
                _level_bars(rows, level, show_legend=level not in shown_levels), row=1, col=col
            )
            shown_levels.add(level)
        fig.update_yaxes(range=(0, data.SURVEY_SCALES[survey]), title="Skor", row=1, col=col)
        fig.update_xaxes(
            type="category",
            title="Tahun survei",
            row=1,
            col=col,
            categoryorder="category ascending",
        )
    fig.update_layout(barmode="group", legend={"title": "Tingkat"})
    return _base_layout(
        fig,
        "Skor integritas pelayanan publik menurut survei KPK",
        _integrity_alt(scores, surveys),
        INTEGRITY_SOURCE_NOTE,
    )


def _level_bars(rows: pd.DataFrame, level: str, show_legend: bool) -> go.Bar:
    return go.Bar(
        x=rows["tahun"].astype(str),
        y=rows["skor"],
        name=LEVEL_LABELS[level],
        legendgroup=level,
        showlegend=show_legend,
        marker_color=LEVEL_COLOURS[level],
        text=[format_number(v, 2) for v in rows["skor"]],
        textposition="outside",
        hovertemplate=f"{LEVEL_LABELS[level]} %{{x}}: %{{text}}<extra></extra>",
    )


def _integrity_alt(scores: pd.DataFrame, surveys: list[str]) -> str:
    panels = []
    for survey in surveys:
        subset = scores[scores["survei"] == survey].sort_values(["tahun", "tingkat"])
        values = ", ".join(
            f"{r.tahun} {LEVEL_LABELS[r.tingkat].lower()} {format_number(r.skor, 2)}"
            for r in subset.itertuples()
        )
        panels.append(f"{survey} (skala 0–{data.SURVEY_SCALES[survey]}): {values}")
    if len(surveys) == 1:
        return f"Diagram batang. {panels[0]}."
    return (
        f"Diagram batang dalam {len(surveys)} panel terpisah. "
        + "; ".join(panels)
        + ". Kedua survei memakai metode berbeda sehingga skornya tidak dibandingkan langsung."
    )
