"""A whole class at once on a real JupyterHub: spawn, pull, run notebooks, measure, stop.

Run with ``make bench-class`` (or ``.venv/bin/python bench/class_run.py --help``). For each N,
a fresh hub and proxy on 127.0.0.1 (deploy/jupyterhub/local_config.py, from the cached
environment of bench/class_env.py), N trainees created through the REST API, each pulled with
nbgitpuller and running the notebooks in its own kernels, all at once; then PSS and CPU-seconds
are read, everything is stopped by PID and leftovers are swept. See deploy/jupyterhub/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import os
import platform
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import class_env
import psutil
from class_browser import browse
from class_hub import ClassHub, Trainee, course_repo, create_trainees, run_coroutine
from class_measure import class_usage, hub_usage, percentile

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
NOTEBOOKS = [
    "notebooks/04_kondisi_pelayanan_publik.ipynb",
    "notebooks/05_praktik_dan_tantangan.ipynb",
]
CLASS_TIMEOUT = 1200.0


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5,10,20,40", help="class sizes (default 5,10,20,40)")
    parser.add_argument("--notebooks", default=",".join(NOTEBOOKS), help="comma-separated")
    parser.add_argument("--browser", action="store_true", help="one more trainee in Chromium")
    parser.add_argument("--csv", type=Path, help="default bench/results/class-<time>.csv")
    parser.add_argument("--rebuild-env", action="store_true", help="rebuild the cached venv")
    return parser.parse_args(argv)


@dataclass
class ClassRun:
    """One class size's results."""

    size: int
    trainees: list[Trainee] = field(default_factory=list)
    usage: dict = field(default_factory=dict)
    hub_pss: float = 0.0
    hub_cpu: float = 0.0
    wall: float = 0.0
    load: tuple[float, float] = (0.0, 0.0)
    swept: int = 0
    browser: str = ""

    def notebook_seconds(self, index: int) -> list[float]:
        runs = [t.runs[index] for t in self.trainees if len(t.runs) > index]
        return [r.seconds for r in runs if r.ok]

    def row(self, notebooks: list[str]) -> dict:
        spawn = [t.spawn_seconds for t in self.trainees if t.spawn_seconds is not None]
        names = {t.name for t in self.trainees}  # not the browser's trainee (one notebook only)
        usage = [u for name, u in self.usage.items() if name in names]
        kernels = [k for u in usage for k in u.kernel_pss]
        row = {"trainees": self.size, "failures": sum(bool(t.failure) for t in self.trainees)}
        row |= {"spawn_p50_s": percentile(spawn, 50), "spawn_p95_s": percentile(spawn, 95)}
        for index, notebook in enumerate(notebooks):
            stem = Path(notebook).stem[:2]
            seconds = self.notebook_seconds(index)
            row |= {f"nb{stem}_p50_s": percentile(seconds, 50)}
            row |= {f"nb{stem}_p95_s": percentile(seconds, 95)}
        row |= {"pss_server_mib": _mean([u.server_pss for u in usage])}
        row |= {"pss_kernel_mib": _mean(kernels)}
        row |= {"pss_trainee_mib": _mean([u.total_pss for u in usage])}
        row |= {"rss_trainee_mib": _mean([u.rss for u in usage])}
        row |= {"cpu_s_trainee": _mean([u.cpu_seconds for u in usage])}
        row |= {"hub_pss_mib": self.hub_pss, "hub_cpu_s_trainee": self.hub_cpu / self.size}
        row |= {"wall_s": self.wall, "load_before": self.load[0], "load_after": self.load[1]}
        return row | {"swept": self.swept, "browser": self.browser}


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


async def _class(hub: ClassHub, run: ClassRun, notebooks: list[str], browser: bool) -> None:
    repo = "file://" + str(course_repo(hub.state))
    names = [f"peserta{i:02d}" for i in range(1, run.size + 1)]
    run.trainees = await create_trainees(hub, names)
    jobs = [t.attend(repo, notebooks) for t in run.trainees]
    if browser:
        jobs.append(browse(hub, repo, "notebooks/00_mulai.ipynb"))
    results = await asyncio.wait_for(asyncio.gather(*jobs), CLASS_TIMEOUT)
    run.browser = results[-1] if browser else ""
    run.usage = class_usage(hub)
    run.hub_pss, run.hub_cpu = hub_usage(hub)


def measure(size: int, notebooks: list[str], venv: Path, browser: bool) -> ClassRun:
    """Run one class of size trainees on a fresh hub; everything is stopped before returning."""
    run = ClassRun(size, load=(os.getloadavg()[0], 0.0))
    hub = ClassHub(bin_dir=venv / "bin")
    started = time.monotonic()
    try:
        hub.start()
        run_coroutine(_class(hub, run, notebooks, browser))
    finally:
        hub.stop()
        run.swept = hub.swept
        run.wall = time.monotonic() - started
        run.load = (run.load[0], os.getloadavg()[0])
        hub.remove_state()
    return run


def _fmt(value) -> str:
    if value is None:
        return "-"
    return f"{value:.1f}" if isinstance(value, float) else str(value)


def print_table(rows: list[dict]) -> None:
    keys = [k for k in rows[0] if k != "browser"]
    print(" ".join(f"{k:>14}" for k in keys))
    for row in rows:
        print(" ".join(f"{_fmt(row[k]):>14}" for k in keys))


def write_csv(path: Path, rows: list[dict], runs: list[ClassRun]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    with path.with_name(path.stem + "-trainees.csv").open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["trainees", "name", "spawn_s", "pull_s", "notebook_s", "failure"])
        for run in runs:
            for t in run.trainees:
                seconds = ";".join(f"{r.seconds:.2f}" for r in t.runs)
                writer.writerow(
                    [run.size, t.name, t.spawn_seconds, t.pull_seconds, seconds, t.failure]
                )


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    notebooks = [n.strip() for n in args.notebooks.split(",")]
    venv = class_env.class_venv(args.rebuild_env)
    commit = class_env.install_course(venv)
    cores, memory = os.cpu_count(), psutil.virtual_memory().total / 1024**3
    print(
        f"machine: {platform.processor() or platform.machine()}, {cores} cores, "
        f"{memory:.1f} GiB; Python {sys.version.split()[0]}; course at {commit}"
    )
    runs = []
    for size in sizes:
        print(f"  class of {size} ...", flush=True)
        runs.append(measure(size, notebooks, venv, args.browser))
        for t in runs[-1].trainees:
            if t.failure:
                print(f"    {t.name}: {t.failure}")
    rows = [run.row(notebooks) for run in runs]
    print_table(rows)
    for run in runs:
        if run.browser:
            print(f"browser (N={run.size}): {run.browser}")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    path = args.csv or RESULTS / f"class-{stamp}.csv"
    write_csv(path, rows, runs)
    print(f"CSV: {path}")
    return 1 if any(row["failures"] for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
