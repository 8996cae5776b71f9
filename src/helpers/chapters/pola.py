"""Bab III.D (notebook 06): kinds of public service, the five service patterns, Indonesian
practice (SAMSAT, PTSP, MPP, OSS), the press-reported MPP and OSS figures and their charts, and
the two "which is it?" activities.

The prose comes from ``content/06_pola_pelayanan.yaml``; the only numbers are those stored in
data/mpp_counts.csv and data/oss_nib.csv (described in data/datapackage.json).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from helpers.chapters.activity import (
    ClassifyActivity,
    ProseTable,
    read_activity,
    read_prose_table,
    section,
)
from helpers.core.content import Fields, chapter_content
from helpers.core.datasets import ensure, read_table
from helpers.core.figures import plain_chart
from helpers.core.text import DERIVED_LABEL, PALETTE, format_number

STEM = "06_pola_pelayanan"
PERIOD_PATTERN = re.compile(r"(\d{4})(?:-(\d{2}))?")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
FIRST_YEAR, LAST_YEAR = 2000, 2030  # a plausibility check on reported periods, not a figure
CHART_MARGIN = {"l": 10, "r": 30, "t": 90}


# --- content: service kinds, patterns, Indonesian practice ------------------------------------


def _content() -> Fields:
    return chapter_content(STEM)


@cache
def service_kinds() -> ProseTable:
    """The three kinds of public service, with the course's examples (a table: ``.frame()``).

    Example:
        >>> service_kinds().choices()["jasa"]
        'Pelayanan jasa'
    """
    return read_prose_table(_content(), "jenis_pelayanan")


@cache
def patterns() -> ProseTable:
    """The five service patterns of Bab III.D, in the course's order.

    Example:
        >>> list(patterns().choices())[-1]
        'elektronik'
    """
    return read_prose_table(_content(), "pola")


@cache
def practices() -> ProseTable:
    """SAMSAT, PTSP, MPP and OSS; 'pola terdekat' is the course's reading, for discussion, not
    an official classification.

    Example:
        >>> len(practices().rows)
        4
    """
    return read_prose_table(_content(), "praktik", keyed=False)


def _press_notes() -> Fields:
    """The notes under the press-reported charts: ``catatan``, ``mpp_tanpa_sambungan``,
    ``oss_dua_tahun``.

    Example:
        >>> "bukan dataset" in _press_notes().text("catatan")
        True
    """
    return section(_content(), "pemberitaan")


# --- the two activities ------------------------------------------------------------------------


def service_kind_activity() -> ClassifyActivity:
    """Services to sort into the three kinds of public service of Bab III.D.

    Example:
        >>> service_kind_activity().choice.options[1]
        ('Pelayanan jasa', 'jasa')
    """
    return ClassifyActivity(read_activity(_content(), "kegiatan_jenis", service_kinds()))


def pattern_activity() -> ClassifyActivity:
    """Short situations to sort into the five service patterns of Bab III.D.

    Example:
        >>> len(pattern_activity().cases)
        5
    """
    return ClassifyActivity(read_activity(_content(), "kegiatan_pola", patterns()))


# --- MPP counts and OSS business ID numbers (press-reported) ------------------------------------


def _period_key(period: str) -> tuple[int, int]:
    match = PERIOD_PATTERN.fullmatch(period)
    if not match:
        raise ValueError(f"Periode tidak dikenal: {period!r} (gunakan TTTT atau TTTT-BB).")
    year, month = match.groups()
    return int(year), int(month or 0)


def period_label(period: str) -> str:
    """'2023-09' -> 'Sep 2023'; '2017' -> '2017'.

    Example:
        >>> period_label("2024-12")
        'Des 2024'
    """
    year, month = _period_key(period)
    return f"{MONTHS[month - 1]} {year}" if month else str(year)


def _check_years(rows: list[dict], lines: list[int], file: str) -> None:
    for row, line in zip(rows, lines, strict=True):
        year = _period_key(row["periode"])[0]
        problem = f"tahun {year} di luar {FIRST_YEAR}–{LAST_YEAR}."
        ensure(FIRST_YEAR <= year <= LAST_YEAR, file, line, "periode", problem)


def read_mpp_counts(path: str | Path | None = None) -> pd.DataFrame:
    """Read the Mal Pelayanan Publik counts (data/mpp_counts.csv, or a file of the same shape).

    Rows come back in time order with an extra column ``label`` (e.g. 'Sep 2023').

    Example:
        >>> read_mpp_counts()["jumlah"].tolist()
        [3, 152, 191, 272, 305]
    """
    frame = read_table("mpp_counts", path, checks=[_check_years])
    order = sorted(range(len(frame)), key=lambda i: _period_key(frame["periode"][i]))
    frame = frame.iloc[order].reset_index(drop=True)
    return frame.assign(label=frame["periode"].map(period_label))


def read_oss_nib(path: str | Path | None = None) -> pd.DataFrame:
    """Read the OSS business ID numbers issued (data/oss_nib.csv, or a file of the same shape).

    Example:
        >>> read_oss_nib()["nib_terbit"].tolist()
        [704417, 4061883]
    """
    return read_table("oss_nib", path).sort_values("tahun").reset_index(drop=True)


def mpp_table(mpp: pd.DataFrame) -> pd.DataFrame:
    """The MPP reports with Indonesian headers, one row per report, for showing in a notebook.

    Example:
        >>> mpp_table(read_mpp_counts()).loc["Des 2025", "Jumlah MPP"]
        np.int64(305)
    """
    headers = {"label": "Periode", "jumlah": "Jumlah MPP", "sumber": "Sumber", "catatan": "Catatan"}
    return mpp[list(headers)].rename(columns=headers).set_index("Periode")


def growth_multiple(first: float, last: float) -> float:
    """How many times ``last`` is ``first`` (a derived number, to be labelled 'turunan').

    Example:
        >>> round(growth_multiple(3, 305), 1)
        101.7
    """
    if first <= 0:
        raise ValueError("Nilai awal harus lebih dari nol untuk menghitung kelipatan.")
    return last / first


def mpp_growth_text(mpp: pd.DataFrame) -> str:
    """One sentence on how the MPP count changed from the first to the last report (derived).

    Example:
        >>> "101,7 kali lipat (angka turunan)" in mpp_growth_text(read_mpp_counts())
        True
    """
    first, last = mpp.iloc[0], mpp.iloc[-1]
    multiple = growth_multiple(first["jumlah"], last["jumlah"])
    return (
        f"Dari {format_number(first['jumlah'])} MPP ({first['label']}) menjadi "
        f"{format_number(last['jumlah'])} MPP ({last['label']}): sekitar "
        f"{format_number(multiple, 1)} kali lipat {DERIVED_LABEL}, dihitung dari dua laporan."
    )


def _bars(
    labels: list[str], values: list[int], colour: str, axes: dict, **trace: object
) -> tuple[list[dict], dict]:
    """One bar per label (the traces and the layout); ``axes`` holds the x and y axes."""
    bar = {
        "type": "bar",
        "x": labels,
        "y": values,
        "marker": {"color": colour},
        "text": [format_number(v) for v in values],
        "textposition": "outside",
        "cliponaxis": False,
        **trace,
    }
    top = {"range": [0, float(max(values)) * 1.15]}
    return [bar], {**axes, "yaxis": {**top, **axes["yaxis"]}}


def mpp_chart(mpp: pd.DataFrame) -> go.Figure:
    """One bar per report of the number of Mal Pelayanan Publik; nothing drawn between reports.

    Example:
        >>> fig = mpp_chart(read_mpp_counts())
        >>> list(fig.data[0].y)
        [3, 152, 191, 272, 305]
    """
    remarks = [c if c != "-" else "" for c in mpp["catatan"]]
    bars = _bars(
        mpp["label"].tolist(),
        mpp["jumlah"].tolist(),
        PALETTE["biru"],
        {
            "xaxis": {
                "type": "category",
                "title": {
                    "text": "Periode laporan (jarak antarbatang tidak sebanding dengan selang "
                    "waktu)"
                },
            },
            "yaxis": {"title": {"text": "Jumlah MPP"}, "rangemode": "tozero"},
        },
        customdata=list(zip(mpp["sumber"], remarks, strict=True)),
        hovertemplate="%{x}: %{y} MPP<br>%{customdata[0]}<br>%{customdata[1]}<extra></extra>",
    )
    sources = "; ".join(f"{r.label}: {r.sumber}" for r in mpp.itertuples())
    values = "; ".join(f"{r.label} {format_number(r.jumlah)}" for r in mpp.itertuples())
    alt = (
        f"Diagram batang jumlah Mal Pelayanan Publik per laporan: {values}. Tiap batang satu "
        f"laporan; tidak ada angka di antara laporan. {mpp_growth_text(mpp)} "
        "Angka dari pemberitaan media atas pernyataan KemenPANRB."
    )
    notes = _press_notes()
    return _press_chart(
        bars,
        "Jumlah Mal Pelayanan Publik (MPP) menurut laporan",
        alt,
        f"Sumber: {sources}. {notes.text('catatan')} {notes.text('mpp_tanpa_sambungan')}",
        bottom=150,
    )


def oss_chart(oss: pd.DataFrame) -> go.Figure:
    """Two bars: business ID numbers (NIB) issued through OSS in the two reported years.

    Example:
        >>> fig = oss_chart(read_oss_nib())
        >>> list(fig.data[0].x)
        ['2019', '2023']
    """
    years = [str(y) for y in oss["tahun"]]
    bars = _bars(
        years,
        oss["nib_terbit"].tolist(),
        PALETTE["hijau"],
        {
            "xaxis": {"type": "category", "title": {"text": "Tahun (hanya tahun yang dilaporkan)"}},
            "yaxis": {"title": {"text": "NIB yang diterbitkan"}, "tickformat": ",d"},
        },
        hovertemplate="%{x}: %{text} NIB<extra></extra>",
    )
    first, last = oss.iloc[0], oss.iloc[-1]
    multiple = growth_multiple(first["nib_terbit"], last["nib_terbit"])
    values = " dan ".join(
        f"{format_number(v)} pada {y}" for y, v in zip(years, oss["nib_terbit"], strict=True)
    )
    derived = (
        f"Angka {last['tahun']} sekitar {format_number(multiple, 1)} kali angka "
        f"{first['tahun']} {DERIVED_LABEL}."
    )
    alt = (
        f"Diagram batang Nomor Induk Berusaha (NIB) yang diterbitkan melalui OSS: {values}. "
        f"{derived} Tahun lain tidak dilaporkan. Angka dari pemberitaan media atas pernyataan "
        "Menteri Investasi."
    )
    sources = "; ".join(dict.fromkeys(oss["sumber"]))
    notes = _press_notes()
    return _press_chart(
        bars,
        "NIB yang diterbitkan melalui Online Single Submission (OSS)",
        alt,
        f"Sumber: {sources}. {notes.text('catatan')} {notes.text('oss_dua_tahun')} {derived}",
        bottom=130,
    )


def _press_chart(
    bars: tuple[list[dict], dict], title: str, alt: str, note: str, bottom: int
) -> go.Figure:
    return plain_chart(
        *bars,
        title,
        alt,
        note,
        height=560,
        margin={**CHART_MARGIN, "b": bottom},
        note_shift=-bottom + 8,
        note_anchor="bottom",
        note_width=120,
    )


__all__ = [
    "growth_multiple",
    "mpp_chart",
    "mpp_growth_text",
    "mpp_table",
    "oss_chart",
    "pattern_activity",
    "patterns",
    "period_label",
    "practices",
    "read_mpp_counts",
    "read_oss_nib",
    "service_kind_activity",
    "service_kinds",
]
