"""Read a notebook's structure: title, sections, and what each cell is for.

Everything else in the kit (slide metadata, the session plan, the live-part prompts) is derived
from these roles, so one change here changes all of them consistently.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

# Markdown roles.
TITLE = "title"
PREAMBLE = "preamble"  # text between the title and the first section (kept on the title slide)
SETUP_NOTE = "setup-note"  # "the cell below loads the helpers": not for the room
SECTION = "section"  # starts with "## "
SUBHEADING = "subheading"  # starts with "### "
TEXT = "text"
FACILITATOR = "facilitator"  # the whole cell is a "> **Untuk fasilitator:**" blockquote
DISCUSSION = "discussion"  # the whole cell is a "> **Diskusi:**" blockquote
# Code roles.
SETUP = "setup"  # the first code cell: imports and set-up
CHART = "chart"
WIDGET = "widget"
EXERCISE = "exercise"
PROGRESS = "progress"  # a trainee's own progress table
PRIVATE = "private"  # per-trainee actions (help, downloads, uploads, saving files)
CODE = "code"

FACILITATOR_MARK = "> **Untuk fasilitator:**"
DISCUSSION_MARK = "> **Diskusi:**"
PROMPT_RE = re.compile(r"^> \*\*(Untuk fasilitator|Diskusi):\*\*(.*(?:\n>.*)*)", re.M)
EXERCISE_RE = re.compile(r"latihan\(\s*[\"']([^\"']+)[\"']\s*\)")
WIDGET_IMPORT_RE = re.compile(r"from helpers\.\w*widgets import (\([^)]*\)|[^\n]+)")
PRIVATE_CALLS = ("help(", "save_table(", "show_download_link(", "UploadPanel(", "to_csv(")
CHART_CALLS = ("show_chart(", ".show(")
WORD_RE = re.compile(r"[A-Za-zÀ-ÿ0-9][\w'’-]*")


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
        return [m for c in self.cells if c.kind == "code" for m in EXERCISE_RE.findall(c.source)]

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

    @property
    def objectives(self) -> str:
        """The markdown from 'Tujuan pembelajaran' up to 'Perkiraan waktu'."""
        text = "\n".join(c.source for c in self.cells if c.kind == "markdown")
        start = text.find("Tujuan pembelajaran")
        end = text.find("Perkiraan waktu", max(start, 0))
        return text[start:end] if 0 <= start < end else ""

    @property
    def author_minutes(self) -> int | None:
        """The author's own estimate ('**Perkiraan waktu:** 30 menit'), if any."""
        text = "\n".join(c.source for c in self.cells if c.kind == "markdown")
        match = re.search(r"\*\*Perkiraan waktu:\*\*\s*(\d+)\s*menit", text)
        return int(match.group(1)) if match else None


def _whole_blockquote(source: str, mark: str) -> bool:
    lines = [line for line in source.strip().splitlines() if line.strip()]
    return bool(lines) and lines[0].startswith(mark) and all(x.startswith(">") for x in lines)


def _widget_names(cells: list[dict]) -> set[str]:
    names: set[str] = set()
    for cell in cells:
        if cell["cell_type"] == "code":
            for group in WIDGET_IMPORT_RE.findall("".join(cell["source"])):
                names.update(n.strip() for n in re.split(r"[,()\s]+", group) if n.strip())
    return names


def _code_role(source: str, first: bool, widgets: set[str]) -> str:
    if first:
        return SETUP
    if "kemajuan(" in source:
        return PROGRESS
    if any(call in source for call in PRIVATE_CALLS):
        return PRIVATE
    if EXERCISE_RE.search(source):
        return EXERCISE
    if any(re.search(rf"\b{re.escape(name)}\(", source) for name in widgets):
        return WIDGET
    if any(call in source for call in CHART_CALLS):
        return CHART
    return CODE


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
        return SETUP_NOTE if next_is_setup and "helpers" in cell.source else PREAMBLE
    return TEXT


def read_structure(path: Path) -> NotebookStructure:
    """Parse a notebook file into cells with roles, grouped into '##' sections."""
    raw = json.loads(Path(path).read_text(encoding="utf-8"))["cells"]
    widgets = _widget_names(raw)
    cells = [Cell(i, c["cell_type"], "".join(c["source"])) for i, c in enumerate(raw)]
    first_code = next((c.index for c in cells if c.kind == "code"), None)
    seen_section = False
    for cell in cells:
        if cell.kind == "code":
            cell.role = _code_role(cell.source, cell.index == first_code, widgets)
            continue
        next_is_setup = first_code is not None and cell.index == first_code - 1
        cell.role = _markdown_role(cell, seen_section, next_is_setup)
        seen_section = seen_section or cell.role == SECTION
    title = cells[0].heading if cells and cells[0].role == TITLE else Path(path).stem
    sections = [Section("Pembuka")]
    for cell in cells:
        if cell.role == SECTION:
            sections.append(Section(cell.heading or ""))
        sections[-1].cells.append(cell)
    return NotebookStructure(Path(path), title or Path(path).stem, cells, sections)
