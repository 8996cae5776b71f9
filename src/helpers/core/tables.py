"""The one table of prose: every cell shown whole, wrapped, left-aligned and escaped.

The HTML is written here rather than by pandas' Styler: importing the Styler (and jinja2 with
it) cost every notebook about 0.06 s before its first table, for markup this short.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pandas as pd

from helpers.core.safe_html import escape
from helpers.core.text import format_number

INDEX_HEADER = "No."  # the index column's header when the index has no name
TABLE_CLASS = "wog-tabel"
# JupyterLab (and the handouts and slides, which use its CSS) right-aligns output tables with
# ":not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon td"; the wrapper's class makes this rule
# the more specific one, wherever the table is shown.
_CELLS = ", ".join(f"div.{TABLE_CLASS} table.{TABLE_CLASS} {cell}" for cell in ("th", "td"))
_LEFT_TOP = "text-align: left; vertical-align: top; white-space: normal;"
TABLE_STYLE = f"<style>{_CELLS} {{{_LEFT_TOP}}}</style>"


def cell_text(value: object) -> str:
    """A cell as it is read: text as it is, whole numbers plain, decimals the Indonesian way.

    Example:
        >>> cell_text("SAMSAT"), cell_text(305), cell_text(2.0), cell_text(6.64), cell_text(None)
        ('SAMSAT', '305', '2', '6,64', '')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else format_number(value, 2)
    return str(value)


class TextTable:
    """A DataFrame shown as a table of prose in a notebook; ``.data`` is the DataFrame."""

    def __init__(self, frame: pd.DataFrame, show_index: bool = False):
        self.data = frame
        self.show_index = show_index

    def _header(self) -> str:
        corner = [self.data.index.name or INDEX_HEADER] if self.show_index else []
        cells = "".join(f'<th scope="col">{escape(h)}</th>' for h in [*corner, *self.data.columns])
        return f"<thead><tr>{cells}</tr></thead>"

    def _row(self, label: object, values: Sequence[object]) -> str:
        head = f'<th scope="row">{escape(cell_text(label))}</th>' if self.show_index else ""
        return f"<tr>{head}{''.join(f'<td>{escape(cell_text(v))}</td>' for v in values)}</tr>"

    def to_html(self) -> str:
        """The table as HTML, every cell escaped."""
        rows = "".join(self._row(label, values) for label, *values in self.data.itertuples())
        table = f'<table class="{TABLE_CLASS}">{self._header()}<tbody>{rows}</tbody></table>'
        return f'{TABLE_STYLE}<div class="{TABLE_CLASS}">{table}</div>'

    def _repr_html_(self) -> str:
        return self.to_html()

    def __repr__(self) -> str:
        rows, columns = self.data.shape
        names = ", ".join(str(c) for c in self.data.columns)
        return f"Tabel {rows} baris, {columns} kolom ({names}); datanya ada di .data"


def text_table(frame: pd.DataFrame, show_index: bool = False) -> TextTable:
    """A table of prose: every cell shown in full, wrapped and left-aligned.

    Plain pandas would cut long cells. Every cell is escaped, whatever its origin (content or a
    participant's file). The index is hidden unless ``show_index`` (a table whose index names its
    rows); then the index's name (or "No.") heads its column, in the one header row, so that no
    header cell is empty (axe's ``empty-table-header``). ``.data`` is the DataFrame.

    Example:
        >>> table = text_table(pd.DataFrame({"Unsur": ["Apa"], "Isi": ["<b>Pendekatan</b>"]}))
        >>> table.data.shape, "white-space: normal" in table.to_html()
        ((1, 2), True)
        >>> "&lt;b&gt;Pendekatan" in table.to_html(), "<b>" in table.to_html()
        (True, False)
        >>> html = text_table(pd.DataFrame({"Isi": ["x"]}, index=[1]), show_index=True).to_html()
        >>> '<th scope="col">No.</th>' in html, '<th scope="row">1</th>' in html, "&nbsp;" in html
        (True, True, False)
    """
    return TextTable(frame, show_index)
