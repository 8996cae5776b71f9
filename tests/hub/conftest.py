"""The hub smoke test drives the hub with the class benchmark's own driver (bench/class_hub.py).

bench/ is a folder of scripts, not a package: its modules import each other by name, so the
folder goes at the end of sys.path here, once, before the test module imports them.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
if str(BENCH) not in sys.path:
    sys.path.append(str(BENCH))  # last: its generic names (run, kernels) shadow nothing
