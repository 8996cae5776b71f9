"""A local copy of reveal.js for the slides, so they open with no internet.

The npm registry's tarball of one pinned version is fetched once with ``npm pack`` into
``.cache/kit/`` and checked against the registry's published sha512 integrity before use.
After that, building the slides needs no network at all. An institution without npm can put
the same tarball into ``.cache/kit/`` by hand (``$WOG_REVEAL_TGZ`` may also point at it).
"""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

from kit import ROOT

VERSION = "5.2.1"
INTEGRITY = (
    "sha512-r7//6mIM5p34hFiDMvYfXgyjXqGRta+/psd9YtytsgRlrpRzFv4RbH76TXd2qD+7ZPZEbpBDhdRhJaFgfQ7zNQ"
    "=="
)
CACHE = ROOT / ".cache" / "kit"
TARBALL = f"reveal.js-{VERSION}.tgz"
# What the slides load: dist/ (reveal.js, reveal.css, themes and their fonts) and the notes plugin.
KEEP = ("package/dist/", "package/plugin/notes/", "package/LICENSE")


class RevealUnavailable(RuntimeError):
    pass


def integrity_of(path: Path) -> str:
    digest = hashlib.sha512(path.read_bytes()).digest()
    return "sha512-" + base64.b64encode(digest).decode("ascii")


def tarball() -> Path:
    """The verified reveal.js tarball, fetched with ``npm pack`` on first use."""
    override = os.environ.get("WOG_REVEAL_TGZ")
    path = Path(override) if override else CACHE / TARBALL
    if not path.is_file():
        CACHE.mkdir(parents=True, exist_ok=True)
        npm = shutil.which("npm")
        if npm is None:
            raise RevealUnavailable(
                f"reveal.js {VERSION} belum ada di {CACHE} dan npm tidak ditemukan. Pasang "
                f"Node.js/npm, atau salin {TARBALL} dari registri npm ke {CACHE}."
            )
        subprocess.run(
            [npm, "pack", f"reveal.js@{VERSION}", "--pack-destination", str(CACHE), "--silent"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    if integrity_of(path) != INTEGRITY:
        raise RevealUnavailable(f"{path} tidak cocok dengan reveal.js {VERSION} dari registri npm.")
    return path


def install(target: Path) -> Path:
    """Unpack reveal.js's dist/ and notes plugin into ``target`` (e.g. slides/reveal.js)."""
    version = target / ".version"
    ready = (target / "dist" / "reveal.js").is_file() and version.is_file()
    if ready and version.read_text() == VERSION:
        return target
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    with tarfile.open(tarball(), "r:gz") as archive:
        for member in archive.getmembers():
            name = member.name
            if not member.isfile() or not name.startswith(KEEP) or name.endswith(".map"):
                continue
            out = target / name.removeprefix("package/")
            out.parent.mkdir(parents=True, exist_ok=True)
            source = archive.extractfile(member)
            assert source is not None
            out.write_bytes(source.read())
    (target / ".version").write_text(VERSION)
    return target
