"""Widget wiring for the glossary: a search box that filters one table in place.

The matching and the HTML come from :mod:`helpers.glossary`; this module only connects the
text box to them and updates the same HTML widget on every change.
"""

from __future__ import annotations

import ipywidgets as widgets
import pandas as pd

from helpers import glossary as gl


class GlossarySearch:
    """A text box, a one-line count and the glossary table; typing filters the table in place."""

    def __init__(self, glossary: pd.DataFrame | None = None):
        self.glossary = gl.read_glossary() if glossary is None else glossary
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
        self.query.observe(self._refresh, names="value")
        self._refresh()
        self.view = widgets.VBox([self.query, self.caption, self.table])

    @property
    def shown(self) -> pd.DataFrame:
        """The rows that match the current text in the search box."""
        return gl.filter_glossary(self.glossary, self.query.value)

    def _refresh(self, _change: dict | None = None) -> None:
        shown = self.shown
        self.caption.value = (
            f"<p>{gl.count_caption(len(shown), len(self.glossary), self.query.value)}</p>"
        )
        self.table.value = gl.glossary_html(shown)

    def _repr_mimebundle_(self, **kwargs):
        return self.view._repr_mimebundle_(**kwargs)


def glossary_search(glossary: pd.DataFrame | None = None) -> GlossarySearch:
    """The glossary with a search box; display the result in a notebook cell.

    Example:
        >>> search = glossary_search()
        >>> search.query.value = "gugus tugas"
        >>> list(search.shown["istilah"])
        ['gugus tugas']
    """
    return GlossarySearch(glossary)
