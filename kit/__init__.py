"""The facilitator kit: guide, slides and offline handouts, generated from the notebooks.

Run from the project root (``make facilitator``, ``make slides``, ``make handouts``):

- ``python -m kit.guide``          writes facilitator/panduan-fasilitator.md
- ``python -m kit.slide_metadata`` sets slide metadata on notebook cells (authors re-run it)
- ``python -m kit.build slides``   executes the notebooks and writes reveal.js slides to slides/
- ``python -m kit.build handouts`` executes the notebooks and writes HTML handouts to handouts/

Nothing here is a hand-maintained copy of course content: everything is read from
``notebooks/*.ipynb`` and ``src/helpers/exercise_bank/*.yaml`` each time.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK_DIR = ROOT / "notebooks"


def course_notebooks(folder: Path = NOTEBOOK_DIR) -> list[Path]:
    """The course notebooks in file order (``NN_name.ipynb``)."""
    return sorted(folder.glob("[0-9][0-9]_*.ipynb"))
