"""Keyboard only: one exercise of each type answered and checked without the mouse.

Notebooks 04 and 03 together have an exercise of every type (04: all but urutkan). Each is
opened in JupyterLab and run through the Run menu, as in ``test_jupyterlab.py``; from then on
the test uses Playwright's keyboard only: no click, check, fill or select_option. For each
exercise the focus is put on the exercise's box (as a screen reader's "next region" would)
and from there it moves with Tab and Shift+Tab; radio buttons (choices, groups, positions)
and check boxes are chosen with Space, text is typed, and the check button is pressed with
Enter or Space. After each step the test asserts where the focus is (a row of buttons by its
item), and at the end that the feedback appears, with the verdict the exercise gives for the
answer those keys mean (so the keys reached the widgets, not just the button).

Menus are not used: in JupyterLab's command mode a closed <select> loses its arrow and letter
keys to the notebook's shortcuts (ipywidgets#3912; ArrowDown moves to the next cell, "2" would
turn a cell into a heading), which this test found in the exercise menus.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

import nbformat
import pytest
from playwright.sync_api import BrowserContext, Page

from helpers.core.text import LETTERS
from helpers.exercises.bank import default_bank
from helpers.exercises.kinds import KINDS, Exercise
from tests.browser.jupyterlab_harness import LabServer, notebook_source_dir, shutdown_sessions
from tests.browser.test_jupyterlab import Expected, _open_notebook, _run_all, _wait_idle

NOTEBOOKS = ("04_kondisi_pelayanan_publik.ipynb", "03_kontinum_kelembagaan.ipynb")
CHECK_LABEL = "Periksa jawaban"
FEEDBACK_TIMEOUT_MS = 20_000
RENDER_POLLS = 90  # every 0.5 s
MAX_TABS = 12  # bound on Tab presses to reach one control

# Marks the widget output of each exercise with data-wog-exercise="<id>"; returns the ids.
MARK_EXERCISES_JS = """
() => [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output')]
  .flatMap((output) => {
    const match = output.textContent.match(/Latihan ([a-z]+-\\d+) ·/);
    if (!match || output.querySelector('[data-wog-exercise]')) return [];
    const box = output.querySelector('.widget-vbox');
    box.setAttribute('data-wog-exercise', match[1]);
    box.setAttribute('tabindex', '-1');
    return [match[1]];
  })
"""

# What has the focus: its kind, label, value and state, and the exercise it belongs to.
ACTIVE_JS = """
() => {
  const e = document.activeElement;
  const label = e.id ? document.querySelector(`label[for="${CSS.escape(e.id)}"]`) : null;
  return {
    tag: e.tagName.toLowerCase(),
    type: (e.getAttribute('type') || '').toLowerCase(),
    text: (e.innerText || '').trim(),
    label: (label?.textContent || e.closest('label')?.textContent || '').trim(),
    value: e.value ?? '',
    checked: !!e.checked,
    // a row's item is the cell just before its radio buttons
    row: e.type === 'radio'
      ? (e.closest('.widget-radio')?.previousElementSibling?.textContent || '').trim() : '',
    exercise: e.closest('[data-wog-exercise]')?.dataset.wogExercise ?? '',
  };
}
"""


def _active(page: Page) -> dict:
    return page.evaluate(ACTIVE_JS)


def _start(page: Page, exercise: str) -> None:
    """Put the focus on the exercise's box (not a control: the first Tab reaches one)."""
    box = page.locator(f'[data-wog-exercise="{exercise}"]')
    box.scroll_into_view_if_needed()
    box.focus()
    assert _active(page)["exercise"] == exercise


def _tab(page: Page, exercise: str, back: bool = False) -> dict:
    """One Tab (or Shift+Tab); the focus must stay in the exercise."""
    page.keyboard.press("Shift+Tab" if back else "Tab")
    active = _active(page)
    assert active["exercise"] == exercise, f"{exercise}: Tab left the exercise: {active}"
    return active


def _tab_to(page: Page, exercise: str, wanted, what: str) -> dict:
    """Tab until ``wanted(active)`` holds (at most MAX_TABS presses)."""
    for _ in range(MAX_TABS):
        active = _tab(page, exercise)
        if wanted(active):
            return active
    raise AssertionError(f"{exercise}: {what} not reached with {MAX_TABS} Tabs: {active}")


def _is_check_button(active: dict, label: str = CHECK_LABEL) -> bool:
    return active["tag"] == "button" and active["text"] == label


def _press_check(page: Page, exercise: str, key: str, label: str) -> str:
    """Tab to the check button, press it with ``key``; return the feedback's verdict class."""
    _tab_to(page, exercise, lambda a: _is_check_button(a, label), f"the {label!r} button")
    page.keyboard.press(key)
    feedback = page.locator(f'[data-wog-exercise="{exercise}"] .wog-feedback')
    feedback.first.wait_for(timeout=FEEDBACK_TIMEOUT_MS)
    classes = feedback.first.get_attribute("class") or ""
    return re.sub(r"\bwog-feedback\b", "", classes).strip()


def _choose_in_row(page: Page, exercise: str, item: str, options: list[str], index: int) -> None:
    """Tab on to the first radio button of the row of ``item`` (past the rest of the row
    before), Tab ``index`` more times within the row, Space: ``options[index]`` is chosen."""
    active = _tab_to(page, exercise, lambda a: item in a["row"], f"the row of {item!r}")
    assert (active["type"], active["label"]) == ("radio", options[0]), (exercise, item, active)
    for _ in range(index):
        active = _tab(page, exercise)
        assert item in active["row"], (exercise, item, active)
    page.keyboard.press("Space")
    assert _radio(page) == (options[index], True), (exercise, item)


def _radio(page: Page) -> tuple[str, bool]:
    active = _active(page)
    assert active["type"] == "radio", active
    return active["label"], active["checked"]


def choice_by_keyboard(page: Page, ex: Exercise) -> tuple[object, str]:
    """pilihan_ganda: Tab to radio A, Space; Tab to B, Space (A is cleared); Shift+Tab back to
    A, Space; Tab on to the button, Shift+Tab back to the last radio and Tab again; Enter.

    ipywidgets' radio buttons carry no shared ``name``, so each is a Tab stop of its own and
    the arrow keys do not move between them (JupyterLab's command mode takes them)."""
    last = LETTERS[len(ex.pilihan) - 1]
    _tab_to(page, ex.id, lambda a: a["type"] == "radio", "a radio button")
    assert _radio(page) == ("A", False)
    page.keyboard.press("Space")
    assert _radio(page) == ("A", True)
    _tab(page, ex.id)
    page.keyboard.press("Space")
    assert _radio(page) == ("B", True)
    _tab(page, ex.id, back=True)
    assert _radio(page) == ("A", False)
    page.keyboard.press("Space")
    assert _radio(page) == ("A", True)
    _tab_to(page, ex.id, _is_check_button, "the check button")
    _tab(page, ex.id, back=True)
    assert _radio(page) == (last, False)
    return "A", "Enter"


def multiple_by_keyboard(page: Page, ex: Exercise) -> tuple[object, str]:
    """pilihan_jamak: Tab through every check box, Space on A and C; Space on the button."""
    for letter in LETTERS[: len(ex.pilihan)]:
        active = _tab_to(page, ex.id, lambda a: a["type"] == "checkbox", f"check box {letter}")
        assert active["label"] == letter, active
        if letter in "AC":
            page.keyboard.press("Space")
            assert _active(page)["checked"], letter
    return [ex.pilihan[0], ex.pilihan[2]], "Space"


def number_by_keyboard(page: Page, ex: Exercise) -> tuple[object, str]:
    """angka: Tab to the text field, type a number with a decimal comma; Enter on the button."""
    _tab_to(page, ex.id, lambda a: a["tag"] == "input" and a["type"] == "text", "the field")
    page.keyboard.type(TYPED_NUMBER)
    assert _active(page)["value"] == TYPED_NUMBER
    return TYPED_NUMBER, "Enter"


def order_by_keyboard(page: Page, ex: Exercise) -> tuple[object, str]:
    """urutkan: each item's row of position buttons (named after the item) in turn: Tab to
    position 1, Tab on to the item's position (1, 2, 3, ... in the bank's order), Space;
    Enter on the button."""
    positions = [str(n) for n in range(1, len(ex.butir) + 1)]
    for position, item in enumerate(ex.butir, start=1):
        _choose_in_row(page, ex.id, item, positions, position - 1)
    return {item: n for n, item in enumerate(ex.butir, start=1)}, "Enter"


def classify_by_keyboard(page: Page, ex: Exercise) -> tuple[object, str]:
    """kelompokkan: each item's row of group buttons (named after the item) in turn: Tab to
    the first group, Tab on to the item's group (first, second, ... in turn), Space; Space on
    the button."""
    groups = ex.kategori
    for k, item in enumerate(ex.butir):
        _choose_in_row(page, ex.id, item, list(groups), k % len(groups))
    return {item: groups[k % len(groups)] for k, item in enumerate(ex.butir)}, "Space"


def reflection_by_keyboard(page: Page, ex: Exercise) -> tuple[object, str]:
    """refleksi: Tab to the text area (named 'Refleksi Anda'), type two sentences; Enter on
    'Tampilkan bahan diskusi'."""
    active = _tab_to(page, ex.id, lambda a: a["tag"] == "textarea", "the text area")
    assert active["label"] == "Refleksi Anda", active
    page.keyboard.type(REFLECTION)
    assert _active(page)["value"] == REFLECTION
    return REFLECTION, "Enter"


TYPED_NUMBER = "12,5"
REFLECTION = "Warga harus datang berkali-kali ke dua kantor. Saya akan melapor kepada atasan."
BY_KEYBOARD = {
    "pilihan_ganda": choice_by_keyboard,
    "pilihan_jamak": multiple_by_keyboard,
    "angka": number_by_keyboard,
    "urutkan": order_by_keyboard,
    "kelompokkan": classify_by_keyboard,
    "refleksi": reflection_by_keyboard,
}


def chosen_exercises() -> dict[str, list[Exercise]]:
    """Per notebook, the first exercise of each kind not already taken from an earlier one."""
    exercises = default_bank().exercises()
    chosen: dict[str, list[Exercise]] = {}
    for notebook in NOTEBOOKS:
        stem = Path(notebook).stem
        taken = {ex.jenis for picked in chosen.values() for ex in picked}
        for ex in exercises:
            if ex.notebook == stem and ex.jenis not in taken:
                chosen.setdefault(notebook, []).append(ex)
                taken.add(ex.jenis)
    return chosen


def test_the_chosen_notebooks_have_every_kind_and_every_kind_a_keyboard_path():
    kinds = {ex.jenis for picked in chosen_exercises().values() for ex in picked}
    assert kinds == set(KINDS) == set(BY_KEYBOARD)


def _run_notebook(page: Page, server: LabServer, name: str) -> None:
    """Open ``name`` in JupyterLab and run it (Run > Run All Cells, with the mouse)."""
    nb = nbformat.read(notebook_source_dir() / name, as_version=4)
    numbered = sum(1 for c in nb.cells if c.cell_type == "code" and c.source.strip())
    _open_notebook(page, server, name)
    _run_all(page, Expected(numbered_cells=numbered, cells=len(nb.cells)))


def _mark(page: Page, wanted: set[str]) -> set[str]:
    """Mark the exercises' boxes; wait (bounded) until all of ``wanted`` are drawn."""
    marked: set[str] = set()
    for _ in range(RENDER_POLLS):
        marked |= set(page.evaluate(MARK_EXERCISES_JS))
        if wanted <= marked:
            break
        page.wait_for_timeout(500)
    return wanted - marked


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[Path(n).stem for n in NOTEBOOKS])
def test_one_exercise_of_each_type_by_keyboard_alone(
    notebook: str, browser_context: BrowserContext, lab_server: LabServer, artifacts_dir: Path
):
    exercises = chosen_exercises().get(notebook, [])
    assert exercises, f"{notebook}: no exercise left to answer by keyboard"
    page = browser_context.new_page()
    try:
        _run_notebook(page, lab_server, notebook)
        missing = _mark(page, {ex.id for ex in exercises})
        assert not missing, f"exercises not shown in {notebook}: {missing}"
        verdicts, expected = {}, {}
        for ex in exercises:
            _start(page, ex.id)
            meant, key = BY_KEYBOARD[ex.jenis](page, ex)
            verdicts[ex.jenis] = _press_check(page, ex.id, key, ex.check_label)
            expected[ex.jenis] = f"wog-{ex.check(meant).status}"
            _wait_idle(page)
        assert verdicts == expected
        assert not {"wog-belum_dijawab", "wog-tidak_valid"} & set(verdicts.values())
    finally:
        with contextlib.suppress(Exception):
            shot = artifacts_dir / f"keyboard-{Path(notebook).stem}.png"
            page.screenshot(path=str(shot), full_page=True)
        try:
            shutdown_sessions(lab_server, notebook)
        finally:
            page.close()
