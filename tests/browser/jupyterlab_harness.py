"""Helpers for the browser test: find a browser, run a private JupyterLab server.

The server runs from this project's environment (``sys.executable -m jupyter lab``) on a free
loopback port, with no token, with its own temporary Jupyter config, runtime, data, settings
and workspace directories, so it never reads or writes a user's settings. Its root directory
is a throwaway copy of the project (the files git does not ignore). Running the notebooks in
the browser therefore cannot save outputs into the repository, whose notebooks must stay
output-free, nor write files there (a notebook may save a table under ``../hasil/``).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
# Development hook: point the browser test at another folder of notebooks.
NOTEBOOK_DIR_ENV = "WOG_BROWSER_NOTEBOOKS"
CHROMIUM_ENV = "CHROMIUM"
CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
]
NO_BROWSER_MESSAGE = (
    "No Chromium or Chrome found for the browser test (looked at $CHROMIUM, /usr/bin/chromium "
    "and chromium, chromium-browser, google-chrome on PATH). Run scripts/ensure_chromium.sh "
    "(as root on Debian/Ubuntu it installs Debian's chromium package), install Chromium or "
    "Chrome yourself, or set CHROMIUM=/path/to/chrome. Playwright's own browser download "
    "('playwright install') is not used."
)
SERVER_START_TIMEOUT = 90
VIEWPORT = {"width": 1280, "height": 900}

# JupyterLab user settings written into the temporary settings directory.
LAB_SETTINGS = {
    # Put every cell in the DOM: needed to count outputs and for the full-page screenshot.
    # No blank space after the last cell: the screenshot ends with the notebook.
    "@jupyterlab/notebook-extension/tracker": {"windowingMode": "none", "scrollPastEnd": False},
    # Never write the (copied) notebooks back.
    "@jupyterlab/docmanager-extension/plugin": {"autosave": False},
    # No news or update toasts over the notebook, and no request to the internet.
    "@jupyterlab/apputils-extension/notification": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
    "@jupyterlab/extensionmanager-extension/plugin": {"enabled": False},
}


def notebook_source_dir() -> Path:
    """The folder whose ``*.ipynb`` files are tested: ``notebooks/`` unless overridden."""
    override = os.environ.get(NOTEBOOK_DIR_ENV)
    return Path(override).resolve() if override else ROOT / "notebooks"


def find_chromium() -> str | None:
    """Path of a Chromium/Chrome executable: $CHROMIUM, /usr/bin/chromium, then PATH."""
    override = os.environ.get(CHROMIUM_ENV)
    if override:
        return shutil.which(override)
    if os.access("/usr/bin/chromium", os.X_OK):
        return "/usr/bin/chromium"
    for name in CHROMIUM_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


@dataclass(frozen=True)
class LabServer:
    url: str  # base URL, without a trailing slash
    root: Path  # the server's root directory (the mirror)
    notebook_dir: Path  # the copied notebooks inside the mirror
    log: Path

    def log_tail(self, lines: int = 40) -> str:
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        return "\n".join(text.splitlines()[-lines:])


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _project_files() -> list[Path]:
    """The working tree's files, without what git ignores (venv, outputs, caches)."""
    try:
        listing = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout.decode()
        return [Path(name) for name in listing.split("\0") if name]
    except (OSError, subprocess.CalledProcessError):  # not a git checkout: all visible files
        return [
            path.relative_to(ROOT)
            for path in ROOT.rglob("*")
            if path.is_file()
            and not any(part.startswith(".") for part in path.relative_to(ROOT).parts)
            and path.relative_to(ROOT).parts[0] not in {"test-artifacts", "build", "hasil"}
        ]


def make_mirror(mirror: Path, notebooks: Path) -> Path:
    """Copy the project into ``mirror`` (``notebooks/`` from ``notebooks``); return the copy's
    notebook folder. What the notebooks write (relative paths) stays in the copy."""
    for name in _project_files():
        source = ROOT / name
        if name.parts[0] == "notebooks" or not source.is_file():
            continue
        target = mirror / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    target = mirror / "notebooks"
    shutil.copytree(notebooks, target, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    return target


def write_settings(settings_dir: Path) -> None:
    for plugin, values in LAB_SETTINGS.items():
        path = settings_dir / f"{plugin}.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values, indent=2))


def jupyter_env(base: Path) -> dict[str, str]:
    """Environment with private Jupyter/IPython directories under ``base``."""
    env = dict(os.environ)
    dirs = {
        "JUPYTER_CONFIG_DIR": "config",
        "JUPYTER_RUNTIME_DIR": "runtime",
        "JUPYTER_DATA_DIR": "data",
        "JUPYTERLAB_SETTINGS_DIR": "lab-settings",
        "JUPYTERLAB_WORKSPACES_DIR": "lab-workspaces",
        "IPYTHONDIR": "ipython",
    }
    for var, name in dirs.items():
        (base / name).mkdir(parents=True, exist_ok=True)
        env[var] = str(base / name)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env.pop("JUPYTER_TOKEN", None)
    return env


def _wait_until_up(proc: subprocess.Popen, url: str, log: Path) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(
                f"JupyterLab exited with code {proc.returncode} while starting:\n"
                + log.read_text(errors="replace")[-4000:]
            )
        try:
            with urllib.request.urlopen(f"{url}/api/status", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(
        f"JupyterLab did not answer at {url} within {SERVER_START_TIMEOUT} s:\n"
        + log.read_text(errors="replace")[-4000:]
    )


def _stop(proc: subprocess.Popen) -> None:
    """Stop the server by its PID; then kill what is left of its process group (kernels)."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
    # Started in a session of its own: the server's PID is its process group id.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)


@contextmanager
def running_lab(workdir: Path, root: Path, notebooks: Path) -> Iterator[LabServer]:
    """Start JupyterLab on a free loopback port with ``root`` as root dir; stop it on exit."""
    env = jupyter_env(workdir / "jupyter")
    write_settings(Path(env["JUPYTERLAB_SETTINGS_DIR"]))
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = workdir / "jupyterlab.log"
    command = [
        sys.executable, "-m", "jupyter", "lab",
        "--no-browser", "--allow-root",
        "--IdentityProvider.token=", "--ServerApp.password=",
        f"--port={port}", "--ip=127.0.0.1", "--ServerApp.port_retries=0",
        f"--ServerApp.root_dir={root}",
        # Loopback-only test server: lets the test shut kernels down over the REST API.
        "--ServerApp.disable_check_xsrf=True",
    ]  # fmt: skip
    with log.open("wb") as log_file:
        proc = subprocess.Popen(
            command,
            cwd=root,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        _wait_until_up(proc, url, log)
        yield LabServer(url=url, root=root, notebook_dir=notebooks, log=log)
    finally:
        _stop(proc)


def shutdown_sessions(server: LabServer, name: str) -> None:
    """Shut down the kernels of the sessions whose path ends with ``name``.

    In a background thread: the next notebook need not wait for it."""
    threading.Thread(target=_shutdown_sessions, args=(server, name), daemon=True).start()


def _shutdown_sessions(server: LabServer, name: str) -> None:
    with contextlib.suppress(OSError):  # best effort: the server's end stops them all anyway
        with urllib.request.urlopen(f"{server.url}/api/sessions", timeout=10) as response:
            sessions = json.load(response)
        for session in sessions:
            if session.get("path", "").endswith(name):
                request = urllib.request.Request(
                    f"{server.url}/api/sessions/{session['id']}", method="DELETE"
                )
                urllib.request.urlopen(request, timeout=30).close()


def restart_kernels(server: LabServer, name: str) -> int:
    """Restart the kernels of the sessions whose path ends with ``name`` (as the Kernel menu's
    Restart does); wait for each to answer. Returns how many were restarted."""
    with urllib.request.urlopen(f"{server.url}/api/sessions", timeout=10) as response:
        sessions = json.load(response)
    kernels = [s["kernel"]["id"] for s in sessions if s.get("path", "").endswith(name)]
    for kernel in kernels:
        request = urllib.request.Request(
            f"{server.url}/api/kernels/{kernel}/restart", method="POST", data=b""
        )
        urllib.request.urlopen(request, timeout=60).close()
    return len(kernels)
