"""Kernel-side measurements: the floor, headless notebook runs, widget updates, import times.

Every measurement starts its own fresh kernel, with the same kernel spec the notebooks use and
the notebooks/ folder as working directory.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import nbformat
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
NOTEBOOKS = ROOT / "notebooks"
KERNEL = "python3"
FLOOR_CODE = "import pandas\nimport plotly\nimport ipywidgets"
TIMEOUT = 600


class _TimedClient(NotebookClient):
    """nbclient, noting how long the kernel's shutdown at the end took."""

    shutdown_seconds = 0.0

    async def _async_cleanup_kernel(self) -> None:
        started = time.perf_counter()
        await super()._async_cleanup_kernel()
        self.shutdown_seconds += time.perf_counter() - started


def _run_client(nb, cwd: Path) -> tuple[float, float]:
    """Seconds to execute ``nb`` in a fresh kernel, and of those the kernel's shutdown."""
    client = _TimedClient(
        nb, timeout=TIMEOUT, kernel_name=KERNEL, resources={"metadata": {"path": str(cwd)}}
    )
    started = time.perf_counter()
    client.execute(stderr=subprocess.DEVNULL)
    return time.perf_counter() - started, client.shutdown_seconds


def floor_once() -> dict:
    """Seconds to start a fresh kernel until ready, import the stack in it, and shut it down.

    Run through nbclient exactly like a notebook, so both pay the same client overhead.
    """
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(FLOOR_CODE)])
    seconds, shutdown = _run_client(nb, NOTEBOOKS)
    return {"seconds": seconds, "shutdown_seconds": shutdown}


def kernel_ready_once() -> float:
    """Seconds from starting a kernel until it answers (no imports); for the breakdown only."""
    km = KernelManager(kernel_name=KERNEL)
    started = time.perf_counter()
    km.start_kernel(cwd=str(NOTEBOOKS), stderr=subprocess.DEVNULL)
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=TIMEOUT)
        return time.perf_counter() - started
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)


def _iso(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00"))


def notebook_once(path: Path) -> dict:
    """Execute one notebook headless in a fresh kernel; wall time and its slowest cell."""
    nb = nbformat.read(path, as_version=4)
    try:
        seconds, shutdown = _run_client(nb, path.parent)
    except Exception as error:  # a notebook that fails is reported, the others still run
        first = str(error).strip().splitlines()[-1:] or [type(error).__name__]
        return {"seconds": None, "error": first[0][:160]}
    cells = []
    for cell in nb.cells:
        timing = cell.get("metadata", {}).get("execution", {})
        if "iopub.execute_input" in timing and "shell.execute_reply" in timing:
            spent = _iso(timing["shell.execute_reply"]) - _iso(timing["iopub.execute_input"])
            first_line = cell.source.strip().splitlines()[0] if cell.source.strip() else ""
            cells.append((spent.total_seconds(), first_line))
    slowest = max(cells, default=(0.0, ""))
    return {
        "seconds": seconds,
        "shutdown_seconds": shutdown,
        "cells_seconds": sum(s for s, _ in cells),
        "slowest_cell_seconds": slowest[0],
        "slowest_cell": slowest[1][:60],
    }


class _Kernel:
    """A fresh kernel whose stdout/stderr of the process itself can be captured."""

    def __init__(self, env: dict | None = None, stderr=None):
        self.km = KernelManager(kernel_name=KERNEL)
        kwargs = {"cwd": str(NOTEBOOKS), "stderr": subprocess.DEVNULL if stderr is None else stderr}
        if env is not None:
            kwargs["env"] = env
        self.km.start_kernel(**kwargs)
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=TIMEOUT)

    def run(self, code: str) -> str:
        """Execute ``code``; return its stdout, raise on an error."""
        out: list[str] = []
        errors: list[str] = []

        def hook(msg):
            kind, content = msg["msg_type"], msg["content"]
            if kind == "stream" and content.get("name") == "stdout":
                out.append(content["text"])
            elif kind == "error":
                errors.append("\n".join(content.get("traceback", [])))

        reply = self.kc.execute_interactive(code, timeout=TIMEOUT, output_hook=hook)
        if reply["content"]["status"] != "ok" or errors:
            text = re.sub(r"\x1b\[[0-9;]*m", "", "\n".join(errors))
            raise RuntimeError(f"kernel code failed:\n{text}")
        return "".join(out)

    def close(self) -> None:
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=False)


def widget_timings(changes: int, profile: bool = True) -> list[dict]:
    """Run :mod:`widget_probe` in a fresh kernel; one dict per widget spec."""
    kernel = _Kernel()
    try:
        code = (
            "import json, sys\n"
            f"sys.path.insert(0, {str(BENCH)!r})\n"
            "import widget_probe\n"
            f"print('@@JSON' + json.dumps(widget_probe.run_all({changes}, {profile})))\n"
        )
        output = kernel.run(code)
    finally:
        kernel.close()
    payload = output[output.index("@@JSON") + len("@@JSON") :]
    return json.loads(payload)


def helper_modules() -> list[str]:
    """helpers and its modules, in the order a notebook typically pulls them in: the face,
    then core, exercises and each chapter."""
    package = ROOT / "src" / "helpers"
    modules = ["helpers"]
    for folder in ("core", "exercises", "chapters"):
        modules += sorted(
            ".".join(p.relative_to(package.parent).with_suffix("").parts)
            for p in (package / folder).rglob("*.py")
            if p.stem != "__init__"
        )
    return modules


_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


def import_times() -> list[dict]:
    """Incremental import cost, in a kernel, of the stack and then each helpers module.

    The kernel runs with PYTHONPROFILEIMPORTTIME=1 (``python -X importtime``); a marker written
    to the process's stderr before each step splits the report. For each step: the total
    (sum of top-level cumulative times) and the modules with the largest self time.
    """
    steps = [
        ("stack: import pandas, plotly, ipywidgets", FLOOR_CODE),
        ("plotly.graph_objects", "import plotly.graph_objects"),
        ("plotly.subplots", "import plotly.subplots"),
        # Imported on the first figure shown or the first FigureWidget (plotly.basewidget).
        ("plotly.io._renderers (first figure shown)", "import plotly.io._renderers"),
    ]
    steps += [(name, f"import {name}") for name in helper_modules()]
    env = dict(os.environ, PYTHONPROFILEIMPORTTIME="1")
    with tempfile.TemporaryFile("w+") as log:
        kernel = _Kernel(env=env, stderr=log)
        try:
            for label, code in steps:
                marker = json.dumps(f"@@STEP {label}\n")
                try:
                    kernel.run(f"import os\nos.write(2, {marker}.encode())\n{code}")
                except RuntimeError as error:
                    print(f"  note: {label} failed to import: {str(error)[-200:]}", file=sys.stderr)
            kernel.run("import os\nos.write(2, b'@@STEP end\\n')")
        finally:
            kernel.close()
        log.seek(0)
        text = log.read()
    return _parse_import_log(text)


def _parse_import_log(text: str) -> list[dict]:
    results: list[dict] = []
    current: dict | None = None
    for line in text.splitlines():
        if line.startswith("@@STEP "):
            current = {"step": line[7:].strip(), "total_us": 0, "modules": []}
            results.append(current)
            continue
        match = _LINE.match(line)
        if not match or current is None:
            continue
        self_us, cumulative_us, indent, name = match.groups()
        current["modules"].append((int(self_us), name))
        if len(indent) <= 1:
            current["total_us"] += int(cumulative_us)
    for step in results:
        step["modules"] = sorted(step["modules"], reverse=True)[:6]
    return [r for r in results if r["step"] != "end"]
