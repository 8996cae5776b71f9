"""The course glossary (data/glosarium.csv): load it, validate it, search it, show it as a table.

No widgets here (see :mod:`helpers.glossary_widgets`). A bad glossary file raises
:class:`helpers.data.DataError` naming the file, the line and the column. Search is plain
case-insensitive matching of every word typed, never evaluation of what is typed.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pandas as pd
from pandas.io.formats.style import Styler

from helpers import data
from helpers.data import Column

NO_EXPANSION = "-"  # singkatan_dari for a term that is not an abbreviation
NOTEBOOK_SEPARATOR = ";"
NOTEBOOK_STEM = re.compile(r"[0-9]{2}_[a-z0-9_]+")
SEARCHED_COLUMNS = ("istilah", "singkatan_dari", "definisi")

GLOSSARY_COLUMNS = [
    Column("istilah", data.parse_text, "istilah atau singkatan (mis. WoG)"),
    Column(
        "singkatan_dari",
        data.parse_text,
        f"kepanjangan singkatan, atau '{NO_EXPANSION}' bila istilah bukan singkatan",
    ),
    Column("definisi", data.parse_text, "definisi singkat dalam bahasa Indonesia"),
    Column(
        "notebook",
        data.parse_text,
        "nama notebook tanpa .ipynb, dipisah titik koma (mis. 02_konsep_wog; 06_pola_pelayanan)",
    ),
    Column("sumber", data.parse_text, "sumber definisi (mis. bagian bahan ajar)"),
]

DISPLAY_LABELS = {
    "istilah": "Istilah",
    "singkatan_dari": "Kepanjangan",
    "definisi": "Definisi",
    "notebook": "Muncul di notebook",
    "sumber": "Sumber",
}


def split_notebooks(cell: str) -> list[str]:
    """The notebook names listed in one ``notebook`` cell, in the order given.

    Example:
        >>> split_notebooks("02_konsep_wog; 05_praktik_dan_tantangan")
        ['02_konsep_wog', '05_praktik_dan_tantangan']
    """
    return [part.strip() for part in cell.split(NOTEBOOK_SEPARATOR) if part.strip()]


def read_glossary(path: str | Path | None = None) -> pd.DataFrame:
    """Read data/glosarium.csv (or a file of the same shape), sorted by term, case-insensitively.

    Terms must be unique (ignoring case) and every ``notebook`` cell must list notebook names
    such as ``02_konsep_wog``, separated by semicolons.

    Example:
        >>> glossary = read_glossary()
        >>> glossary.set_index("istilah").loc["WoG", "singkatan_dari"]
        'Whole of Government'
    """
    path = Path(path) if path is not None else data.data_dir() / "glosarium.csv"
    rows, lines = data.read_rows(path, GLOSSARY_COLUMNS)
    name = str(path)
    seen: dict[str, int] = {}
    for row, line in zip(rows, lines, strict=True):
        key = row["istilah"].casefold()
        data.ensure(
            key not in seen,
            name,
            line,
            "istilah",
            f"istilah '{row['istilah']}' sudah ada di baris {seen.get(key)}. Hapus salah satunya.",
        )
        seen[key] = line
        stems = split_notebooks(row["notebook"])
        bad = [s for s in stems if not NOTEBOOK_STEM.fullmatch(s)]
        data.ensure(
            bool(stems) and not bad,
            name,
            line,
            "notebook",
            f"nama notebook '{(bad or [row['notebook']])[0]}' tidak sah. Tulis seperti "
            "02_konsep_wog (tanpa .ipynb), dipisah titik koma.",
        )
    frame = pd.DataFrame(rows, columns=[c.name for c in GLOSSARY_COLUMNS])
    order = frame["istilah"].str.casefold().argsort(kind="stable")
    return frame.iloc[order].reset_index(drop=True)


def filter_glossary(glossary: pd.DataFrame, query: str) -> pd.DataFrame:
    """The rows whose term, expansion or definition contain every word of ``query``.

    Matching ignores case; an empty query keeps every row.

    Example:
        >>> glossary = read_glossary()
        >>> list(filter_glossary(glossary, "satu pintu")["istilah"])[:2]
        ['pelayanan satu pintu', 'pelayanan terpusat']
        >>> list(filter_glossary(glossary, "ptsp")["istilah"])[-1]
        'PTSP'
    """
    words = query.casefold().split()
    if not words:
        return glossary.reset_index(drop=True)
    haystack = glossary[list(SEARCHED_COLUMNS)].agg(" ".join, axis=1).str.casefold()
    keep = pd.Series(True, index=glossary.index)
    for word in words:
        keep &= haystack.str.contains(word, regex=False)
    return glossary[keep].reset_index(drop=True)


def terms_in_notebook(glossary: pd.DataFrame, notebook: str) -> list[str]:
    """The terms whose ``notebook`` cell lists ``notebook`` (a name without .ipynb).

    Example:
        >>> "gugus tugas" in terms_in_notebook(read_glossary(), "05_praktik_dan_tantangan")
        True
    """
    listed = glossary["notebook"].map(split_notebooks)
    return [t for t, stems in zip(glossary["istilah"], listed, strict=True) if notebook in stems]


def count_caption(shown: int, total: int, query: str = "") -> str:
    """The one-line summary under the search box, in Bahasa Indonesia.

    Example:
        >>> count_caption(3, 50, "satu")
        'Menampilkan 3 dari 50 istilah yang memuat "satu".'
        >>> count_caption(0, 50, "xyz")
        'Tidak ada istilah yang memuat "xyz". Coba kata lain atau kosongkan kotak pencarian.'
    """
    query = query.strip()
    if not query:
        return f"Menampilkan semua {total} istilah."
    if shown == 0:
        return (
            f'Tidak ada istilah yang memuat "{query}". Coba kata lain atau kosongkan kotak '
            "pencarian."
        )
    return f'Menampilkan {shown} dari {total} istilah yang memuat "{query}".'


def _notebook_links(cell: str) -> str:
    links = (f'<a href="{s}.ipynb">{html.escape(s[:2])}</a>' for s in split_notebooks(cell))
    return ", ".join(links)


def glossary_html(glossary: pd.DataFrame) -> str:
    """The glossary as an HTML table: term, expansion, definition, and links to the notebooks.

    Every cell is escaped; notebook names become links labelled with their number. Long tables
    scroll inside a box of fixed height.

    Example:
        >>> glossary = read_glossary()
        >>> page = glossary_html(filter_glossary(glossary, "gugus tugas"))
        >>> '<a href="05_praktik_dan_tantangan.ipynb">05</a>' in page
        True
    """
    shown = ("istilah", "singkatan_dari", "definisi", "notebook")
    head = "".join(f"<th>{DISPLAY_LABELS[c]}</th>" for c in shown)
    body = []
    for row in glossary.itertuples(index=False):
        expansion = "" if row.singkatan_dari == NO_EXPANSION else html.escape(row.singkatan_dari)
        body.append(
            f"<tr><td><b>{html.escape(row.istilah)}</b></td><td>{expansion}</td>"
            f"<td>{html.escape(row.definisi)}</td><td>{_notebook_links(row.notebook)}</td></tr>"
        )
    style = "text-align:left; vertical-align:top; padding:4px 8px"
    return (
        f"<style>.wog-glosarium th, .wog-glosarium td {{{style}}}</style>"
        f'<div style="max-height:480px; overflow-y:auto">'
        f'<table class="wog-glosarium"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table></div>"
    )


def glossary_table(glossary: pd.DataFrame) -> Styler:
    """The glossary as a left-aligned table with Indonesian headings; ``.data`` is the DataFrame.

    Example:
        >>> list(glossary_table(read_glossary()).data.columns)[:2]
        ['Istilah', 'Kepanjangan']
    """
    frame = glossary.rename(columns=DISPLAY_LABELS)
    left = [{"selector": "th, td", "props": [("text-align", "left"), ("vertical-align", "top")]}]
    return frame.style.hide(axis="index").set_table_styles(left)
