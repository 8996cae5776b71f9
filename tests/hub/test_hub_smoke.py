"""A real JupyterHub with the recipe's configuration: three trainees pull the course and run
the start notebook, each kernel reads its own copy's data, and everything stops cleanly.

The hub and configurable-http-proxy run on 127.0.0.1 (deploy/jupyterhub/local_config.py, which
loads deploy/jupyterhub/jupyterhub_config.py) with their state in a temporary folder; the
course is the repository's HEAD, pulled by nbgitpuller from a file:// URL.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from class_hub import (
    PROXY,
    ClassHub,
    Trainee,
    course_repo,
    create_trainees,
    marked,
    run_coroutine,
)

START = "notebooks/00_mulai.ipynb"
PROBE = "from helpers.core.datasets import data_dir\nprint(data_dir())"
NAMES = ["peserta01", "peserta02", "peserta03"]


@dataclass
class ClassRecord:
    """What the smoke class left behind: trainees, what their processes showed, the stop."""

    hub: ClassHub
    trainees: list[Trainee]
    environ: dict[str, dict[str, str]]
    transports: set[str]
    culler_running: bool
    exit_codes: dict[str, int | None]


def _snapshot(hub: ClassHub) -> tuple[dict, set, bool]:
    environ, transports, culler = {}, set(), False
    for proc in marked(hub.state):
        cmdline, env = proc.cmdline(), proc.environ()
        culler = culler or any("jupyterhub_idle_culler" in part for part in cmdline)
        if any("ipykernel" in part for part in cmdline):
            connection = Path(cmdline[cmdline.index("-f") + 1])
            transports.add(json.loads(connection.read_text())["transport"])
        elif "JUPYTERHUB_USER" in env:
            environ[env["JUPYTERHUB_USER"]] = env
    return environ, transports, culler


async def _attend(trainees: list[Trainee], repo: str) -> None:
    async def one(trainee: Trainee) -> None:
        await trainee.spawn(limit=120)
        await trainee.pull(repo, limit=60)
        await trainee.run_notebook(START, extra=(PROBE,))

    await asyncio.wait_for(asyncio.gather(*(one(t) for t in trainees)), 240)


@pytest.fixture(scope="module")
def smoke_class() -> Iterator[ClassRecord]:
    assert PROXY.is_file(), (
        "configurable-http-proxy belum terpasang: jalankan scripts/ensure_chp.sh"
    )
    hub = ClassHub()
    try:
        try:
            hub.start()
            repo = "file://" + str(course_repo(hub.state))
            trainees = run_coroutine(create_trainees(hub, NAMES))
            run_coroutine(_attend(trainees, repo))
            environ, transports, culler = _snapshot(hub)
        finally:
            hub.stop()
        exit_codes = {name: proc.poll() for name, proc in hub.procs.items()}
        yield ClassRecord(hub, trainees, environ, transports, culler, exit_codes)
    finally:
        hub.remove_state()


def test_every_trainee_runs_the_start_notebook(smoke_class):
    for trainee in smoke_class.trainees:
        assert trainee.spawn_seconds is not None, trainee.name
        assert [run.path for run in trainee.runs] == [f"wog-course/{START}"]
        assert trainee.runs[0].errors == [], trainee.name


def test_each_kernel_reads_its_own_copy_of_the_data(smoke_class):
    for trainee in smoke_class.trainees:
        printed = trainee.runs[0].stdout.strip().splitlines()[-1]
        assert Path(printed) == trainee.home / "wog-course" / "data"


def test_the_default_url_is_the_pulled_start_notebook(smoke_class):
    for trainee in smoke_class.trainees:
        url = smoke_class.environ[trainee.name]["JUPYTERHUB_DEFAULT_URL"]
        assert url == f"/lab/tree/wog-course/{START}"
        assert (trainee.home / url.removeprefix("/lab/tree/")).is_file()


def test_kernels_use_unix_sockets_and_the_idle_culler_runs(smoke_class):
    assert smoke_class.transports == {"ipc"}
    assert smoke_class.culler_running


def test_the_hub_and_proxy_stop_by_pid_and_nothing_is_left(smoke_class):
    assert set(smoke_class.exit_codes) == {"hub", "proxy"}
    assert all(code is not None for code in smoke_class.exit_codes.values())
    assert smoke_class.hub.swept == 0, smoke_class.hub.log_tail()
    assert marked(smoke_class.hub.state) == []
