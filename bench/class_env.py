"""The class benchmark's own environment: what an institution's hub server would have installed.

A venv in bench/.cache/ (git-ignored) with the course's runtime pins (pyproject.toml's
``dependencies``) and deploy/jupyterhub/requirements-hub.txt, built once and reused while those
pins do not change. The course package itself is installed from the commit being measured
(``git archive HEAD``), not editable: each trainee's kernel then finds the data of its own pulled
copy, as on a real hub, and edits in the working tree do not leak into the measurement.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "bench" / ".cache"
HUB_REQUIREMENTS = ROOT / "deploy" / "jupyterhub" / "requirements-hub.txt"
PIP = ["-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
BUILD_TIMEOUT = 900


def requirements() -> list[str]:
    """The runtime pins and the hub's pins, as pip requirement strings.

    >>> any(r.startswith("jupyterhub==") for r in requirements())
    True
    """
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = HUB_REQUIREMENTS.read_text(encoding="utf-8").splitlines()
    hub = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    return [*project["dependencies"], *hub, "setuptools>=68"]


def _run(cmd: list[str]) -> None:
    subprocess.run(cmd, check=True, timeout=BUILD_TIMEOUT)


def class_venv(rebuild: bool = False) -> Path:
    """The cached venv (built if missing, about 1-2 minutes once); returns its folder."""
    pins = requirements()
    key = hashlib.sha256("\n".join([*pins, sys.version]).encode()).hexdigest()[:12]
    target = CACHE / f"class-{key}"
    if rebuild or not (target / ".complete").exists():
        for old in CACHE.glob("class-*"):  # an older set of pins, or this one half-built
            shutil.rmtree(old, ignore_errors=True)
        print(f"  building {target.relative_to(ROOT)} (once) ...", flush=True)
        base = getattr(sys, "_base_executable", None) or sys.executable
        _run([base, "-m", "venv", str(target)])
        _run([str(target / "bin" / "python"), *PIP, *pins])
        (target / ".complete").touch()
    return target


def install_course(venv: Path, source: Path = ROOT) -> str:
    """Install the course package from source's HEAD into venv (not editable); its commit id."""
    commit = subprocess.run(
        ["git", "-C", str(source), "rev-parse", "--short", "HEAD"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    with tempfile.TemporaryDirectory(prefix="wog-course-") as tmp:
        archive = Path(tmp) / "head.tar"
        _run(["git", "-C", str(source), "archive", "--format=tar", "-o", str(archive), "HEAD"])
        with tarfile.open(archive) as tar:
            tar.extractall(Path(tmp) / "src", filter="data")
        python = str(venv / "bin" / "python")
        _run([python, *PIP, "--no-deps", "--no-build-isolation", str(Path(tmp) / "src")])
    return commit
