"""A real JupyterHub for a class, on 127.0.0.1: started, driven through its REST API, stopped.

``ClassHub`` starts configurable-http-proxy and JupyterHub with the recipe
(deploy/jupyterhub/local_config.py, which loads jupyterhub_config.py), with all state in a
temporary folder, and stops both by PID, then sweeps any process that carries the hub's
marker. ``Trainee`` does what one trainee's browser does: the server is spawned, the course is
pulled with nbgitpuller (the same ``git-pull`` endpoint the link opens), notebooks run in
kernels over the websocket. Used by the smoke test (tests/hub/) and bench/class_run.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlencode

import psutil
from class_kernel import NotebookRun, code_cells, run_cells, session_body
from tornado.httpclient import AsyncHTTPClient, HTTPClientError, HTTPRequest

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "deploy" / "jupyterhub" / "local_config.py"
BIN = Path(sys.executable).parent
PROXY = ROOT / ".venv" / "node" / "node_modules" / ".bin" / "configurable-http-proxy"
COURSE_FOLDER = "wog-course"
START_TIMEOUT = 60.0
SPAWN_TIMEOUT = 600.0
PULL_TIMEOUT = 300.0
STOP_TIMEOUT = 30.0

AsyncHTTPClient.configure(None, max_clients=256)


def run_coroutine(coroutine: Coroutine):
    """``asyncio.run``, also where this thread already runs an event loop (pytest after a
    Playwright test): then the coroutine gets a loop of its own in a worker thread."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now.

    >>> 1024 < free_port() < 65536
    True
    """
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def course_repo(state: Path, source: Path = ROOT) -> Path:
    """A bare git repository named like the course, holding source's HEAD as branch main.

    nbgitpuller clones it by a file:// URL, as it would clone the course from GitHub.
    """
    bare = state / "repo" / COURSE_FOLDER
    bare.parent.mkdir(parents=True, exist_ok=True)
    quiet = {"check": True, "capture_output": True, "timeout": 120}
    subprocess.run(["git", "init", "--quiet", "--bare", str(bare)], **quiet)
    subprocess.run(["git", "-C", str(source), "push", "--quiet", str(bare), "HEAD:main"], **quiet)
    return bare


def pull_query(repo: str, notebook: str, branch: str = "main") -> str:
    """The query of an nbgitpuller link that opens notebook (relative to the course folder).

    >>> pull_query("file:///r/wog-course", "notebooks/00_mulai.ipynb")
    'repo=file%3A%2F%2F%2Fr%2Fwog-course&branch=main&urlpath=lab%2Ftree%2Fwog-course%2Fnotebooks%2F00_mulai.ipynb'
    """
    urlpath = f"lab/tree/{COURSE_FOLDER}/{notebook}"
    return urlencode({"repo": repo, "branch": branch, "urlpath": urlpath}, quote_via=quote)


def marked(state: Path) -> list[psutil.Process]:
    """Every process whose environment carries this hub's marker (WOG_HUB_STATE=state)."""
    found = []
    for proc in psutil.process_iter():
        try:
            if proc.pid != os.getpid() and proc.environ().get("WOG_HUB_STATE") == str(state):
                found.append(proc)
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            continue
    return found


def stop_pid(proc: subprocess.Popen | None, limit: float = STOP_TIMEOUT) -> None:
    """SIGTERM a process we started, SIGKILL it if it is still there after limit seconds."""
    if proc is None or proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(limit)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(limit)


@dataclass
class ClassHub:
    """A JupyterHub and its proxy on 127.0.0.1, with state under a temporary folder.

    bin_dir is the environment's bin/ folder that the hub and the trainees' servers run from.
    """

    password: str = field(default_factory=lambda: secrets.token_urlsafe(12))
    state: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="wh", dir="/tmp")))
    token: str = field(default_factory=lambda: secrets.token_hex(24))
    port: int = field(default_factory=free_port)
    bin_dir: Path = BIN
    procs: dict[str, subprocess.Popen] = field(default_factory=dict)
    swept: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _environment(self, proxy_token: str, api_port: int) -> dict[str, str]:
        env = dict(os.environ, WOG_HUB_STATE=str(self.state), WOG_HUB_PORT=str(self.port))
        env |= {"WOG_HUB_HUB_PORT": str(free_port()), "WOG_HUB_PROXY_API_PORT": str(api_port)}
        env |= {"WOG_HUB_DRIVER_TOKEN": self.token, "CONFIGPROXY_AUTH_TOKEN": proxy_token}
        env |= {"WOG_HUB_PASSWORD": self.password, "WOG_COURSE_FOLDER": COURSE_FOLDER}
        return env

    def _spawn(self, name: str, cmd: list[str], env: dict[str, str]) -> None:
        log = (self.state / f"{name}.log").open("wb")
        self.procs[name] = subprocess.Popen(
            cmd, cwd=self.state, env=env, stdout=log, stderr=subprocess.STDOUT
        )

    def start(self) -> None:
        """Start the proxy and the hub; return when the hub's API answers (bounded)."""
        api_port = free_port()
        env = self._environment(secrets.token_hex(24), api_port)
        hub_port = env["WOG_HUB_HUB_PORT"]
        proxy = [str(PROXY), "--ip", "127.0.0.1", "--port", str(self.port)]
        proxy += ["--api-ip", "127.0.0.1", "--api-port", str(api_port)]
        proxy += ["--default-target", f"http://127.0.0.1:{hub_port}", "--error-target"]
        proxy += [f"http://127.0.0.1:{hub_port}/hub/error"]
        self._spawn("proxy", proxy, env)
        self._spawn("hub", [str(self.bin_dir / "jupyterhub"), "-f", str(CONFIG)], env)
        run_coroutine(self._wait_up())

    async def _wait_up(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.procs["hub"].poll() is not None:
                break
            try:
                await self.api("GET", "/hub/api/")
                return
            except (OSError, HTTPClientError):
                await asyncio.sleep(0.3)
        raise RuntimeError("JupyterHub did not start; the end of its log:\n" + self.log_tail())

    def log_tail(self, name: str = "hub", lines: int = 20) -> str:
        """The last lines of the hub's (or the proxy's) log."""
        log = (self.state / f"{name}.log").read_text(errors="replace")
        return "\n".join(log.splitlines()[-lines:])

    async def _stop_servers(self, limit: float = STOP_TIMEOUT) -> None:
        """Ask the hub to stop every trainee's server and wait until none is left (bounded).

        Done before the hub gets SIGTERM, so that the hub's own shutdown has no servers to
        wait for: on a busy machine that wait can outlast the hub's stop limit."""

        async def running() -> list[str]:
            users = await self.api("GET", "/hub/api/users", timeout=limit)
            return [user["name"] for user in users if user.get("servers")]

        for name in await running():
            await self.api("DELETE", f"/hub/api/users/{name}/server", timeout=limit)
        deadline = time.monotonic() + limit
        while await running() and time.monotonic() < deadline:
            await asyncio.sleep(0.5)

    def stop(self) -> None:
        """Stop the trainees' servers through the hub, the hub and the proxy by PID, then sweep."""
        hub = self.procs.get("hub")
        if hub is not None and hub.poll() is None:
            # if the hub no longer answers, its SIGTERM and the sweep below still run
            with contextlib.suppress(OSError, HTTPClientError):
                run_coroutine(self._stop_servers())
        stop_pid(hub)
        stop_pid(self.procs.get("proxy"))
        leftovers = marked(self.state)
        for proc in leftovers:
            proc.kill()
        psutil.wait_procs(leftovers, timeout=STOP_TIMEOUT)
        self.swept = len(leftovers)

    def remove_state(self) -> None:
        """Delete the temporary folder (after stop())."""
        shutil.rmtree(self.state, ignore_errors=True)

    def pids(self) -> dict[str, int]:
        """The PIDs of the hub and the proxy."""
        return {name: proc.pid for name, proc in self.procs.items()}

    async def api(self, method: str, path: str, body: dict | None = None, timeout: float = 60):
        """Call the hub (or, under /user/, a trainee's server) with the driver's token."""
        request = HTTPRequest(
            self.url + path,
            method=method,
            headers={"Authorization": f"token {self.token}"},
            body=None if body is None and method != "POST" else json.dumps(body or {}),
            request_timeout=timeout,
            connect_timeout=timeout,
        )
        response = await AsyncHTTPClient().fetch(request)
        return json.loads(response.body) if response.body else None


@dataclass
class Trainee:
    """One trainee of the class: their server, their pulled course, their notebook runs."""

    hub: ClassHub
    name: str
    spawn_seconds: float | None = None
    pull_seconds: float | None = None
    runs: list[NotebookRun] = field(default_factory=list)
    failure: str = ""

    @property
    def home(self) -> Path:
        return self.hub.state / "u" / self.name

    async def spawn(self, limit: float = SPAWN_TIMEOUT) -> None:
        """Start the trainee's server and wait until the hub reports it ready (bounded)."""
        started = time.monotonic()
        path = f"/hub/api/users/{self.name}"
        while time.monotonic() - started < limit:
            try:
                await self.hub.api("POST", f"{path}/server")
                break
            except HTTPClientError as error:
                if error.code != 429:  # 429: the concurrent spawn limit; try again shortly
                    raise
                await asyncio.sleep(2)
        while time.monotonic() - started < limit:
            server = (await self.hub.api("GET", path))["servers"].get("", {})
            if server.get("ready"):
                self.spawn_seconds = time.monotonic() - started
                return
            if not server.get("pending"):
                raise RuntimeError("server stopped while starting")
            await asyncio.sleep(0.5)
        raise TimeoutError(f"server not ready within {limit:.0f} s")

    async def pull(self, repo: str, limit: float = PULL_TIMEOUT) -> None:
        """Clone (or update) the course into the home, as the nbgitpuller link does."""
        started = time.monotonic()
        query = pull_query(repo, "notebooks/00_mulai.ipynb")
        events: list[dict] = []

        def on_chunk(chunk: bytes) -> None:
            for line in chunk.decode().splitlines():
                if line.startswith("data: "):
                    events.append(json.loads(line[6:]))

        request = HTTPRequest(
            f"{self.hub.url}/user/{self.name}/git-pull/api?{query}",
            headers={"Authorization": f"token {self.hub.token}"},
            streaming_callback=on_chunk,
            request_timeout=limit,
        )
        await AsyncHTTPClient().fetch(request)
        last = events[-1] if events else {"phase": "none", "message": "no events"}
        if last.get("phase") != "finished":
            raise RuntimeError(f"git-pull: {last.get('message', last)}")
        self.pull_seconds = time.monotonic() - started

    async def run_notebook(self, notebook: str, extra: tuple[str, ...] = ()) -> NotebookRun:
        """Open notebook (relative to the course folder) in a new kernel and run every cell."""
        path = f"{COURSE_FOLDER}/{notebook}"
        run = NotebookRun(path)
        self.runs.append(run)
        nb = json.loads((self.home / path).read_text(encoding="utf-8"))
        started = time.monotonic()
        base = f"/user/{self.name}/api"
        session = await self.hub.api("POST", f"{base}/sessions", session_body(path), 120)
        run.kernel_id = session["kernel"]["id"]
        ws_url = self.hub.url.replace("http", "ws", 1) + f"{base}/kernels/{run.kernel_id}/channels"
        headers = {"Authorization": f"token {self.hub.token}"}
        await run_cells(ws_url, headers, [*code_cells(nb), *extra], run)
        run.seconds = time.monotonic() - started
        return run

    async def attend(self, repo: str, notebooks: list[str]) -> None:
        """Spawn, pull, run the notebooks; a failure is recorded, not raised."""
        try:
            await self.spawn()
            await self.pull(repo)
            for notebook in notebooks:
                await self.run_notebook(notebook)
        except Exception as error:  # noqa: BLE001 (the bench counts every kind of failure)
            self.failure = f"{type(error).__name__}: {error}"
        if not self.failure and any(not run.ok for run in self.runs):
            self.failure = "; ".join(e for run in self.runs for e in run.errors)


async def create_trainees(hub: ClassHub, names: list[str]) -> list[Trainee]:
    """Create the users through the REST API (one call) and return them as trainees."""
    await hub.api("POST", "/hub/api/users", {"usernames": names})
    return [Trainee(hub, name) for name in names]
