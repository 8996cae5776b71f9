"""Set reveal.js slide metadata on notebook cells, deterministically, from their roles.

Authors re-run this after editing a notebook (the result depends only on the cells' text and
role tags):

    python -m kit.slide_metadata notebooks/*.ipynb
    python -m kit.slide_metadata --periksa notebooks/*.ipynb        # check only, exit 1 if stale
    python -m kit.slide_metadata --usulkan notebooks/NN_baru.ipynb  # propose role tags, print
    python -m kit.slide_metadata --pasang-peran notebooks/NN_baru.ipynb  # ... and write them

Role tags (``role:chart``, see kit.structure) are written once per code cell; only cells with
no role tag get a proposal, so an author's correction is never overwritten. The proposal looks
at what a cell calls: ``kemajuan(`` or ``skor(`` is progress; ``help(``, saving, downloads and
uploads are private; ``latihan(`` is an exercise; a call that returns a widget (an ipywidget,
or a helpers class that displays itself as one) is a widget; ``show_chart(`` or ``.show(`` is a
chart; the first code cell is the set-up. Check a proposal before committing it.

Slide rules: the title cell and every '##' section start a slide; '###' starts a sub-slide; a
chart, a widget, an exercise, or any cell after a chart starts a sub-slide; short text joins the
slide as a fragment; a '> **Untuk fasilitator:**' cell becomes speaker notes; set-up, progress
and private cells are skipped; short code that shows a chart, a widget or an exercise keeps its
output and loses its code (tag ``remove_input``). Nothing else in the notebook changes.
"""

from __future__ import annotations

import argparse
import ast
import inspect
import re
import sys
from pathlib import Path

import ipywidgets
import nbformat

from kit import course_notebooks, returned_class
from kit import structure as st

REMOVE_INPUT = "remove_input"
# Words of text that fit on one projected slide before a new sub-slide starts.
WORDS_PER_SLIDE = 110
# Code up to this many lines shows only its output on a slide; longer code is shown because
# it is what the cell teaches (e.g. building one's own chart in 09).
SHORT_CALL_LINES = 3
# A text cell of up to one short paragraph right before a skipped cell only introduces it ("see
# your progress...", how to download one's own work file): skipped too.
INTRO_WORDS = 80
SKIPPED_ROLES = {st.SETUP, st.SETUP_NOTE, st.PROGRESS, st.PRIVATE}
PROGRESS_CALLS = {"kemajuan", "skor"}
PRIVATE_CALL_RE = re.compile(
    r"^(help|to_csv|to_excel)$|download|upload|unduh|unggah|save|simpan", re.I
)
CHART_CALLS = {"show_chart", "show"}


# --- proposing role tags ---------------------------------------------------------------------


def notebook_namespace(sources: list[str]) -> dict[str, object]:
    """The names a notebook imports (only its import statements are run)."""
    imports: list[ast.stmt] = []
    for source in sources:
        imports += [n for n in _parse(source).body if isinstance(n, ast.Import | ast.ImportFrom)]
    namespace: dict[str, object] = {}
    try:
        exec(compile(ast.Module(body=imports, type_ignores=[]), "<imports>", "exec"), namespace)
    except ImportError as error:
        error.add_note("Usulan peran menjalankan impor notebook: perbaiki sel set-up-nya dulu.")
        raise
    return namespace


def _parse(source: str) -> ast.Module:
    try:
        return ast.parse(source)
    except SyntaxError:  # IPython magics: such a cell calls nothing the kit recognises
        return ast.Module(body=[], type_ignores=[])


def _dotted(node: ast.expr) -> list[str]:
    """['helpers', 'charts', 'f'] for ``helpers.charts.f``; [] for anything else."""
    if isinstance(node, ast.Name):
        return [node.id]
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return [*base, node.attr] if base else [node.attr]
    return []


def _resolve(path: list[str], namespace: dict[str, object]) -> object | None:
    obj = namespace.get(path[0]) if path else None
    for name in path[1:]:
        obj = getattr(obj, name, None)
    return obj


def _shows_itself(cls: type) -> bool:
    """An ipywidget, or a helpers class displayed as the widget it holds."""
    from_helpers = cls.__module__.split(".")[0] == "helpers"
    return issubclass(cls, ipywidgets.Widget) or (
        from_helpers and hasattr(cls, "_repr_mimebundle_")
    )


def makes_widget(obj: object) -> bool:
    """A class whose instances are widgets, or a function annotated to return one.

    >>> makes_widget(ipywidgets.IntSlider), makes_widget(len)
    (True, False)
    """
    if inspect.isclass(obj):
        return _shows_itself(obj)
    returned = returned_class(obj)
    return returned is not None and _shows_itself(returned)


def propose_role(source: str, first: bool, namespace: dict[str, object]) -> str:
    """The role today's call patterns suggest for one code cell.

    >>> propose_role('latihan("mulai-1").tampilkan()', False, {})
    'exercise'
    >>> propose_role("show_chart(gambar)", False, {})
    'chart'
    """
    if first:
        return st.SETUP
    calls = [_dotted(n.func) for n in ast.walk(_parse(source)) if isinstance(n, ast.Call)]
    names = {path[-1] for path in calls if path}
    if names & PROGRESS_CALLS:
        return st.PROGRESS
    if any(PRIVATE_CALL_RE.search(name) for name in names):
        return st.PRIVATE
    if st.EXERCISE_RE.search(source):
        return st.EXERCISE
    if any(makes_widget(_resolve(path, namespace)) for path in calls):
        return st.WIDGET
    return st.CHART if names & CHART_CALLS else st.CODE


def proposed_roles(nb: nbformat.NotebookNode) -> dict[int, str]:
    """{cell index: proposed role} for the code cells that have no role tag yet."""
    code = [(i, c) for i, c in enumerate(nb.cells) if c.cell_type == "code"]
    namespace = notebook_namespace([c.source for _, c in code])
    first = code[0][0] if code else None
    return {
        i: propose_role(cell.source, i == first, namespace)
        for i, cell in code
        if st.tagged_role(cell.metadata.get("tags", [])) is None
    }


def apply_roles(nb: nbformat.NotebookNode, roles: dict[int, str]) -> None:
    """Add the role tags (other tags are kept)."""
    for index, role in roles.items():
        cell = nb.cells[index]
        cell.metadata["tags"] = [*cell.metadata.get("tags", []), st.role_tag(role)]


# --- slide metadata from the roles -----------------------------------------------------------


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


def updated_text(path: Path, add_roles: bool = False) -> str:
    """The notebook file's text with slide metadata set (written as Jupyter writes it).

    With ``add_roles``, code cells without a role tag first get the proposed one.
    """
    nb = nbformat.read(path, as_version=4)
    if add_roles:
        apply_roles(nb, proposed_roles(nb))
    apply_metadata(nb, slide_plan(st.structure_of(nb.cells, path)))
    return nbformat.writes(nb) + "\n"


def _print_proposals(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    for index, role in proposed_roles(nb).items():
        first_line = nb.cells[index].source.strip().splitlines()[0][:60]
        print(f"{path.name} sel {index}: {st.role_tag(role)}  {first_line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Pasang metadata salindia pada sel notebook.")
    parser.add_argument("notebooks", nargs="*", type=Path, help="bawaan: semua notebook kursus")
    parser.add_argument("--periksa", action="store_true", help="hanya periksa, jangan menulis")
    parser.add_argument("--usulkan", action="store_true", help="tampilkan usulan tag peran saja")
    parser.add_argument(
        "--pasang-peran", action="store_true", help="tulis usulan tag peran pada sel tanpa tag"
    )
    args = parser.parse_args(argv)
    paths = args.notebooks or course_notebooks()
    if args.usulkan:
        for path in paths:
            _print_proposals(path)
        return 0
    try:
        stale = [p for p in paths if _refresh(p, args.pasang_peran, write=not args.periksa)]
    except st.RoleError as error:
        print(error, file=sys.stderr)
        return 1
    if args.periksa and stale:
        names = " ".join(str(p) for p in stale)
        print(f"Metadata salindia belum mutakhir: {names}", file=sys.stderr)
        print(f"Jalankan: python -m kit.slide_metadata {names}", file=sys.stderr)
        return 1
    return 0


def _refresh(path: Path, add_roles: bool, write: bool) -> bool:
    """Whether the notebook's metadata was stale (and, with ``write``, rewrite it)."""
    text = updated_text(path, add_roles)
    if path.read_text(encoding="utf-8") == text:
        return False
    if write:
        path.write_text(text, encoding="utf-8")
        print(f"Metadata salindia diperbarui: {path}")
    return True


if __name__ == "__main__":
    sys.exit(main())
