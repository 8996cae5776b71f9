"""Notebook 07 (reference and glossary): the course glossary, its search and its table.

data/glosarium.csv is read and typed by the data package (:mod:`helpers.core.datasets`); this
module adds only what a Table Schema cannot say: terms are unique ignoring case, and every
``notebook`` cell names notebooks of the course manifest. Search is plain case-insensitive
matching of every word typed, never evaluation of what is typed, and every cell reaches HTML
through :mod:`helpers.core.safe_html`.
"""

from __future__ import annotations

from pathlib import Path

import ipywidgets as widgets
import pandas as pd

from helpers.core import datasets, safe_html
from helpers.core.explorer import WidgetView
from helpers.core.manifest import course
from helpers.core.tables import TextTable, text_table

RESOURCE = "glosarium"
NO_EXPANSION = "-"  # singkatan_dari for a term that is not an abbreviation
NOTEBOOK_SEPARATOR = ";"
SEARCHED_COLUMNS = ("istilah", "singkatan_dari", "definisi")
DISPLAY_LABELS = {
    "istilah": "Istilah",
    "singkatan_dari": "Kepanjangan",
    "definisi": "Definisi",
    "notebook": "Muncul di notebook",
    "sumber": "Sumber",
}
HTML_COLUMNS = ("istilah", "singkatan_dari", "definisi", "notebook")
CELL_STYLE = "text-align: left; vertical-align: top; padding: 4px 8px"


def split_notebooks(cell: str) -> list[str]:
    """The notebook names listed in one ``notebook`` cell, in the order given.

    Example:
        >>> split_notebooks("02_konsep_wog; 05_praktik_dan_tantangan")
        ['02_konsep_wog', '05_praktik_dan_tantangan']
    """
    return [part.strip() for part in cell.split(NOTEBOOK_SEPARATOR) if part.strip()]


def read_glossary(path: str | Path | None = None) -> pd.DataFrame:
    """Read data/glosarium.csv (or a file of the same shape), sorted by term, case-insensitively.

    The data package's schema checks every cell; on top of it, terms must be unique ignoring
    case, and every ``notebook`` cell must list notebooks of the course manifest (as in
    ``02_konsep_wog``, without .ipynb), separated by semicolons.

    Example:
        >>> glossary = read_glossary()
        >>> glossary.set_index("istilah").loc["WoG", "singkatan_dari"]
        'Whole of Government'
    """
    frame = datasets.read_table(RESOURCE, path, checks=(check_terms, check_notebooks))
    order = frame["istilah"].str.casefold().argsort(kind="stable")
    return frame.iloc[order].reset_index(drop=True)


def check_terms(rows: list[dict], lines: list[int], file: str) -> None:
    """Refuse a term that repeats an earlier one ignoring case (``WoG`` and ``wog``).

    Example:
        >>> try:
        ...     check_terms([{"istilah": "WoG"}, {"istilah": "wog"}], [2, 3], "a.csv")
        ... except datasets.DataError as error:
        ...     print(error.line, error.column)
        3 istilah
    """
    folded = [{"istilah": row["istilah"].casefold()} for row in rows]
    datasets.check_unique(folded, lines, ("istilah",), file)


def check_notebooks(rows: list[dict], lines: list[int], file: str) -> None:
    """Refuse a ``notebook`` cell naming a notebook that is not in the course manifest.

    Example:
        >>> check_notebooks([{"notebook": "02_konsep_wog; 06_pola_pelayanan"}], [2], "a.csv")
    """
    known = {chapter.stem for chapter in course().chapters}
    for row, line in zip(rows, lines, strict=True):
        unknown = [stem for stem in split_notebooks(row["notebook"]) if stem not in known]
        datasets.ensure(
            not unknown,
            file,
            line,
            "notebook",
            f"notebook '{(unknown or [''])[0]}' tidak ada di peta kursus. Tulis nama notebook "
            "kursus seperti 02_konsep_wog (tanpa .ipynb), dipisah titik koma.",
        )


def filter_glossary(glossary: pd.DataFrame, query: str) -> pd.DataFrame:
    """The rows whose term, expansion or definition contain every word of ``query``.

    Matching ignores case; an empty query keeps every row.

    Example:
        >>> glossary = read_glossary()
        >>> list(filter_glossary(glossary, "satu pintu")["istilah"])[:2]
        ['pelayanan satu pintu', 'pelayanan terpusat']
        >>> "PTSP" in list(filter_glossary(glossary, "ptsp")["istilah"])
        True
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
    """The one-line summary under the search box, in Bahasa Indonesia (plain text).

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


def notebook_links(cell: str) -> str:
    """The notebooks of one ``notebook`` cell as escaped links labelled with their number.

    The link's tooltip is the notebook's title from the course manifest.

    Example:
        >>> notebook_links("05_praktik_dan_tantangan")  # doctest: +ELLIPSIS
        '<a href="05_praktik_dan_tantangan.ipynb" title="Bab III.B–C — Praktik ...">05</a>'
    """
    links = []
    for stem in split_notebooks(cell):
        chapter = course().chapter(stem)
        links.append(
            f'<a href="{safe_html.escape(chapter.filename)}" '
            f'title="{safe_html.escape(chapter.title)}">{safe_html.escape(stem[:2])}</a>'
        )
    return ", ".join(links)


def _row_html(row: pd.Series) -> str:
    expansion = "" if row["singkatan_dari"] == NO_EXPANSION else row["singkatan_dari"]
    cells = (
        f"<b>{safe_html.escape(row['istilah'])}</b>",
        safe_html.escape(expansion),
        safe_html.escape(row["definisi"]),
        notebook_links(row["notebook"]),
    )
    return "<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"


def glossary_html(glossary: pd.DataFrame) -> str:
    """The glossary as an HTML table: term, expansion, definition, and links to the notebooks.

    Every cell is escaped; notebook names become links labelled with their number. Long tables
    scroll inside a box of fixed height.

    Example:
        >>> page = glossary_html(filter_glossary(read_glossary(), "gugus tugas"))
        >>> '<a href="05_praktik_dan_tantangan.ipynb" title=' in page
        True
    """
    head = "".join(f"<th>{safe_html.escape(DISPLAY_LABELS[c])}</th>" for c in HTML_COLUMNS)
    body = "".join(_row_html(row) for _, row in glossary.iterrows())
    return (
        f"<style>.wog-glosarium th, .wog-glosarium td {{{CELL_STYLE}}}</style>"
        '<div style="max-height: 480px; overflow-y: auto">'
        f'<table class="wog-glosarium"><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table></div>"
    )


def glossary_table(glossary: pd.DataFrame) -> TextTable:
    """The glossary as a wrapped, left-aligned table with Indonesian headings (``.data``).

    Example:
        >>> list(glossary_table(read_glossary()).data.columns)[:2]
        ['Istilah', 'Kepanjangan']
    """
    return text_table(glossary.rename(columns=DISPLAY_LABELS))


class GlossarySearch(WidgetView):
    """A text box, a one-line count and the glossary table; typing filters the table in place.

    Example:
        >>> search = GlossarySearch()
        >>> search.query.value = "gugus tugas"
        >>> list(search.shown["istilah"])
        ['gugus tugas']
    """

    def __init__(self, glossary: pd.DataFrame | None = None):
        self.glossary = read_glossary() if glossary is None else glossary
        self.query = widgets.Text(
            value="",
            placeholder="ketik istilah atau kata, mis. satu pintu",
            description="Cari istilah:",
            continuous_update=True,
            style={"description_width": "initial"},
            layout=widgets.Layout(width="60%"),
        )
        self.caption = widgets.HTML()
        self.table = widgets.HTML()
        self.query.observe(self.refresh, names="value")
        self.refresh()
        self.view = widgets.VBox([self.query, self.caption, self.table])

    @property
    def shown(self) -> pd.DataFrame:
        """The rows that match the current text in the search box."""
        return filter_glossary(self.glossary, self.query.value)

    def refresh(self, _change: dict | None = None) -> None:
        """Show the rows and the count for the current text in the search box."""
        shown = self.shown
        count = count_caption(len(shown), len(self.glossary), self.query.value)
        self.caption.value = f"<p>{safe_html.escape(count)}</p>"
        self.table.value = glossary_html(shown)


def glossary_search(glossary: pd.DataFrame | None = None) -> GlossarySearch:
    """The glossary with a search box (the course file unless ``glossary`` is given).

    Example:
        >>> "application/vnd.jupyter.widget-view+json" in glossary_search()._repr_mimebundle_()
        True
    """
    return GlossarySearch(glossary)
