"""Read the course's content files (``helpers/content/*.yaml``): prose, tables and cases.

Trainee-facing text lives in these files, not in Python. Each chapter module reads its own file
with :func:`chapter_content` and checks the shape it needs with :class:`Fields`, so a broken file
is reported with its name and key, in Bahasa Indonesia.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import yaml

CONTENT_DIR = Path(__file__).resolve().parents[1] / "content"
# libyaml's loader parses the content about ten times faster than the pure-Python one; every
# notebook reads the exercise bank when it starts.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ContentError(ValueError):
    """A content file is malformed; the message names the file and the key."""


def parse_yaml(text: str) -> Any:
    """Parse YAML text with the safe loader (libyaml's when installed).

    Example:
        >>> parse_yaml("judul: Bab I")
        {'judul': 'Bab I'}
    """
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 (a safe loader)


@cache
def read_content(name: str) -> Mapping[str, Any]:
    """The parsed YAML file ``content/<name>.yaml`` (read once per kernel).

    Example:
        >>> read_content("course")["judul"]
        'Whole of Government'
    """
    path = CONTENT_DIR / f"{name}.yaml"
    try:
        raw = parse_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ContentError(f"Berkas isi '{path.name}' tidak bisa dibaca: {error}") from None
    if not isinstance(raw, dict):
        raise ContentError(f"Berkas isi '{path.name}' harus berisi pasangan kunci: nilai.")
    return raw


class Fields:
    """Typed access to one mapping of a content file; every problem raises ContentError.

    Example:
        >>> Fields({"judul": "Bab I"}, "contoh.yaml").text("judul")
        'Bab I'
    """

    def __init__(self, raw: object, where: str):
        if not isinstance(raw, Mapping):
            raise ContentError(f"{where}: harus berupa pasangan kunci: nilai.")
        self.raw, self.where = raw, where

    def fail(self, problem: str) -> None:
        raise ContentError(f"{self.where}: {problem}")

    def get(self, key: str, kind: type | tuple[type, ...]) -> Any:
        if key not in self.raw:
            self.fail(f"kunci wajib '{key}' tidak ada.")
        value = self.raw[key]
        if not isinstance(value, kind) or isinstance(value, bool):
            self.fail(f"kunci '{key}' bertipe salah ({type(value).__name__}).")
        return value

    def text(self, key: str) -> str:
        value = self.get(key, str).strip()
        if not value:
            self.fail(f"kunci '{key}' kosong.")
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        values = self.get(key, list)
        if not values or not all(isinstance(v, str) and v.strip() for v in values):
            self.fail(f"'{key}' harus berupa daftar teks yang tidak kosong.")
        return tuple(v.strip() for v in values)

    def records(self, key: str) -> list[Fields]:
        values = self.get(key, list)
        if not values:
            self.fail(f"'{key}' tidak boleh kosong.")
        return [Fields(v, f"{self.where}, {key} ke-{i}") for i, v in enumerate(values, 1)]


def chapter_content(stem: str) -> Fields:
    """The content file of one notebook (``content/<stem>.yaml``), ready to read.

    Example:
        >>> chapter_content("course").text("judul")
        'Whole of Government'
    """
    return Fields(read_content(stem), f"Berkas isi '{stem}.yaml'")
