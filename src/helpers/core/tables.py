"""The one table styler: prose tables shown whole, wrapped and left-aligned."""

from __future__ import annotations

import pandas as pd
from pandas.io.formats.style import Styler

LEFT_TOP = [("text-align", "left"), ("vertical-align", "top")]
INDEX_HEADER = "No."  # the index column's header when the index has no name


def text_table(frame: pd.DataFrame, show_index: bool = False) -> Styler:
    """A table of prose: every cell shown in full, wrapped and left-aligned.

    Plain pandas would cut long cells. Every cell is escaped, whatever its origin (content or a
    participant's file). The index is hidden unless ``show_index`` (a table whose index names its
    rows); then the index's name (or "No.") heads its column, in the one header row, so that no
    header cell is empty (axe's ``empty-table-header``). ``.data`` is the DataFrame.

    Example:
        >>> styled = text_table(pd.DataFrame({"Unsur": ["Apa"], "Isi": ["<b>Pendekatan</b>"]}))
        >>> styled.data.shape, "white-space: normal" in styled.to_html()
        ((1, 2), True)
        >>> "&lt;b&gt;Pendekatan" in styled.to_html()
        True
        >>> html = text_table(pd.DataFrame({"Isi": ["x"]}, index=[1]), show_index=True).to_html()
        >>> ">No.</th>" in html, "&nbsp;" in html
        (True, False)
    """
    if show_index:
        frame = frame.copy()
        frame.columns.name, frame.index.name = frame.index.name or INDEX_HEADER, None
    styled = (
        frame.style.format(escape="html")
        .set_properties(**{"text-align": "left", "white-space": "normal", "vertical-align": "top"})
        .set_table_styles([{"selector": "th, td", "props": LEFT_TOP}])
    )
    return styled if show_index else styled.hide(axis="index")
