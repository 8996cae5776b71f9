"""Keeping the kernel's long-lived objects out of the garbage collector's way.

After a notebook's first cells a course kernel holds over a hundred thousand objects that live
as long as it does: the modules of pandas, plotly, IPython and helpers, and plotly's validator
tables. Python's cycle collector scans every one of them at each full collection: a pause of
60-90 ms on a 2-core machine, felt as a cell or a slider that sticks, and paid once more when
the kernel shuts down. :func:`freeze_long_lived` moves the objects alive now out of its sight.
"""

from __future__ import annotations

import gc


def freeze_long_lived() -> None:
    """Leave the objects alive now out of every later garbage collection (``gc.freeze``).

    They are still freed when nothing refers to them (reference counting); only a cycle among
    them would no longer be found. Cheap (it moves one list), so safe to call after each import.

    Example:
        >>> before = gc.get_freeze_count()
        >>> freeze_long_lived()
        >>> gc.get_freeze_count() >= before
        True
    """
    gc.freeze()
