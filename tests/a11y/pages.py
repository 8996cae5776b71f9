"""Walk the generated pages for the axe check: each handout, and each slide of each deck."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from playwright.sync_api import Page

from tests.a11y.axe import Violation, violations

# Every slide, horizontal and vertical: the indices Reveal gives each <section> without children.
SLIDE_INDICES = """() => Reveal.getSlides().map(s => { const i = Reveal.getIndices(s);
  return [i.h, i.v || 0]; })"""


# The cells of the course's prose tables (helpers.core.tables) and those not laid out as prose
# (left, top, wrapped): JupyterLab's own CSS right-aligns output tables.
PROSE_TABLE_CELLS = """() => {
  const cells = [...document.querySelectorAll('table.wog-tabel th, table.wog-tabel td')];
  const wrong = cells.filter(c => { const s = getComputedStyle(c);
    return s.textAlign !== 'left' || s.verticalAlign !== 'top' || s.whiteSpace !== 'normal'; });
  return [cells.length, wrong.map(c => c.textContent.trim().slice(0, 40))];
}"""


def prose_table_cells(page: Page) -> tuple[int, list[str]]:
    """How many prose-table cells the page shows, and the text of those not left and top."""
    count, wrong = page.evaluate(PROSE_TABLE_CELLS)
    return count, wrong


def handout_violations(page: Page, path: Path) -> list[Violation]:
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return violations(page)


def slide_violations(page: Page, path: Path) -> Iterator[tuple[str, list[Violation]]]:
    """For each slide of the deck at ``path``: its label (h/v) and its violations."""
    page.goto(path.as_uri())
    page.wait_for_function("window.Reveal && Reveal.isReady()", timeout=30_000)
    # No transition: a slide caught mid-fade would read as low contrast.
    page.evaluate("Reveal.configure({transition: 'none', backgroundTransition: 'none'})")
    for h, v in page.evaluate(SLIDE_INDICES):
        page.evaluate(f"Reveal.slide({h}, {v})")
        page.wait_for_timeout(100)
        yield f"{path.name}#/{h}/{v}", violations(page)
