"""The facilitator kit: guide, slides, offline handouts and the API reference.

Run from the project root (``make facilitator``, ``make slides``, ``make handouts``, ``make docs``):

- ``python -m kit.guide``          writes facilitator/panduan-fasilitator.md
- ``python -m kit.slide_metadata`` sets slide metadata on notebook cells from their role tags
- ``python -m kit.build slides``   executes the notebooks and writes reveal.js slides to slides/
- ``python -m kit.build handouts`` executes the notebooks and writes HTML handouts to handouts/
- ``python -m kit.reference``      writes docs/referensi-helpers.md from ``helpers.__all__``

Nothing here is a hand-maintained copy of course content: the list of notebooks, their titles,
indicators and times come from the course manifest (``src/helpers/content/course.yaml``), the
rest from ``notebooks/*.ipynb`` and the exercise bank, each time.
"""

import inspect
import sys
import typing
from pathlib import Path

from helpers.core.manifest import course

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK_DIR = ROOT / "notebooks"


def course_notebooks(folder: Path = NOTEBOOK_DIR) -> list[Path]:
    """The course notebooks in the manifest's order."""
    return [folder / chapter.filename for chapter in course().chapters]


def write_or_check(target: Path, text: str, command: str, check: bool) -> int:
    """Write a generated file, or (``check``) exit status 1 when the committed one is stale."""
    if check:
        current = target.read_text(encoding="utf-8") if target.is_file() else ""
        if current != text:
            print(f"{target} belum mutakhir. Jalankan: {command}", file=sys.stderr)
            return 1
        print(f"{target} mutakhir.")
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    print(f"Ditulis: {target}")
    return 0


def returned_class(obj: object) -> type | None:
    """The class a function (or a cached function) is annotated to return, if any."""
    function = inspect.unwrap(obj) if callable(obj) else obj
    if not inspect.isfunction(function):
        return None
    try:
        returned = typing.get_type_hints(function).get("return")
    except (NameError, TypeError):
        return None
    return returned if inspect.isclass(returned) else None
