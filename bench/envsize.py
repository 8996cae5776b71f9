"""Disk size of the Binder (runtime) environment against the bare stack, and of the notebooks.

The runtime is what environment.yml installs: pyproject.toml's ``dependencies`` (the test
tools are an extra, not installed on Binder). The bare stack is jupyterlab, pandas, plotly and
ipywidgets at the same pins. Each is installed alone into a venv built the same way as
``make install`` builds .venv (same base Python, pip upgraded first), cached under
bench/.cache, keyed by the pins.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "bench" / ".cache"
BARE_NAMES = ("jupyterlab", "pandas", "plotly", "ipywidgets")


def tree_bytes(path: Path) -> int:
    """Bytes on disk under ``path`` (like ``du -sb``: apparent sizes, hard links counted once)."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for folder, _dirs, files in os.walk(path):
        for name in files:
            try:
                st = os.lstat(os.path.join(folder, name))
            except OSError:
                continue
            key = (st.st_dev, st.st_ino)
            if key in seen:
                continue
            seen.add(key)
            total += st.st_size
    return total


def _requirement_name(spec: str) -> str:
    return re.split(r"[=<>!~\[; ]", spec, maxsplit=1)[0].strip().lower()


def runtime_pins() -> list[str]:
    """The runtime's requirement strings (what environment.yml pins), from pyproject.toml."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return list(project["dependencies"])


def bare_pins() -> list[str]:
    """The bare stack's requirement strings, taken verbatim from pyproject.toml."""
    pins = {_requirement_name(s): s for s in runtime_pins()}
    missing = [n for n in BARE_NAMES if n not in pins]
    if missing:
        raise RuntimeError(f"pyproject.toml pins none of: {', '.join(missing)}")
    return [pins[n] for n in BARE_NAMES]


def _base_python() -> str:
    return getattr(sys, "_base_executable", None) or sys.executable


def bare_venv(build: bool, rebuild: bool = False) -> Path | None:
    """The cached bare-stack venv; built if missing and ``build`` is set, else None."""
    return pinned_venv("bare", bare_pins(), build, rebuild)


def runtime_venv(build: bool, rebuild: bool = False) -> Path | None:
    """The cached runtime venv (what Binder installs); built if missing and ``build`` is set."""
    return pinned_venv("runtime", runtime_pins(), build, rebuild)


def pinned_venv(label: str, pins: list[str], build: bool, rebuild: bool) -> Path | None:
    """A cached venv holding ``pins`` only, named ``label`` plus a hash of the pins."""
    key = hashlib.sha256("\n".join([*pins, sys.version]).encode()).hexdigest()[:12]
    target = CACHE / f"{label}-{key}"
    done = target / ".complete"
    if rebuild and target.exists():
        shutil.rmtree(target)
    if done.exists():
        return target
    if not build:
        return None
    if target.exists():
        shutil.rmtree(target)
    CACHE.mkdir(parents=True, exist_ok=True)
    print(f"  building the {label} venv in {target.relative_to(ROOT)} (once) ...", flush=True)
    python = str(target / "bin" / "python")
    subprocess.run([_base_python(), "-m", "venv", str(target)], check=True)
    quiet = ["--quiet", "--disable-pip-version-check"]
    subprocess.run([python, "-m", "pip", "install", *quiet, "--upgrade", "pip"], check=True)
    subprocess.run([python, "-m", "pip", "install", *quiet, *pins], check=True)
    done.touch()
    return target


def _site_packages(venv: Path) -> Path:
    return next((venv / "lib").glob("python3*/site-packages"))


def distributions(venv: Path) -> dict[str, int]:
    """Each installed distribution's size in bytes, from its RECORD file."""
    site = _site_packages(venv)
    sizes: dict[str, int] = {}
    for dist in metadata.distributions(path=[str(site)]):
        name = (dist.metadata["Name"] or "?").lower().replace("_", "-")
        total = 0
        for file in dist.files or []:
            full = Path(site, file)
            try:
                total += full.stat().st_size if full.is_file() else 0
            except OSError:
                continue
        sizes[name] = sizes.get(name, 0) + total
    return sizes


def extra_distributions(venv: Path, bare: Path, top: int = 8) -> list[tuple[str, int]]:
    """The largest distributions in ``venv`` that the bare stack does not have."""
    ours, theirs = distributions(venv), distributions(bare)
    extra = [(n, b) for n, b in ours.items() if n not in theirs]
    return sorted(extra, key=lambda item: -item[1])[:top]


def notebook_sizes(paths: list[Path]) -> list[tuple[str, int, bool]]:
    """(name, bytes in the working tree, committed in git) for each notebook."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "notebooks"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        listed = []
    committed = {Path(p).name for p in listed}
    return [(p.name, p.stat().st_size, p.name in committed) for p in paths]
