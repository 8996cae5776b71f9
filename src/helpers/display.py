"""Show a figure in a notebook together with its text alternative."""

from __future__ import annotations

import base64
import html

import plotly.graph_objects as go
from IPython.display import HTML, Markdown, display

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
    """Display a chart and, right under it, its one-line text alternative.

    Example:
        >>> fig = go.Figure(layout={"meta": {"alt_text": "Diagram contoh."}})
        >>> show_chart(fig)  # doctest: +ELLIPSIS
        Figure(...
        <IPython.core.display.Markdown object>
    """
    display(fig)
    display(Markdown(alt_text_markdown(fig)))


def download_link_html(content: bytes, filename: str, label: str) -> str:
    """An HTML link that downloads ``content`` as ``filename``; works offline, writes nothing.

    Example:
        >>> download_link_html(b"a,b", "templat.csv", "Unduh")[:45]
        '<a download="templat.csv" href="data:text/csv'
    """
    encoded = base64.b64encode(content).decode("ascii")
    return (
        f'<a download="{html.escape(filename)}" href="data:text/csv;base64,{encoded}" '
        f'target="_blank">{html.escape(label)}</a>'
    )


def show_download_link(content: bytes, filename: str, label: str) -> None:
    """Display a download link for ``content`` (see :func:`download_link_html`).

    Example:
        >>> show_download_link(b"a,b", "templat.csv", "Unduh templat")
        <IPython.core.display.HTML object>
    """
    display(HTML(download_link_html(content, filename, label)))
