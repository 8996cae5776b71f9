"""The course manifest (``content/course.yaml``): the one list of notebooks.

The start page's map, the README's table, the facilitator kit and the glossary all read the
chapters, their titles, indicators and estimated times from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from helpers.core.content import ContentError, Fields, chapter_content

KINDS = ("mulai", "bab", "referensi", "evaluasi", "pilihan")


@dataclass(frozen=True)
class Chapter:
    """One notebook of the course as the manifest describes it."""

    stem: str  # the notebook's file name without .ipynb, e.g. "04_kondisi_pelayanan_publik"
    title: str  # the notebook's title, as its first heading
    covers: str  # what it covers, one line (the README's table)
    kind: str  # one of KINDS
    indicators: tuple[int, ...]
    minutes: int  # estimated time for a trainee
    discussion_minutes: int = 0  # class discussion on top of ``minutes``

    @property
    def filename(self) -> str:
        return f"{self.stem}.ipynb"


@dataclass(frozen=True)
class Course:
    """The course: its title, citation, the four indicators of Bab I.D and its chapters."""

    title: str
    citation: str
    indicators: dict[int, str]
    indicator_short: dict[int, str]
    chapters: tuple[Chapter, ...]

    def chapter(self, stem: str) -> Chapter:
        """One chapter by its notebook stem (``"04_..."`` or ``"04_....ipynb"``)."""
        key = stem.removesuffix(".ipynb")
        for chapter in self.chapters:
            if chapter.stem == key:
                return chapter
        known = ", ".join(c.stem for c in self.chapters)
        raise KeyError(f"Notebook '{stem}' tidak ada di peta kursus. Yang ada: {known}.")

    def serving(self, indicator: int) -> list[Chapter]:
        """The chapters whose objectives name ``indicator``, in course order."""
        return [c for c in self.chapters if indicator in c.indicators]


@cache
def course() -> Course:
    """The course manifest, read and checked once.

    Example:
        >>> course().chapter("03_kontinum_kelembagaan").indicators
        (1, 2)
        >>> course().indicators[3]
        'Memahami best practices penerapan Whole of Government.'
    """
    fields = chapter_content("course")
    indicators = _indicators(fields, "indikator")
    short = _indicators(fields, "indikator_singkat")
    chapters = tuple(_chapter(f, set(indicators)) for f in fields.records("notebook"))
    if len({c.stem for c in chapters}) != len(chapters):
        fields.fail("ada notebook yang tercantum dua kali.")
    return Course(fields.text("judul"), fields.text("sitasi"), indicators, short, chapters)


def _indicators(fields: Fields, key: str) -> dict[int, str]:
    raw = fields.get(key, dict)
    if sorted(raw) != [1, 2, 3, 4] or not all(isinstance(v, str) for v in raw.values()):
        fields.fail(f"'{key}' harus memetakan indikator 1-4 ke teksnya.")
    return {int(k): v.strip() for k, v in raw.items()}


def _chapter(f: Fields, known: set[int]) -> Chapter:
    kind = f.text("jenis")
    if kind not in KINDS:
        f.fail(f"jenis '{kind}' tidak dikenal; gunakan: {', '.join(KINDS)}.")
    indicators = tuple(f.get("indikator", list))
    if not indicators or not set(indicators) <= known:
        f.fail("'indikator' harus berisi nomor indikator 1-4.")
    extra = f.raw.get("menit_diskusi", 0)
    if not isinstance(extra, int):
        raise ContentError(f"{f.where}: 'menit_diskusi' harus bilangan bulat.")
    return Chapter(
        stem=f.text("stem"),
        title=f.text("judul"),
        covers=f.text("isi"),
        kind=kind,
        indicators=indicators,
        minutes=f.get("menit", int),
        discussion_minutes=extra,
    )
