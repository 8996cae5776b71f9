"""Chapter 04, the state of public services: regulation counts and KPK integrity scores.

The two datasets are read against ``data/datapackage.json`` (:mod:`helpers.core.datasets`);
the rules a schema cannot say (a period's start before its end, a score within its survey's
scale, named forms not above the total) are this chapter's ``checks``. Chart builders return a
finished figure with its text alternative; :class:`RegulationExplorer` toggles the view.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import ipywidgets as widgets
import pandas as pd
import plotly.graph_objects as go

from helpers.core.datasets import DataError, ensure, parse_table, read_table
from helpers.core.explorer import ChartExplorer
from helpers.core.figures import axes_of, plain_chart, side_by_side
from helpers.core.text import PALETTE, format_number, format_percent

SURVEY_SCALES = {"ISP": 10, "SPI": 100}
SURVEY_LEVELS = ("pusat", "vertikal", "daerah", "nasional")
OTHER_FORMS_LABEL = "Bentuk lain (turunan)"
LEVEL_LABELS = {
    "pusat": "Instansi pusat",
    "vertikal": "Instansi vertikal",
    "daerah": "Unit layanan daerah",
    "nasional": "Nasional",
}
SURVEY_TITLES = {
    "ISP": "Survei Integritas Sektor Publik (ISP)",
    "SPI": "Survei Penilaian Integritas (SPI)",
}
MEASURE_LABELS = {
    "jumlah": "Jumlah regulasi",
    "persen": "Persen dari seluruh regulasi (turunan)",
}
DIMENSION_LABELS = {"bentuk": "Menurut bentuk", "sektor": "Menurut sektor"}
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


# --- the datasets


def _check_periods(rows: list[dict], lines: list[int], file: str) -> None:
    for row, line in zip(rows, lines, strict=True):
        ensure(
            row["periode_awal"] <= row["periode_akhir"],
            file,
            line,
            "periode_akhir",
            "tahun akhir periode lebih kecil dari tahun awal.",
        )


def _check_forms_within_total(rows: list[dict], lines: list[int], file: str) -> None:
    named: dict[tuple, int] = {}
    for row in rows:
        if row["dimensi"] == "bentuk":
            period = (row["periode_awal"], row["periode_akhir"])
            named[period] = named.get(period, 0) + row["jumlah"]
    for row, line in zip(rows, lines, strict=True):
        period = (row["periode_awal"], row["periode_akhir"])
        ensure(
            row["dimensi"] != "total" or named.get(period, 0) <= row["jumlah"],
            file,
            line,
            "jumlah",
            f"total {row['jumlah']} lebih kecil dari jumlah seluruh bentuk yang disebut "
            f"({named.get(period, 0)}). Periksa angka per bentuk atau totalnya.",
        )


def _check_scales(rows: list[dict], lines: list[int], file: str) -> None:
    for row, line in zip(rows, lines, strict=True):
        scale = SURVEY_SCALES[row["survei"]]
        ensure(
            row["skala_maks"] == scale,
            file,
            line,
            "skala_maks",
            f"survei {row['survei']} memakai skala 0–{scale}, bukan 0–{row['skala_maks']}.",
        )
        ensure(
            row["skor"] <= scale,
            file,
            line,
            "skor",
            f"skor {row['skor']:g} di luar skala 0–{scale}.",
        )


REGULATION_CHECKS = (_check_periods, _check_forms_within_total)
SURVEY_CHECKS = (_check_scales,)


def read_regulations(path: str | Path | None = None) -> pd.DataFrame:
    """Read the regulation counts (data/regulations.csv, or a file of the same shape).

    Example:
        >>> df = read_regulations()
        >>> int(df.loc[df["dimensi"] == "total", "jumlah"].iloc[0])
        12471
    """
    return read_table("regulations", path, REGULATION_CHECKS)


def read_survey_scores(path: str | Path | None = None) -> pd.DataFrame:
    """Read the KPK integrity scores (data/survey_scores.csv, or a file of the same shape).

    Example:
        >>> df = read_survey_scores()
        >>> sorted(df["survei"].unique())
        ['ISP', 'SPI']
    """
    return read_table("survey_scores", path, SURVEY_CHECKS)


def parse_regulations(content: bytes, name: str = "unggahan.csv") -> pd.DataFrame:
    r"""Validate regulation counts given as bytes (e.g. an upload); ``name`` is used in messages.

    Example:
        >>> text = "periode_awal;periode_akhir;dimensi;kategori;jumlah;sumber;bagian_sumber\n"
        >>> text += "2000;2015;total;Semua;12.471;Bahan ajar;Bab III.A\n"
        >>> int(parse_regulations(text.encode())["jumlah"].iloc[0])
        12471
    """
    return parse_table("regulations", content, name, REGULATION_CHECKS)


def parse_survey_scores(content: bytes, name: str = "unggahan.csv") -> pd.DataFrame:
    r"""Validate survey scores given as bytes (e.g. an upload); ``name`` is used in messages.

    A semicolon file takes decimal commas, as Excel writes it in an Indonesian locale.

    Example:
        >>> upload = b"survei;tahun;tingkat;skor;skala_maks;sumber\nISP;2009;pusat;6,64;10;KPK\n"
        >>> parse_survey_scores(upload)["skor"].tolist()
        [6.64]
    """
    return parse_table("survey_scores", content, name, SURVEY_CHECKS)


def _single_period(regulations: pd.DataFrame) -> pd.DataFrame:
    periods = regulations[["periode_awal", "periode_akhir"]].drop_duplicates()
    if len(periods) != 1:
        raise DataError("data regulasi", "data berisi lebih dari satu periode; pilih satu periode.")
    return regulations


def regulation_total(regulations: pd.DataFrame) -> int:
    """The total number of regulations in the (single) period of the data.

    Example:
        >>> regulation_total(read_regulations())
        12471
    """
    total = _single_period(regulations).query("dimensi == 'total'")["jumlah"]
    if len(total) != 1:
        raise DataError("data regulasi", "harus ada tepat satu baris dengan dimensi 'total'.")
    return int(total.iloc[0])


def regulations_by_form(regulations: pd.DataFrame) -> pd.DataFrame:
    """The named forms plus the derived residual 'other forms' (total minus the named forms).

    Returns columns kategori, jumlah, turunan (True for the derived residual), persen
    (derived share of the total), largest named form first and the residual last.

    Example:
        >>> regulations_by_form(read_regulations()).iloc[-1]["kategori"]
        'Bentuk lain (turunan)'
    """
    total = regulation_total(regulations)
    forms = regulations.query("dimensi == 'bentuk'").sort_values("jumlah", ascending=False)
    residual = total - int(forms["jumlah"].sum())
    if residual < 0:
        raise DataError("data regulasi", "jumlah per bentuk melebihi total regulasi.")
    table = pd.DataFrame(
        {
            "kategori": [*forms["kategori"], OTHER_FORMS_LABEL],
            "jumlah": [*forms["jumlah"].astype(int), residual],
            "turunan": [False] * len(forms) + [True],
        }
    )
    return table.assign(persen=100 * table["jumlah"] / total)


def regulations_by_sector(regulations: pd.DataFrame) -> pd.DataFrame:
    """The sector counts, largest first, with persen = derived share of the total.

    The course's sectors overlap, so they are not expected to add up to the total.

    Example:
        >>> regulations_by_sector(read_regulations())["kategori"].iloc[0]
        'Jenis pajak'
    """
    total = regulation_total(regulations)
    sectors = regulations.query("dimensi == 'sektor'").sort_values("jumlah", ascending=False)
    table = sectors[["kategori", "jumlah"]].reset_index(drop=True).assign(turunan=False)
    return table.assign(persen=100 * table["jumlah"] / total)


# --- the charts


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
        >>> fig = regulations_chart(read_regulations(), "sektor", "persen")
        >>> fig.layout.xaxis.title.text
        'Persen dari seluruh regulasi (turunan)'
    """
    builders = {"bentuk": regulations_by_form, "sektor": regulations_by_sector}
    if dimension not in builders or measure not in MEASURE_LABELS:
        raise ValueError(f"Pilihan tidak dikenal: dimensi={dimension!r}, ukuran={measure!r}.")
    table = builders[dimension](regulations)
    colours = [DERIVED_COLOUR if derived else PALETTE["biru"] for derived in table["turunan"]]
    patterns = ["/" if derived else "" for derived in table["turunan"]]
    bars = {
        "type": "bar",
        "x": table[measure].tolist(),
        "y": table["kategori"].tolist(),
        "orientation": "h",
        "marker": {"color": colours, "pattern": {"shape": patterns}},
        "text": [_label(v, measure) for v in table[measure]],
        "textposition": "outside",
        "cliponaxis": False,
        "hovertemplate": "%{y}: %{text}<extra></extra>",
    }
    axes = {
        "yaxis": {"autorange": "reversed"},
        "xaxis": {
            "title": {"text": MEASURE_LABELS[measure]},
            "rangemode": "tozero",
            "ticksuffix": "%" if measure == "persen" else "",
        },
    }
    return plain_chart(
        [bars],
        axes,
        f"Regulasi yang diterbitkan {_period(regulations)}: {DIMENSION_LABELS[dimension]}",
        _regulations_alt(table, dimension, measure, regulations),
        "Sumber: " + "; ".join(dict.fromkeys(regulations["sumber"])),
        # The note starts where the bars do, after the long category labels: keep it narrow.
        note_width=60,
    )


def _regulations_alt(table: pd.DataFrame, dimension: str, measure: str, regs: pd.DataFrame) -> str:
    parts = "; ".join(
        f"{k} {_label(v, measure)}" for k, v in zip(table["kategori"], table[measure], strict=True)
    )
    unit = "jumlah" if measure == "jumlah" else "persen dari total (turunan)"
    total = format_number(regulation_total(regs))
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
        >>> fig = integrity_scores_chart(read_survey_scores())
        >>> fig.layout.yaxis.range, fig.layout.yaxis2.range
        ((0, 10), (0, 100))
    """
    surveys = [s for s in SURVEY_SCALES if s in set(scores["survei"])]
    titles = [f"{SURVEY_TITLES[s]}, skala 0–{SURVEY_SCALES[s]}" for s in surveys]
    layout = side_by_side(titles, spacing=0.12)
    traces: list[dict] = []
    shown_levels: set[str] = set()
    for col, survey in enumerate(surveys, start=1):
        subset = scores[scores["survei"] == survey]
        for level in SURVEY_LEVELS:
            rows = subset[subset["tingkat"] == level]
            if rows.empty:
                continue
            bars = _level_bars(rows, level, show_legend=level not in shown_levels)
            traces.append({**bars, **axes_of(col)})
            shown_levels.add(level)
        suffix = "" if col == 1 else str(col)
        layout[f"yaxis{suffix}"] |= {
            "range": [0, SURVEY_SCALES[survey]],
            "title": {"text": "Skor"},
        }
        layout[f"xaxis{suffix}"] |= {
            "type": "category",
            "title": {"text": "Tahun survei"},
            "categoryorder": "category ascending",
        }
    layout |= {"barmode": "group", "legend": {"title": {"text": "Tingkat"}}}
    return plain_chart(
        traces,
        layout,
        "Skor integritas pelayanan publik menurut survei KPK",
        _integrity_alt(scores, surveys),
        f"Sumber: {INTEGRITY_SOURCE_NOTE}",
    )


def _level_bars(rows: pd.DataFrame, level: str, show_legend: bool) -> dict:
    return {
        "type": "bar",
        "x": rows["tahun"].astype(str).tolist(),
        "y": rows["skor"].tolist(),
        "name": LEVEL_LABELS[level],
        "legendgroup": level,
        "showlegend": show_legend,
        "marker": {"color": LEVEL_COLOURS[level]},
        "text": [format_number(v, 2) for v in rows["skor"]],
        "textposition": "outside",
        "hovertemplate": f"{LEVEL_LABELS[level]} %{{x}}: %{{text}}<extra></extra>",
    }


def _integrity_alt(scores: pd.DataFrame, surveys: list[str]) -> str:
    panels = []
    for survey in surveys:
        subset = scores[scores["survei"] == survey].sort_values(["tahun", "tingkat"])
        values = ", ".join(
            f"{r.tahun} {LEVEL_LABELS[r.tingkat].lower()} {format_number(r.skor, 2)}"
            for r in subset.itertuples()
        )
        panels.append(f"{survey} (skala 0–{SURVEY_SCALES[survey]}): {values}")
    if len(surveys) == 1:
        return f"Diagram batang. {panels[0]}."
    return (
        f"Diagram batang dalam {len(surveys)} panel terpisah. "
        + "; ".join(panels)
        + ". Kedua survei memakai metode berbeda sehingga skornya tidak dibandingkan langsung."
    )


# --- the explorer


class RegulationExplorer(ChartExplorer):
    """Toggle regulations between form and sector, count and derived share; redraws in place.

    Example:
        >>> explorer = RegulationExplorer(read_regulations())
        >>> explorer.dimension.value = "sektor"
        >>> explorer.figure.layout.title.text
        'Regulasi yang diterbitkan 2000–2015: Menurut sektor'
    """

    def __init__(self, regulations: pd.DataFrame):
        self.regulations = regulations
        self.dimension = widgets.ToggleButtons(
            options=[(label, key) for key, label in DIMENSION_LABELS.items()],
            description="Tampilkan:",
            style={"button_width": "auto"},
        )
        self.measure = widgets.ToggleButtons(
            options=[("Jumlah", "jumlah"), ("Persen dari total (turunan)", "persen")],
            description="Ukuran:",
            style={"button_width": "auto"},
        )
        super().__init__([self.dimension, self.measure], partial(regulations_chart, regulations))
