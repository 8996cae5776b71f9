"""Show a figure in a notebook together with its text alternative."""

from __future__ import annotations

import plotly.graph_objects as go
from IPython.display import Markdown, display

from helpers.charts import alt_text


def alt_text_markdown(fig: go.Figure) -> str:
    """The text alternative as the Markdown line printed under a chart.

    Example:
        >>> fig = go.Figure(layout={"meta": {"alt_text": "Diagram contoh."}})
        >>> alt_text_markdown(fig)
        '*Teks alternatif:* Diagram contoh.'
    """
    return f"*Teks alternatif:* {alt_text(fig)}"


def show_chart(fig: go.Figure) -> None:
    """Display a chart and, right under it, its one-line text alternative."""
    display(fig)
    display(Markdown(alt_text_markdown(fig)))
