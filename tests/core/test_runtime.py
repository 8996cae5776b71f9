"""The kernel's long-lived objects are frozen out of the garbage collector's scans."""

from __future__ import annotations

import subprocess
import sys


def _run(code: str) -> list[str]:
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return shown.stdout.split()


def test_importing_a_name_from_helpers_freezes_what_it_imported():
    before, after = _run(
        "import gc\nprint(gc.get_freeze_count())\nfrom helpers import latihan\n"
        "print(gc.get_freeze_count())"
    )
    assert int(before) == 0 and int(after) > 0


def test_a_second_name_from_an_imported_module_freezes_nothing_more():
    first, second = _run(
        "import gc\nfrom helpers import latihan\nprint(gc.get_freeze_count())\n"
        "junk = [[] for _ in range(1000)]\nfrom helpers import kemajuan\n"
        "print(gc.get_freeze_count())"
    )
    assert first == second


def test_the_first_figure_freezes_plotlys_validator_tables():
    before, after = _run(
        "import gc\nfrom helpers.core.figures import plain_figure\n"
        "gc.unfreeze()\nprint(gc.get_freeze_count())\n"
        "plain_figure([{'type': 'bar', 'x': [1]}], {})\nprint(gc.get_freeze_count())"
    )
    assert int(before) == 0 and int(after) > 0
