"""Read a notebook's structure: title, sections, and what each cell is for.

Everything else in the kit (slide metadata, the session plan, the live-part prompts) is derived
from these roles, so one change here changes all of them consistently.

A code cell's role is written on the cell as one tag, ``role:<name>`` (``role:chart``,
``role:widget``, ...), and read from nothing else: renaming a module or a function never changes
a slide. ``python -m kit.slide_metadata --pasang-peran`` proposes the tags for new cells.
A markdown cell's role is read from the markdown itself (its heading, or a whole
``> **Untuk fasilitator:**`` / ``> **Diskusi:**`` blockquote): that mark is what the reader
sees, so a tag would only restate it and could disagree with it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from helpers.core.manifest import Chapter, course
from kit import NOTEBOOK_DIR

# Markdown roles.
TITLE = "title"
PREAMBLE = "preamble"  # text between the title and the first section (kept on the title slide)
SETUP_NOTE = "setup-note"  # the preamble text right before the set-up cell: not for the room
SECTION = "section"  # starts with "## "
SUBHEADING = "subheading"  # starts with "### "
TEXT = "text"
FACILITATOR = "facilitator"  # the whole cell is a "> **Untuk fasilitator:**" blockquote
DISCUSSION = "discussion"  # the whole cell is a "> **Diskusi:**" blockquote
# Code roles, each written on its cells as the tag ROLE_PREFIX + role.
SETUP = "setup"  # imports and set-up (the first code cell)
CHART = "chart"
WIDGET = "widget"
EXERCISE = "exercise"
PROGRESS = "progress"  # a trainee's own progress table or score
PRIVATE = "private"  # per-trainee actions (help, downloads, uploads, saving files)
CODE = "code"  # any other cell: a table, a computation
CODE_ROLES = (SETUP, CHART, WIDGET, EXERCISE, PROGRESS, PRIVATE, CODE)
ROLE_PREFIX = "role:"

FACILITATOR_MARK = "> **Untuk fasilitator:**"
DISCUSSION_MARK = "> **Diskusi:**"
PROMPT_RE = re.compile(r"^> \*\*(Untuk fasilitator|Diskusi):\*\*(.*(?:\n>.*)*)", re.M)
# The exercise a cell shows: the trainee's verb and its id, which no refactoring renames.
EXERCISE_RE = re.compile(r"latihan\(\s*[\"']([^\"']+)[\"']\s*\)")
WORD_RE = re.compile(r"[A-Za-zÀ-ÿ0-9][\w'’-]*")


class RoleError(ValueError):
    """A code cell has no role tag, several, or an unknown one."""


def role_tag(role: str) -> str:
    """The cell tag that gives a code cell its role.

    >>> role_tag(CHART)
    'role:chart'
    """
    if role not in CODE_ROLES:
        raise RoleError(f"peran sel kode tidak dikenal: {role!r}")
    return ROLE_PREFIX + role


def tagged_role(tags: Iterable[str]) -> str | None:
    """The role named by a cell's tags, or None when there is no role tag.

    >>> tagged_role(["remove_input", "role:widget"])
    'widget'
    >>> tagged_role(["remove_input"]) is None
    True
    """
    roles = [t.removeprefix(ROLE_PREFIX) for t in tags if t.startswith(ROLE_PREFIX)]
    if len(roles) > 1 or (roles and roles[0] not in CODE_ROLES):
        raise RoleError(f"tag peran salah: {', '.join(ROLE_PREFIX + r for r in roles)}")
    return roles[0] if roles else None


@dataclass
class Cell:
    index: int
    kind: str  # "markdown" or "code"
    source: str
    role: str = TEXT

    @property
    def words(self) -> int:
        """Words a person reads in this cell (markdown only; code is not read aloud)."""
        if self.kind != "markdown":
            return 0
        text = re.sub(r"\]\([^)]*\)", "]", self.source)  # link targets are not read
        return len(WORD_RE.findall(text))

    @property
    def heading(self) -> str | None:
        """The first heading in the cell (a '##' may follow a paragraph in the same cell)."""
        match = re.search(r"^#{1,3} (.+)$", self.source, re.M)
        return match.group(1).strip() if match else None

    @property
    def code_lines(self) -> int:
        return len([line for line in self.source.splitlines() if line.strip()])


@dataclass
class Prompt:
    kind: str  # "Untuk fasilitator" or "Diskusi"
    text: str


@dataclass
class Section:
    title: str
    cells: list[Cell] = field(default_factory=list)

    def count(self, role: str) -> int:
        return sum(1 for c in self.cells if c.role == role)

    @property
    def words(self) -> int:
        return sum(c.words for c in self.cells)

    @property
    def exercises(self) -> list[str]:
        """Ids of the exercises shown by this section's exercise cells, in order."""
        return [m for c in self.cells if c.role == EXERCISE for m in EXERCISE_RE.findall(c.source)]

    @property
    def prompts(self) -> list[Prompt]:
        found = []
        for cell in self.cells:
            if cell.kind != "markdown":
                continue
            for kind, body in PROMPT_RE.findall(cell.source):
                text = " ".join(line.lstrip("> ").strip() for line in body.splitlines())
                found.append(Prompt(kind, text.strip()))
        return found

    @property
    def widget_calls(self) -> list[str]:
        return [c.source.strip() for c in self.cells if c.role == WIDGET]


@dataclass
class NotebookStructure:
    path: Path
    title: str
    cells: list[Cell]
    sections: list[Section]

    @property
    def stem(self) -> str:
        return self.path.stem


def _whole_blockquote(source: str, mark: str) -> bool:
    lines = [line for line in source.strip().splitlines() if line.strip()]
    return bool(lines) and lines[0].startswith(mark) and all(x.startswith(">") for x in lines)


def _markdown_role(cell: Cell, seen_section: bool, next_is_setup: bool) -> str:
    heading = cell.source.lstrip()
    if cell.index == 0 and heading.startswith("# "):
        return TITLE
    if re.search(r"^## ", cell.source, re.M):
        return SECTION
    if heading.startswith("### "):
        return SUBHEADING
    if _whole_blockquote(cell.source, FACILITATOR_MARK):
        return FACILITATOR
    if _whole_blockquote(cell.source, DISCUSSION_MARK):
        return DISCUSSION
    if not seen_section:
        return SETUP_NOTE if next_is_setup else PREAMBLE
    return TEXT


def code_roles(raw_cells: list[dict], path: Path) -> dict[int, str]:
    """{cell index: role} for every code cell, from its role tag; RoleError names the cells
    that have none."""
    roles: dict[int, str] = {}
    untagged = []
    for i, cell in enumerate(raw_cells):
        if cell["cell_type"] != "code":
            continue
        try:
            role = tagged_role(cell.get("metadata", {}).get("tags", []))
        except RoleError as error:
            raise RoleError(f"{Path(path).name}, sel {i}: {error}") from None
        if role is None:
            untagged.append(str(i))
        else:
            roles[i] = role
    if untagged:
        raise RoleError(
            f"{Path(path).name}: sel kode {', '.join(untagged)} belum bertag peran. "
            f"Jalankan: python -m kit.slide_metadata --pasang-peran {path}"
        )
    return roles


def structure_of(raw_cells: list[dict], path: Path) -> NotebookStructure:
    """Cells with roles, grouped into '##' sections, from a notebook's list of cells."""
    roles = code_roles(raw_cells, path)
    cells = [Cell(i, c["cell_type"], "".join(c["source"])) for i, c in enumerate(raw_cells)]
    setup = next((i for i, role in roles.items() if role == SETUP), None)
    seen_section = False
    for cell in cells:
        if cell.kind == "code":
            cell.role = roles[cell.index]
            continue
        next_is_setup = setup is not None and cell.index == setup - 1
        cell.role = _markdown_role(cell, seen_section, next_is_setup)
        seen_section = seen_section or cell.role == SECTION
    title = cells[0].heading if cells and cells[0].role == TITLE else None
    sections = [Section("Pembuka")]
    for cell in cells:
        if cell.role == SECTION:
            sections.append(Section(cell.heading or ""))
        sections[-1].cells.append(cell)
    return NotebookStructure(Path(path), title or Path(path).stem, cells, sections)


def read_structure(path: Path) -> NotebookStructure:
    """Parse a notebook file into cells with roles, grouped into '##' sections."""
    raw = json.loads(Path(path).read_text(encoding="utf-8"))["cells"]
    return structure_of(raw, path)


@dataclass(frozen=True)
class CourseNotebook:
    """A chapter as the manifest lists it, with the structure read from its notebook."""

    chapter: Chapter
    structure: NotebookStructure

    @property
    def stem(self) -> str:
        return self.chapter.stem

    @property
    def title(self) -> str:
        return self.chapter.title

    @property
    def sections(self) -> list[Section]:
        return self.structure.sections

    @property
    def link(self) -> str:
        return f"[`{self.stem}`](../notebooks/{self.chapter.filename})"

    @property
    def author_time(self) -> str:
        """The manifest's estimate, e.g. '30 menit + 15 menit diskusi'."""
        extra = self.chapter.discussion_minutes
        return f"{self.chapter.minutes} menit" + (f" + {extra} menit diskusi" if extra else "")


def read_course(folder: Path = NOTEBOOK_DIR) -> list[CourseNotebook]:
    """Every chapter of the manifest with its notebook's structure, in course order."""
    return [CourseNotebook(c, read_structure(folder / c.filename)) for c in course().chapters]
