"""Runs INSIDE a kernel: builds each interactive widget and times value change -> new figure.

Imported by the kernel that :mod:`bench.widget_timing` starts (the bench folder is put on the
kernel's ``sys.path``). Uses only the course's own stack. Each widget is described by a
:class:`WidgetSpec`; a spec whose module is not there yet is reported as skipped, not failed.

Every interactive chart is a ``helpers.core.explorer.ChartExplorer``: its ``figure`` and
``controls`` are what is measured. Changes go round-robin over the controls; each change moves
one control to its next option (selections) or next step (sliders), wrapping around.
"""

from __future__ import annotations

import cProfile
import importlib
import io
import pstats
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class WidgetSpec:
    label: str
    module: str
    build: Callable[[object], object]  # module -> a ChartExplorer


SPECS = (
    WidgetSpec(
        "RegulationExplorer",
        "helpers.chapters.pelayanan",
        lambda m: m.RegulationExplorer(m.read_regulations()),
    ),
    WidgetSpec(
        "ContinuumExplorer",
        "helpers.chapters.kontinum",
        lambda m: m.ContinuumExplorer(m.read_perry6_continuum()),
    ),
    WidgetSpec(
        "SpanOfControlSimulator", "helpers.chapters.praktik", lambda m: m.SpanOfControlSimulator()
    ),
    WidgetSpec(
        "ScopeSelector", "helpers.chapters.konsep", lambda m: m.ScopeSelector(m.example_sectors())
    ),
    WidgetSpec("IndicatorMap", "helpers.chapters.pendahuluan", lambda m: m.IndicatorMap()),
)


def _controls(obj) -> list:
    """The explorer's controls (every interactive chart is a ChartExplorer)."""
    return list(obj.controls)


def _next_value(control):
    if hasattr(control, "options") and hasattr(control, "index"):
        options = list(control.options)
        if not options:
            return None
        index = control.index if isinstance(control.index, int) else -1
        option = options[(index + 1) % len(options)]
        return option[1] if isinstance(option, tuple) else option
    if hasattr(control, "min") and hasattr(control, "max"):
        step = getattr(control, "step", 1) or 1
        value = control.value + step
        return control.min if value > control.max else value
    if isinstance(control.value, bool):
        return not control.value
    return None


def _fingerprint(figure) -> str:
    from plotly.io.json import to_json_plotly

    return to_json_plotly(figure.to_dict())


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    pos = (len(ordered) - 1) * q
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def measure(spec: WidgetSpec, changes: int = 50, profile: bool = True) -> dict:
    """Time ``changes`` value changes of one widget; figures in milliseconds."""
    try:
        module = importlib.import_module(spec.module)
    except ModuleNotFoundError as error:
        return {"widget": spec.label, "skipped": f"{spec.module} not importable ({error.name})"}
    started = time.perf_counter()
    try:
        obj = spec.build(module)
        controls = _controls(obj)
    except Exception as error:  # report, never crash the whole benchmark
        return {"widget": spec.label, "skipped": f"cannot build: {type(error).__name__}: {error}"}
    build_ms = (time.perf_counter() - started) * 1000
    times, unchanged = [], 0
    for i in range(changes):
        control = controls[i % len(controls)]
        new = _next_value(control)
        before = _fingerprint(obj.figure)  # the figure is brought up to date when read
        t0 = time.perf_counter()
        control.value = new
        times.append((time.perf_counter() - t0) * 1000)
        if _fingerprint(obj.figure) == before:
            unchanged += 1
    result = {
        "widget": spec.label,
        "module": spec.module,
        "class": type(obj).__name__,
        "controls": ", ".join(type(c).__name__ for c in controls),
        "changes": changes,
        "unchanged": unchanged,
        "build_ms": build_ms,
        "median_ms": statistics.median(times),
        "p95_ms": _percentile(times, 0.95),
        "max_ms": max(times),
        "first_ms": times[0],
    }
    if profile:
        result["profile"] = _profile(controls, min(changes, 20))
    return result


def _profile(controls, changes: int) -> str:
    """The top functions by cumulative time over ``changes`` further value changes."""
    profiler = cProfile.Profile()
    for i in range(changes):
        control = controls[i % len(controls)]
        new = _next_value(control)
        profiler.enable()
        control.value = new
        profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(r"helpers|plotly|ipywidgets|traitlets", 14)
    return out.getvalue()


def run_all(changes: int = 50, profile: bool = True) -> list[dict]:
    return [measure(spec, changes, profile) for spec in SPECS]
