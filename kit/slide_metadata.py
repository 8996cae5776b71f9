"""Set reveal.js slide metadata on notebook cells, deterministically, from their structure.

Authors re-run this after editing a notebook (the result depends only on the cells' text):

    python -m kit.slide_metadata notebooks/*.ipynb
    python -m kit.slide_metadata --periksa notebooks/*.ipynb   # check only, exit 1 if stale

Rules: the title cell and every '##' section start a slide; '###' starts a sub-slide; a chart,
a widget, an exercise, or any cell after a chart starts a sub-slide; short text joins the slide
as a fragment; a '> **Untuk fasilitator:**' cell becomes speaker notes; set-up, progress and
per-trainee cells (help, downloads, uploads, saving files) are skipped; short helper calls that
draw a chart, a widget or an exercise keep their output and lose their code (tag
``remove_input``). Nothing else in the notebook changes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat

from kit import course_notebooks
from kit import structure as st

REMOVE_INPUT = "remove_input"
# Words of text that fit on one projected slide before a new sub-slide starts.
WORDS_PER_SLIDE = 110
# Code up to this many lines shows only its output on a slide; longer code is shown because
# it is what the cell teaches (e.g. building one's own chart in 07).
SHORT_CALL_LINES = 3
# A short text cell that only introduces a skipped cell ("see your progress...") is skipped too.
INTRO_WORDS = 30
SKIPPED_ROLES = {st.SETUP, st.SETUP_NOTE, st.PROGRESS, st.PRIVATE}


def _introduces_skipped(cells: list[st.Cell], i: int) -> bool:
    nxt = cells[i + 1] if i + 1 < len(cells) else None
    cell = cells[i]
    return (
        cell.role == st.TEXT
        and cell.words <= INTRO_WORDS
        and nxt is not None
        and nxt.role in (st.PROGRESS, st.PRIVATE)
    )


def slide_plan(structure: st.NotebookStructure) -> list[tuple[str, bool]]:
    """(slide_type, hide_input) for every cell, in order."""
    plan: list[tuple[str, bool]] = []
    words_on_slide = 0
    after_output = False
    cells = structure.cells
    for i, cell in enumerate(cells):
        hide = False
        if cell.role in (st.TITLE, st.SECTION):
            kind, words_on_slide = "slide", cell.words
        elif cell.role in SKIPPED_ROLES or _introduces_skipped(cells, i):
            kind = "skip"
        elif cell.role == st.FACILITATOR:
            kind = "notes"
        elif cell.role == st.PREAMBLE:
            kind, words_on_slide = "-", words_on_slide + cell.words
        elif cell.kind == "code":
            kind, words_on_slide = "subslide", 0
            hide = cell.code_lines <= SHORT_CALL_LINES
        elif (
            cell.role == st.SUBHEADING
            or after_output
            or words_on_slide + cell.words > WORDS_PER_SLIDE
        ):
            kind, words_on_slide = "subslide", cell.words
        else:
            kind, words_on_slide = "fragment", words_on_slide + cell.words
        if kind not in ("skip", "notes"):
            after_output = cell.kind == "code"
        plan.append((kind, hide))
    return plan


def apply_metadata(nb: nbformat.NotebookNode, plan: list[tuple[str, bool]]) -> None:
    """Write the plan into the cells' metadata (other metadata and tags are kept)."""
    for cell, (kind, hide) in zip(nb.cells, plan, strict=True):
        cell.metadata["slideshow"] = {"slide_type": kind}
        tags = [t for t in cell.metadata.get("tags", []) if t != REMOVE_INPUT]
        if hide:
            tags.append(REMOVE_INPUT)
        if tags:
            cell.metadata["tags"] = tags
        else:
            cell.metadata.pop("tags", None)


def updated_text(path: Path) -> str:
    """The notebook file's text with slide metadata set (written as Jupyter writes it)."""
    nb = nbformat.read(path, as_version=4)
    apply_metadata(nb, slide_plan(st.read_structure(path)))
    return nbformat.writes(nb) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Pasang metadata salindia pada sel notebook.")
    parser.add_argument("notebooks", nargs="*", type=Path, help="bawaan: notebooks/*.ipynb")
    parser.add_argument("--periksa", action="store_true", help="hanya periksa, jangan menulis")
    args = parser.parse_args(argv)
    stale = []
    for path in args.notebooks or course_notebooks():
        text = updated_text(path)
        if path.read_text(encoding="utf-8") == text:
            continue
        stale.append(path)
        if not args.periksa:
            path.write_text(text, encoding="utf-8")
            print(f"Metadata salindia diperbarui: {path}")
    if args.periksa and stale:
        names = " ".join(str(p) for p in stale)
        print(f"Metadata salindia belum mutakhir: {names}", file=sys.stderr)
        print(f"Jalankan: python -m kit.slide_metadata {names}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
