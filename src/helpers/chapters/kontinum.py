"""Bab II.C (notebook 03_kontinum_kelembagaan): Tabel 1.1 (Perry 6, 2004) as a continuum.

The table is data (``data/perry6_continuum.csv``, described in ``data/datapackage.json``) and is
kept verbatim; what happens to the institutions in each category is prose, in
``content/03_kontinum_kelembagaan.yaml``. Positions are an order, never a measure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import ipywidgets as widgets
import pandas as pd
import plotly.graph_objects as go

from helpers.core import safe_html
from helpers.core.content import Fields, chapter_content
from helpers.core.datasets import ensure, read_table
from helpers.core.explorer import ChartExplorer
from helpers.core.figures import INK, plain_chart, wrap_html
from helpers.core.manifest import course
from helpers.core.tables import TextTable, text_table
from helpers.core.text import PALETTE, join_list

STEM = "03_kontinum_kelembagaan"
RESOURCE = "perry6_continuum"
CATEGORY_PALETTE = (PALETTE["biru"], PALETTE["jingga"], PALETTE["hijau"])
HIGHLIGHT = PALETTE["merah"]


@dataclass(frozen=True)
class Content:
    """The prose of Bab II.C: categories in continuum order and what each changes."""

    changes: dict[str, str]  # category -> what happens to the institutions, in order
    merger_type: str  # the last type, the only one that creates a new structure
    merger_change: str
    sic: dict[str, str]  # typo kept verbatim in the data -> what it means

    @classmethod
    def parse(cls, fields: Fields) -> Content:
        """Check and read the chapter's content file; ContentError names file and key.

        Example:
            >>> list(Content.parse(chapter_content(STEM)).changes)[0]
            'Koordinasi'
        """
        changes = {f.text("nama"): f.text("perubahan") for f in fields.records("kategori")}
        merger = Fields(fields.get("merger", dict), f"{fields.where}, merger")
        typos = {f.text("tertulis"): f.text("maksudnya") for f in fields.records("salah_ketik")}
        return cls(changes, merger.text("tipe"), merger.text("perubahan"), typos)

    @property
    def categories(self) -> tuple[str, ...]:
        """The categories of Tabel 1.1, in continuum order."""
        return tuple(self.changes)


@cache
def content() -> Content:
    """The content of Bab II.C, read and checked once.

    Example:
        >>> content().merger_type
        'Merger'
    """
    return Content.parse(chapter_content(STEM))


# --- Tabel 1.1 -----------------------------------------------------------------------------------


def check_continuum_order(rows: list[dict], lines: list[int], file: str) -> None:
    """Positions run 1, 2, 3, ... without gaps and categories follow the continuum order.

    The rules the schema cannot express; a break raises DataError naming line and column.

    Example:
        >>> rows = [{"urutan": 1, "kategori": "Koordinasi"}, {"urutan": 2, "kategori": "Integrasi"}]
        >>> check_continuum_order(rows, [2, 3], "a.csv")
    """
    order = content().categories
    ranked = sorted(zip(rows, lines, strict=True), key=lambda pair: pair[0]["urutan"])
    previous = 0
    for expected, (row, line) in enumerate(ranked, start=1):
        ensure(
            row["urutan"] == expected,
            file,
            line,
            "urutan",
            f"urutan melompat ke {row['urutan']}; seharusnya {expected}. Isi urutan tanpa celah.",
        )
        rank = order.index(row["kategori"])
        ensure(
            rank >= previous,
            file,
            line,
            "kategori",
            f"kategori '{row['kategori']}' muncul sesudah '{order[previous]}'. "
            f"Urutan kategori pada kontinum: {', '.join(order)}.",
        )
        previous = rank


def read_perry6_continuum(path: str | Path | None = None) -> pd.DataFrame:
    """Read Tabel 1.1 (data/perry6_continuum.csv, or a file of the same shape), in continuum order.

    The schema checks types, known categories and unique positions and types; this adds the
    continuum's order (:func:`check_continuum_order`).

    Example:
        >>> table = read_perry6_continuum()
        >>> list(table["tipe"].iloc[[0, -1]])
        ['Penyertaan', 'Merger']
    """
    table = read_table(RESOURCE, path, checks=[check_continuum_order])
    return table.sort_values("urutan", kind="stable").reset_index(drop=True)


def marked_description(text: str) -> str:
    """The verbatim description with the course's typos marked [sic: ...].

    Example:
        >>> marked_description("Pertkaran informasi")
        'Pertkaran [sic: pertukaran] informasi'
    """
    for typo, fix in content().sic.items():
        text = re.sub(rf"\b{re.escape(typo)}\b", f"{typo} [sic: {fix}]", text)
    return text


def category_spans(table: pd.DataFrame) -> list[tuple[str, int, int]]:
    """Each category with its first and last continuum position, in order.

    Example:
        >>> category_spans(read_perry6_continuum())[0]
        ('Koordinasi', 1, 3)
    """
    positions: dict[str, list[int]] = {}
    for category, position in zip(table["kategori"], table["urutan"], strict=True):
        positions.setdefault(category, []).append(int(position))
    return [
        (category, min(positions[category]), max(positions[category]))
        for category in content().categories
        if category in positions
    ]


def continuum_type(table: pd.DataFrame, position: int) -> dict:
    """The row of Tabel 1.1 at a continuum position (1 = first type), as a dict.

    Example:
        >>> continuum_type(read_perry6_continuum(), 2)["tipe"]
        'Dialog'
    """
    match = table[table["urutan"] == position]
    if match.empty:
        raise ValueError(f"Posisi {position} tidak ada pada kontinum; pilih 1 sampai {len(table)}.")
    return match.iloc[0].to_dict()


def institutional_change(row: dict) -> str:
    """What happens to the institutions themselves for this type (Bab II.C), in words.

    Example:
        >>> institutional_change({"kategori": "Koordinasi", "tipe": "Dialog"})
        'Struktur organisasi lembaga yang terlibat tidak berubah.'
    """
    words = content()
    if row["kategori"] not in words.changes:
        raise ValueError(f"Kategori '{row['kategori']}' tidak dikenal.")
    change = words.changes[row["kategori"]]
    if row["tipe"] == words.merger_type:
        change = f"{change} {words.merger_change}"
    return change


def continuum_table(table: pd.DataFrame) -> TextTable:
    """Tabel 1.1 as shown to trainees: position, category, type and verbatim description.

    Example:
        >>> shown = continuum_table(read_perry6_continuum()).data
        >>> shown.loc[1, ["Tipe", "Keterangan (kutipan)"]].tolist()
        ['Dialog', 'Pertkaran [sic: pertukaran] informasi']
    """
    frame = table.assign(keterangan=table["keterangan"].map(marked_description))
    frame = frame[["urutan", "kategori", "tipe", "keterangan"]].rename(
        columns={
            "urutan": "Posisi",
            "kategori": "Kategori hubungan",
            "tipe": "Tipe",
            "keterangan": "Keterangan (kutipan)",
        }
    )
    return text_table(frame)


def change_table(table: pd.DataFrame) -> TextTable:
    """Per category: its types and what happens to the institutions (Bab II.C statements).

    Example:
        >>> change_table(read_perry6_continuum()).data[["Posisi", "Kategori"]].values.tolist()
        [['1–3', 'Koordinasi'], ['4–6', 'Integrasi'], ['7–9', 'Kedekatan dan pelibatan']]
    """
    words = content()
    rows = []
    for category, first, last in category_spans(table):
        types = table[(table["urutan"] >= first) & (table["urutan"] <= last)]
        change = words.changes[category]
        if words.merger_type in set(types["tipe"]):
            merger = words.merger_change
            change += f" Pada {words.merger_type.lower()}: {merger[0].lower()}{merger[1:]}"
        rows.append((f"{first}–{last}", category, ", ".join(types["tipe"]), change))
    frame = pd.DataFrame(
        rows, columns=["Posisi", "Kategori", "Tipe", "Apa yang terjadi pada lembaga itu sendiri"]
    )
    return text_table(frame)


# --- the continuum chart -------------------------------------------------------------------------


def category_colours() -> dict[str, str]:
    """One colour per category, in continuum order (colour-blind safe).

    Example:
        >>> category_colours()["Koordinasi"] == PALETTE["biru"]
        True
    """
    return dict(zip(content().categories, CATEGORY_PALETTE, strict=True))


def continuum_details(row: dict, total: int) -> str:
    """The information box for one type: position, category, verbatim description, change.

    Example:
        >>> row = continuum_type(read_perry6_continuum(), 2)
        >>> continuum_details(row, 9).split("<br>")[0]
        '<b>Dialog</b> · posisi 2 dari 9 · kategori <b>Koordinasi</b>'
    """
    quote = safe_html.escape(f"“{marked_description(row['keterangan'])}” (Perry 6, 2004)")
    change = safe_html.escape(institutional_change(row))
    return (
        f"<b>{safe_html.escape(row['tipe'])}</b> · posisi {row['urutan']} dari {total} · "
        f"kategori <b>{safe_html.escape(row['kategori'])}</b><br>"
        f"<i>Keterangan:</i> {wrap_html(quote, 80)}<br>"
        f"<i>Perubahan kelembagaan:</i> {wrap_html(change, 80)}"
    )


def _traces(table: pd.DataFrame, chosen: pd.DataFrame) -> list[dict]:
    total = len(table)
    colours = category_colours()
    labels = [
        (safe_html.escape(t), safe_html.escape(k))
        for t, k in zip(table["tipe"], table["kategori"], strict=True)
    ]
    return [
        {
            "type": "scatter",
            "x": [0.6, total + 0.4],
            "y": [0, 0],
            "mode": "lines",
            "line": {"color": PALETTE["abu"], "width": 3},
            "hoverinfo": "skip",
        },
        {
            "type": "scatter",
            "x": table["urutan"].tolist(),
            "y": [0] * total,
            "mode": "markers",
            "marker": {
                "size": 20,
                "color": [colours[c] for c in table["kategori"]],
                "line": {"color": "white", "width": 2},
            },
            "customdata": labels,
            "hovertemplate": "%{customdata[0]} (%{customdata[1]})<extra></extra>",
        },
        {
            "type": "scatter",
            "x": chosen["urutan"].tolist(),
            "y": [0] * len(chosen),
            "mode": "markers",
            "marker": {
                "size": 38,
                "color": "rgba(0,0,0,0)",
                "line": {"color": HIGHLIGHT, "width": 5},
            },
            "hoverinfo": "skip",
        },
    ]


def _categories(table: pd.DataFrame) -> tuple[list[dict], list[dict]]:
    """The shaded category bands (shapes) and their labels and end notes (annotations)."""
    colours = category_colours()
    shapes, labels = [], []
    for category, first, last in category_spans(table):
        shapes.append(
            {
                "type": "rect",
                "x0": first - 0.45,
                "x1": last + 0.45,
                "y0": -0.5,
                "y1": 0.5,
                "fillcolor": colours[category],
                "opacity": 0.15,
                "line": {"width": 0},
                "layer": "below",
            }
        )
        labels.append(
            {
                "x": (first + last) / 2,
                "y": 0.5,
                "text": f"<b>{safe_html.escape(category)}</b>",
                "showarrow": False,
                "yanchor": "bottom",
                "font": {"color": colours[category], "size": 15},
            }
        )
    total = len(table)
    for x, text, anchor in (
        (0.55, "◀ koordinasi, tanpa perubahan kelembagaan", "left"),
        (total + 0.45, "penggabungan menjadi organisasi baru ▶", "right"),
    ):
        labels.append(
            {
                "x": x,
                "y": -0.5,
                "text": f"<i>{text}</i>",
                "showarrow": False,
                "xanchor": anchor,
                "yanchor": "top",
                "font": {"size": 12, "color": PALETTE["abu"]},
            }
        )
    return shapes, labels


def _details(row: dict, total: int) -> dict:
    return {
        "xref": "paper",
        "yref": "paper",
        "x": 0,
        "y": 0,
        "yshift": -8,
        "xanchor": "left",
        "yanchor": "top",
        "align": "left",
        "showarrow": False,
        "text": continuum_details(row, total),
        "bordercolor": category_colours()[row["kategori"]],
        "borderwidth": 2,
        "borderpad": 8,
        "bgcolor": "white",
        "font": {"size": 13},
    }


def continuum_chart(table: pd.DataFrame, position: int | None = None) -> go.Figure:
    """Tabel 1.1 as a continuum from coordination to merger, the type at ``position`` marked.

    The x axis is the order of the table (a position, not a measure of anything).

    Example:
        >>> fig = continuum_chart(read_perry6_continuum(), 9)
        >>> list(fig.data[2].x)
        [9]
    """
    chosen = table[table["urutan"] == position] if position is not None else table.iloc[0:0]
    shapes, annotations = _categories(table)
    if len(chosen):
        annotations.append(_details(chosen.iloc[0].to_dict(), len(table)))
    layout = {
        "shapes": shapes,
        "annotations": annotations,
        "xaxis": {
            "range": [0.5, len(table) + 0.5],
            "tickvals": table["urutan"].tolist(),
            "ticktext": [safe_html.escape(t).replace(" ", "<br>", 1) for t in table["tipe"]],
            "side": "top",
            "showgrid": False,
            "zeroline": False,
            "fixedrange": True,
        },
        "yaxis": {"visible": False, "range": [-0.75, 0.75], "fixedrange": True},
        "font": {"color": INK},
        "showlegend": False,
    }
    return plain_chart(
        _traces(table, chosen),
        layout,
        "Kontinum hubungan kelembagaan (Tabel 1.1, Perry 6, 2004)",
        _continuum_alt(table, chosen),
        f"Sumber: Perry 6 (2004), Tabel 1.1 di Bab II.C; {course().citation} Sumbu mendatar "
        "hanya urutan tipe dalam tabel, bukan ukuran.",
        height=600 if len(chosen) else 470,
        margin={"l": 20, "r": 20, "t": 130, "b": 220 if len(chosen) else 100},
        note_shift=-150 if len(chosen) else -40,
        note_width=120,
    )


def _continuum_alt(table: pd.DataFrame, chosen: pd.DataFrame) -> str:
    types: dict[str, list[str]] = {}
    for category, kind in zip(table["kategori"], table["tipe"], strict=True):
        types.setdefault(category, []).append(kind)
    groups = "; ".join(
        f"{category}: {join_list(types[category])}" for category, _, _ in category_spans(table)
    )
    text = f"Garis kontinum dengan {len(table)} tipe hubungan kelembagaan berurutan. {groups}."
    if len(chosen):
        row = chosen.iloc[0].to_dict()
        text += (
            f" Dipilih: {row['tipe']} (posisi {row['urutan']}, kategori {row['kategori']}); "
            f"keterangan: {marked_description(row['keterangan'])}; perubahan "
            f"kelembagaan: {institutional_change(row)}"
        )
    return text


class ContinuumExplorer(ChartExplorer):
    """Slide along Tabel 1.1 from coordination to merger; the same figure redraws in place.

    Example:
        >>> explorer = ContinuumExplorer(read_perry6_continuum())
        >>> explorer.slider.value = 9
        >>> list(explorer.figure.data[2].x), "struktur baru" in explorer.caption.value
        ([9], True)
    """

    def __init__(self, table: pd.DataFrame, start: int = 1):
        self.table = table
        options = [(t, int(u)) for u, t in zip(table["urutan"], table["tipe"], strict=True)]
        self.slider = widgets.SelectionSlider(
            options=options,
            value=start,
            description="Tipe hubungan:",
            style={"description_width": "initial"},
            layout={"width": "95%"},
        )
        self.play = widgets.Play(
            min=0, max=len(options) - 1, interval=2500, description="Putar otomatis"
        )
        widgets.jslink((self.play, "value"), (self.slider, "index"))
        controls = widgets.HBox([self.play, self.slider], layout={"width": "95%"})
        super().__init__([self.slider], lambda at: continuum_chart(table, at), above=[controls])

    @property
    def position(self) -> int:
        """The continuum position shown (1 = first type)."""
        return self.slider.value
