"""Trainee-facing text of the course, each piece with where it comes from.

Read by the content tests: notebooks' markdown cells, the string values (and keys) of every
content YAML file except the vocabulary file itself, and the string literals of the chapter and
exercise modules, docstrings left out (they are English, for developers).
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from tests.conftest import NOTEBOOKS, ROOT

CONTENT = ROOT / "src" / "helpers" / "content"
MODULE_DIRS = [ROOT / "src" / "helpers" / "chapters", ROOT / "src" / "helpers" / "exercises"]
IDENTIFIER_KEYS = {"id", "jenis", "kunci", "jawaban_dari", "stem"}
QUOTED = re.compile(r'"[^"\n]*"|“[^”]*”|`[^`\n]*`')


@dataclass(frozen=True)
class Text:
    """One piece of trainee-facing text and where it is (a path relative to the project)."""

    where: str
    text: str

    @property
    def unquoted(self) -> str:
        """The text with quotations and code spans blanked out."""
        return QUOTED.sub(" ", self.text)


def relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def notebook_texts() -> Iterator[Text]:
    for path in NOTEBOOKS:
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        for i, cell in enumerate(cells):
            if cell["cell_type"] == "markdown":
                yield Text(f"{relative(path)}#sel{i}", "".join(cell["source"]))


def _strings(node: object, key: str = "") -> Iterator[str]:
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _strings(k)
            if str(k) not in IDENTIFIER_KEYS:
                yield from _strings(v, str(k))
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v, key)
    elif isinstance(node, str):
        yield node


def yaml_texts() -> Iterator[Text]:
    for path in sorted(CONTENT.rglob("*.yaml")):
        if path.name == "istilah.yaml":
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for s in _strings(data):
            yield Text(relative(path), s)


def _docstrings(tree: ast.AST) -> set[int]:
    nodes = [tree, *(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.ClassDef))]
    ids = set()
    for node in nodes:
        body = getattr(node, "body", [])
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            ids.add(id(body[0].value))
    return ids


def module_texts() -> Iterator[Text]:
    for folder in MODULE_DIRS:
        for path in sorted(folder.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            skip = _docstrings(tree)
            for node in ast.walk(tree):
                is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
                if is_text and id(node) not in skip:
                    yield Text(relative(path), node.value)


def all_texts() -> list[Text]:
    """Every trainee-facing text of the course."""
    return [*notebook_texts(), *yaml_texts(), *module_texts()]
