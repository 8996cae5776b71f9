"""Notebook hygiene: outputs cleared, python3 kernel, the shared skeleton, working links."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import NOTEBOOKS

SKELETON = [
    r"^# ",
    r"\*\*Tujuan pembelajaran",
    r"\*\*Perkiraan waktu:\*\*",
    r"\*\*Prasyarat:\*\*",
    r"^## Latihan\s*$",
    r"^## Rangkuman\s*$",
    r"^## Selanjutnya\s*$",
    r"^## Referensi\s*$",
]


def cells(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def markdown(path: Path) -> str:
    return "\n".join("".join(c["source"]) for c in cells(path) if c["cell_type"] == "markdown")


def test_there_are_notebooks():
    assert [p.name for p in NOTEBOOKS][:1] == ["00_mulai.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_outputs_are_cleared(path):
    for cell in cells(path):
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None, path.name


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_kernel_is_python3(path):
    meta = json.loads(path.read_text(encoding="utf-8"))["metadata"]
    assert meta["kernelspec"]["name"] == "python3"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_skeleton_in_order(path):
    text = markdown(path)
    positions = []
    for pattern in SKELETON:
        found = re.search(pattern, text, flags=re.MULTILINE)
        assert found, f"{path.name}: bagian '{pattern}' tidak ada"
        positions.append(found.start())
    assert positions == sorted(positions), f"{path.name}: urutan kerangka salah"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_first_code_cell_imports_helpers(path):
    first = next(c for c in cells(path) if c["cell_type"] == "code")
    assert "from helpers" in "".join(first["source"])


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_relative_links_resolve(path):
    for target in re.findall(r"\]\(([^)#:]+?)(?:#[^)]*)?\)", markdown(path)):
        assert (path.parent / target).exists(), f"{path.name}: tautan rusak ke {target}"


def test_start_page_maps_every_notebook():
    start = markdown(NOTEBOOKS[0])
    for path in NOTEBOOKS[1:]:
        assert f"]({path.name})" in start, f"00_mulai tidak menautkan {path.name}"
