"""The one way text reaches HTML: every string is escaped here, whatever its origin.

Course content, a participant's file, a file name, a trainee's answer: all go through
:func:`escape` (or :func:`inline`, which also shows `code` spans) before they are placed in an
HTML widget, an HTML output or a generated page. Builders below take plain text, never HTML.
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Iterable

MUTED_STYLE = "color: var(--jp-content-font-color2, inherit)"
LINK_STYLE = "color: var(--jp-content-link-color, inherit)"


def escape(text: object) -> str:
    """``text`` as HTML text: <, >, & and quotes are escaped.

    Example:
        >>> escape("<script>alert(1)</script>")
        '&lt;script&gt;alert(1)&lt;/script&gt;'
    """
    return html.escape(str(text), quote=True)


def inline(text: str) -> str:
    """Escaped ``text`` in which `back-quoted` spans are shown as code.

    Example:
        >>> inline("Lihat kolom `jumlah` <b>")
        'Lihat kolom <code>jumlah</code> &lt;b&gt;'
    """
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", escape(text))


def paragraph(text: str, style: str = "") -> str:
    """One escaped paragraph.

    Example:
        >>> paragraph("Berkas <a>.csv")
        '<p>Berkas &lt;a&gt;.csv</p>'
    """
    attribute = f" style='{style}'" if style else ""
    return f"<p{attribute}>{inline(text)}</p>"


def bullet_list(lines: Iterable[str]) -> str:
    """Escaped lines as an HTML list.

    Example:
        >>> bullet_list(["a", "<b>"])
        "<ul style='margin: 0.3em 0'><li>a</li><li>&lt;b&gt;</li></ul>"
    """
    items = "".join(f"<li>{inline(line)}</li>" for line in lines)
    return f"<ul style='margin: 0.3em 0'>{items}</ul>"


def caption(alt: str) -> str:
    """The text alternative of a chart as the caption shown under it in a widget.

    Example:
        >>> caption("Diagram <contoh>.")
        '<p><em>Teks alternatif:</em> Diagram &lt;contoh&gt;.</p>'
    """
    return f"<p><em>Teks alternatif:</em> {escape(alt)}</p>"


def download_link(content: bytes, filename: str, label: str, mime: str = "text/csv") -> str:
    """A link that downloads ``content`` as ``filename``; works offline and writes nothing.

    Example:
        >>> download_link(b"a,b", "templat.csv", "Unduh")[:45]
        '<a download="templat.csv" href="data:text/csv'
    """
    encoded = base64.b64encode(content).decode("ascii")
    return (
        f'<a download="{escape(filename)}" href="data:{mime};charset=utf-8;base64,{encoded}" '
        f'target="_blank" style="{LINK_STYLE}">{escape(label)}</a>'
    )


def table(head: Iterable[str], rows: Iterable[Iterable[object]]) -> str:
    """A plain HTML table of escaped cells (text, not HTML, in every cell).

    Example:
        >>> table(["Kolom"], [["<x>"]])
        "<table><thead><tr><th scope='col' style='text-align: left; padding: 0.1em 0.6em'>Kolom</th></tr></thead><tbody><tr><td style='text-align: left; padding: 0.1em 0.6em'>&lt;x&gt;</td></tr></tbody></table>"
    """  # noqa: E501
    cell = "text-align: left; padding: 0.1em 0.6em"
    header = "".join(f"<th scope='col' style='{cell}'>{escape(h)}</th>" for h in head)
    body = "".join(
        "<tr>" + "".join(f"<td style='{cell}'>{escape(v)}</td>" for v in row) + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"
