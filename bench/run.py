"""Benchmark what trainees and CI wait for, against the floor measured in the same run.

Run with ``make bench`` (or ``.venv/bin/python bench/run.py --help``). See bench/README.md.
"""

from __future__ import annotations

import argparse
import compileall
import csv
import os
import platform
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path

import browser
import envsize
import kernels

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
NOTEBOOK_TARGET = 1.3
COLLECTION_TARGET = 1.3
WIDGET_MEDIAN_MS = 30.0
WIDGET_P95_MS = 30.0
ENV_TARGET = 1.1
WS_TARGET_BYTES = 1_000_000


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--floor-runs", type=int, default=5, help="floor runs (default 5)")
    parser.add_argument(
        "--notebook-runs", type=int, default=3, help="runs of each notebook (default 3)"
    )
    parser.add_argument(
        "--widget-changes", type=int, default=50, help="value changes per widget (default 50)"
    )
    parser.add_argument(
        "--notebooks", default="*.ipynb", help="glob under notebooks/ (default *.ipynb)"
    )
    parser.add_argument(
        "--browser-runs", type=int, default=1, help="browser rounds, floor included (default 1)"
    )
    parser.add_argument(
        "--repaints", type=int, default=6, help="repaints timed per chart explorer (default 6)"
    )
    parser.add_argument("--no-browser", action="store_true", help="skip the browser side")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a quick look: 2 floor runs, 1 notebook run, 10 changes, no import breakdown",
    )
    parser.add_argument("--no-notebooks", action="store_true", help="skip the notebook runs")
    parser.add_argument("--no-widgets", action="store_true", help="skip the widget timings")
    parser.add_argument(
        "--no-importtime", action="store_true", help="skip the import-time breakdown"
    )
    parser.add_argument(
        "--no-bare-build",
        action="store_true",
        help="do not build the bare-stack venv if it is not cached (its row is then skipped)",
    )
    parser.add_argument(
        "--rebuild-bare", action="store_true", help="rebuild the cached bare-stack venv"
    )
    parser.add_argument("--csv", type=Path, help="CSV path (default bench/results/<time>.csv)")
    args = parser.parse_args(argv)
    if args.quick:
        args.floor_runs, args.notebook_runs, args.widget_changes = 2, 1, 10
        args.repaints = 3
        args.no_importtime = True
    return args


class Report:
    """Rows for the terminal table and the CSV."""

    def __init__(self) -> None:
        self.rows: list[dict] = []

    def add(self, section, item, value, unit, ratio=None, target="", ok=None, note=""):
        status = "" if ok is None else ("OK" if ok else "MISSED")
        self.rows.append(
            {
                "section": section,
                "item": item,
                "value": value,
                "unit": unit,
                "ratio": ratio,
                "target": target,
                "status": status,
                "note": note,
            }
        )

    def print_table(self) -> None:
        head = ("Section", "Item", "Value", "Ratio", "Target", "Status", "Note")
        lines = [
            (
                r["section"],
                r["item"],
                _fmt(r["value"], r["unit"]),
                "" if r["ratio"] is None else f"{r['ratio']:.2f}x",
                r["target"],
                r["status"],
                r["note"],
            )
            for r in self.rows
        ]
        widths = [max(len(str(x)) for x in col) for col in zip(head, *lines, strict=True)]
        widths[-1] = min(widths[-1], 60)
        rule = "  ".join("-" * w for w in widths)
        print(rule)
        print("  ".join(str(h).ljust(w) for h, w in zip(head, widths, strict=True)))
        print(rule)
        for line in lines:
            print("  ".join(str(c).ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())
        print(rule)

    def write_csv(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(self.rows[0]))
            writer.writeheader()
            for row in self.rows:
                writer.writerow(
                    {**row, "ratio": "" if row["ratio"] is None else f"{row['ratio']:.4f}"}
                )


def _fmt(value, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "bytes":
        return f"{value / 1e6:.1f} MB" if value >= 1e6 else f"{value / 1e3:.1f} kB"
    return f"{value} {unit}".strip()


def _load() -> str:
    try:
        return f"{os.getloadavg()[0]:.2f}"
    except OSError:
        return "?"


def _median(values: list[float]) -> float | None:
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def measure_kernels(args, report: Report, notebooks: list[Path]) -> dict:
    """Floor and notebooks, interleaved round by round so machine noise hits both alike."""
    floors: list[dict] = []
    ready: list[float] = []
    per_notebook: dict[str, list[dict]] = (
        {} if args.no_notebooks else {p.name: [] for p in notebooks}
    )
    collection: list[float] = []
    rounds = max(args.floor_runs, 0 if args.no_notebooks else args.notebook_runs)
    for r in range(rounds):
        if r < args.floor_runs:
            floors.append(kernels.floor_once())
            ready.append(kernels.kernel_ready_once())
            print(f"  round {r + 1}: floor {floors[-1]['seconds']:.2f} s", flush=True)
        if args.no_notebooks or r >= args.notebook_runs or not notebooks:
            continue
        started = time.perf_counter()
        for path in notebooks:
            result = kernels.notebook_once(path)
            per_notebook[path.name].append(result)
            shown = "error" if result["seconds"] is None else f"{result['seconds']:.2f} s"
            print(f"  round {r + 1}: {path.name} {shown}", flush=True)
        collection.append(time.perf_counter() - started)

    floor = _median([f["seconds"] for f in floors])
    floor_shutdown = _median([f["shutdown_seconds"] for f in floors])
    report.add("floor", "kernel ready (no imports)", _median(ready), "s", note=f"n={len(ready)}")
    report.add(
        "floor",
        "floor: kernel + import pandas, plotly, ipywidgets",
        floor,
        "s",
        note=f"n={len(floors)}, via nbclient incl. shutdown ({_fmt(floor_shutdown, 's')})",
    )
    missed = []
    for name, results in per_notebook.items():
        seconds = _median([r["seconds"] for r in results])
        errors = [r["error"] for r in results if r.get("error")]
        if seconds is None:
            report.add("notebook", name, None, "s", note=f"FAILED: {errors[0] if errors else ''}")
            continue
        ratio = seconds / floor
        ok = ratio <= NOTEBOOK_TARGET
        ran = sorted((r for r in results if r["seconds"] is not None), key=lambda r: r["seconds"])
        slow = ran[len(ran) // 2]  # the slowest cell of the median run
        note = (
            f"cells {_median([r.get('cells_seconds') for r in results]):.2f} s; shutdown "
            f"{_median([r.get('shutdown_seconds') for r in results]):.2f} s; slowest "
            f"{slow['slowest_cell_seconds']:.2f} s: {slow['slowest_cell']}"
        )
        if errors:
            note = f"{len(errors)} run(s) failed; " + note
        report.add("notebook", name, seconds, "s", ratio, f"<= {NOTEBOOK_TARGET}x floor", ok, note)
        if not ok:
            missed.append(name)
    if collection:
        total = _median(collection)
        ratio = total / (len(notebooks) * floor)
        ok = ratio <= COLLECTION_TARGET
        report.add(
            "collection",
            f"all {len(notebooks)} notebooks, one after another",
            total,
            "s",
            ratio,
            f"<= {COLLECTION_TARGET}x (n x floor)",
            ok,
            f"n x floor = {len(notebooks) * floor:.2f} s",
        )
        if not ok:
            missed.append("collection")
    if floor is not None:
        _add_without_shutdown(report, per_notebook, floor - floor_shutdown)
    return missed


def _add_without_shutdown(report: Report, per_notebook: dict, floor: float) -> None:
    """The notebooks against the floor with each kernel's shutdown left out on both sides:
    up to the last cell, what a trainee waits for (a kernel is not shut down after Run All)."""
    medians = [
        _median([r["seconds"] - r["shutdown_seconds"] for r in runs if r["seconds"] is not None])
        for runs in per_notebook.values()
    ]
    if not medians or None in medians:
        return
    ratios = [m / floor for m in medians]
    report.add(
        "collection",
        "sum of notebooks, kernel shutdown left out",
        sum(medians),
        "s",
        sum(medians) / (len(medians) * floor),
        note=f"floor without it {floor:.2f} s; notebooks {min(ratios):.2f}-{max(ratios):.2f}x",
    )


def measure_widgets(args, report: Report) -> list[dict]:
    results = kernels.widget_timings(args.widget_changes)
    missed = []
    for result in results:
        if "skipped" in result:
            print(f"  note: widget {result['widget']} skipped: {result['skipped']}")
            report.add("widget", result["widget"], None, "ms", note=f"skipped: {result['skipped']}")
            continue
        note = (
            f"{result['changes']} changes of {result['controls']}; "
            f"build {result['build_ms']:.0f} ms; max {result['max_ms']:.0f} ms"
        )
        if result["unchanged"]:
            note += f"; {result['unchanged']} change(s) left the figure's data unchanged"
        ok_median = result["median_ms"] <= WIDGET_MEDIAN_MS
        ok_p95 = result["p95_ms"] <= WIDGET_P95_MS
        name = result["widget"]
        report.add(
            "widget", f"{name} median", result["median_ms"], "ms", None,
            f"<= {WIDGET_MEDIAN_MS:.0f} ms", ok_median, note,
        )  # fmt: skip
        report.add(
            "widget", f"{name} p95", result["p95_ms"], "ms", None,
            f"<= {WIDGET_P95_MS:.0f} ms", ok_p95,
        )  # fmt: skip
        if not (ok_median and ok_p95):
            missed.append(result)
    return missed


def measure_browser(args, report: Report, notebooks: list[Path]) -> None:
    """JupyterLab in headless Chromium: Run All -> idle, websocket bytes, repaints."""
    runs = browser.measure(notebooks, args.browser_runs, args.repaints)
    floor = browser.summary(runs.pop(browser.FLOOR_NAME))
    base = floor["seconds"]
    report.add(
        "browser", "floor: open (kernel start) + Run All, one import cell", base, "s",
        note=f"Run All -> idle {_fmt(floor['run_seconds'], 's')}; "
        f"ws {_fmt(floor['ws_bytes'], 'bytes')}; n={args.browser_runs}",
    )  # fmt: skip
    total = 0.0
    for name, results in runs.items():
        row = browser.summary(results)
        if row["seconds"] is None or base is None:
            report.add("browser", name, None, "s", note=f"FAILED: {row['errors'][:1]}")
            continue
        total += row["seconds"]
        ok = row["ws_bytes"] <= WS_TARGET_BYTES and row["plotly_copies"] == 0
        note = (
            f"Run All -> idle {row['run_seconds']:.2f} s (floor {floor['run_seconds']:.2f} s); "
            f"open {row['open_seconds']:.2f} s; plotly.js copies {row['plotly_copies']}"
        )
        report.add("browser", name, row["seconds"], "s", row["seconds"] / base, "", None, note)
        report.add(
            "browser", f"{name} websocket", row["ws_bytes"], "bytes", None,
            "<= 1 MB, 0 plotly.js", ok,
        )  # fmt: skip
        if row["repaints_ms"]:
            times = row["repaints_ms"]
            report.add(
                "browser", f"{name} repaint median", statistics.median(times), "ms",
                note=f"{row['explorers']} explorer(s), {len(times)} changes in the page; "
                f"max {max(times):.0f} ms (kernel round trip included)",
            )  # fmt: skip
    if base and runs:
        report.add(
            "browser", f"all {len(runs)} notebooks", total, "s", total / (len(runs) * base),
            note=f"n x browser floor = {len(runs) * base:.2f} s",
        )  # fmt: skip


def measure_sizes(args, report: Report, notebooks: list[Path]) -> tuple | None:
    build = not args.no_bare_build
    bare = envsize.bare_venv(build=build, rebuild=args.rebuild_bare)
    runtime = envsize.runtime_venv(build=build, rebuild=args.rebuild_bare)
    dev = envsize.tree_bytes(ROOT / ".venv")
    extra = None
    if bare is None or runtime is None:
        report.add(
            "size", ".venv (development)", dev, "bytes", note="no cached venvs (--no-bare-build)"
        )
    else:
        theirs, ours = envsize.tree_bytes(bare), envsize.tree_bytes(runtime)
        ratio = ours / theirs
        extra = envsize.extra_distributions(runtime, bare)
        biggest = ", ".join(f"{n} {b / 1e6:.1f} MB" for n, b in extra[:4]) or "none"
        report.add(
            "size", "Binder runtime venv (environment.yml)", ours, "bytes", ratio,
            f"<= {ENV_TARGET}x bare", ratio <= ENV_TARGET, f"extras: {biggest}",
        )  # fmt: skip
        report.add("size", "bare stack venv", theirs, "bytes", note=", ".join(envsize.bare_pins()))
        report.add("size", ".venv (development, test extra)", dev, "bytes", dev / theirs)
    sizes = envsize.notebook_sizes(notebooks)
    for name, size, committed in sizes:
        report.add("size", f"notebook {name}", size, "bytes", note="" if committed else "untracked")
    report.add(
        "size",
        "notebooks, committed, total",
        sum(s for _, s, c in sizes if c),
        "bytes",
        note=f"{sum(c for *_, c in sizes)} of {len(sizes)} notebooks committed",
    )
    return extra


def print_import_times(steps: list[dict]) -> None:
    print("\nImport time in a kernel (python -X importtime), each step after the previous ones:")
    for step in steps:
        top = ", ".join(f"{name} {us / 1000:.0f}" for us, name in step["modules"][:4])
        print(f"  {step['total_us'] / 1000:8.0f} ms  {step['step']:<42} self ms: {top}")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    notebooks = sorted((ROOT / "notebooks").glob(args.notebooks))
    started = time.perf_counter()
    print(
        f"Benchmark on {platform.node()} ({platform.machine()}, Python "
        f"{platform.python_version()}), {len(notebooks)} notebook(s): "
        f"{', '.join(p.name for p in notebooks)}",
        flush=True,
    )
    print(f"Load average before: {_load()} (2 cores: figures above ~2 are inflated)", flush=True)
    # As pip does for an installed package: a kernel should not compile helpers from source on
    # every start (a machine with PYTHONDONTWRITEBYTECODE=1 never writes the bytecode itself).
    compileall.compile_dir(ROOT / "src" / "helpers", quiet=1)
    report = Report()
    measure_kernels(args, report, notebooks)
    widget_misses = [] if args.no_widgets else measure_widgets(args, report)
    if not args.no_browser:
        measure_browser(args, report, notebooks)
    extra = measure_sizes(args, report, notebooks)
    report.add("machine", "load average (1 min) at the end", _load(), "", note=platform.node())

    print()
    report.print_table()
    if not args.no_importtime:
        print_import_times(kernels.import_times())
    for result in widget_misses:
        print(f"\nProfile of {result['widget']} (cumulative, further changes):")
        print(result.get("profile", "").strip())
    if extra:
        print("\nLargest distributions in the runtime that the bare stack does not have:")
        for name, size in extra:
            print(f"  {size / 1e6:8.1f} MB  {name}")
    path = args.csv or RESULTS / f"bench-{datetime.now():%Y%m%d-%H%M%S}.csv"
    report.write_csv(path)
    print(f"\nCSV: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    print(f"Benchmark took {time.perf_counter() - started:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
