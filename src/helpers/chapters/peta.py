"""Each notebook's estimated time and the course's, shown from the manifest.

The times in ``content/course.yaml`` are derived numbers (counted from each notebook's content
at the rates stated there), so they are shown by code and labelled as derived, never typed
into a notebook's prose.
"""

from __future__ import annotations

from dataclasses import dataclass

from helpers.core import safe_html
from helpers.core.manifest import Chapter, course
from helpers.core.text import DERIVED_LABEL

DERIVED_NOTE = (
    "angka turunan, dihitung dari isi notebook dengan tarif yang tertulis di peta kursus "
    "src/helpers/content/course.yaml, bukan hasil pengukuran di kelas"
)


@dataclass(frozen=True)
class Shown:
    """Text shown as HTML in a notebook and as plain text elsewhere (``print``)."""

    text: str
    html: str

    def _repr_html_(self) -> str:
        return self.html

    def _repr_pretty_(self, printer, _cycle: bool) -> None:
        printer.text(self.text)

    def __str__(self) -> str:
        return self.text


def time_text(chapter: Chapter) -> str:
    """A chapter's time as tables write it: '30 menit', or '30 menit + 15 menit diskusi'.

    Example:
        >>> time_text(course().chapter("08_evaluasi")).endswith("menit")
        True
    """
    extra = chapter.discussion_minutes
    return f"{chapter.minutes} menit" + (f" + {extra} menit diskusi" if extra else "")


def perkiraan_waktu(stem: str) -> Shown:
    """The estimated time of one notebook, labelled as derived (shown under its first cell).

    Example:
        >>> print(perkiraan_waktu("08_evaluasi"))  # doctest: +ELLIPSIS
        Perkiraan waktu notebook ini: ... menit (angka turunan, dihitung dari isi notebook ...).
    """
    chapter = course().chapter(stem)
    text = f"Perkiraan waktu notebook ini: {time_text(chapter)} ({DERIVED_NOTE})."
    html = (
        f"<p><strong>Perkiraan waktu notebook ini: {safe_html.escape(time_text(chapter))}</strong>"
        f" <em>({safe_html.escape(DERIVED_NOTE)})</em>.</p>"
    )
    return Shown(text, html)


def waktu_kursus() -> Shown:
    """Every notebook's estimated time, and the course's total, labelled as derived.

    Example:
        >>> waktu = waktu_kursus()
        >>> 'href="01_pendahuluan.ipynb"' in waktu.html, "01_pendahuluan" in str(waktu)
        (True, True)
    """
    chapters = course().chapters
    own = sum(c.minutes for c in chapters)
    discussion = sum(c.discussion_minutes for c in chapters)
    total = f"Jumlah seluruh kursus: {own} menit belajar + {discussion} menit diskusi"
    cell = "text-align: left; padding: 0.1em 0.6em"
    head = ("Notebook", f"Perkiraan waktu {DERIVED_LABEL}")
    header = "".join(f"<th scope='col' style='{cell}'>{safe_html.escape(h)}</th>" for h in head)
    body = "".join(
        f"<tr><td style='{cell}'><a href=\"{safe_html.escape(c.filename)}\">"
        f"{safe_html.escape(c.stem)}</a></td>"
        f"<td style='{cell}'>{safe_html.escape(time_text(c))}</td></tr>"
        for c in chapters
    )
    html = (
        f"<table><thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"
        f"<p><strong>{safe_html.escape(total)}</strong> "
        f"<em>({safe_html.escape(DERIVED_NOTE)}).</em></p>"
    )
    lines = [f"{c.stem}: {time_text(c)}" for c in chapters]
    text = "\n".join(["Perkiraan waktu", *lines, f"{total} ({DERIVED_NOTE})."])
    return Shown(text, html)
