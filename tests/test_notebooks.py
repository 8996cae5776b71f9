"""Notebook hygiene: outputs cleared, python3 kernel, the shared skeleton, working links, and
the course manifest (content/course.yaml) agreeing with the notebooks, the start page's map and
the README's table."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from helpers.core.manifest import Chapter, course
from tests.conftest import NOTEBOOKS, ROOT

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


def code_sources(path: Path) -> str:
    """Every code cell's source, in order, separated by a marker line."""
    return "\n\n#####\n\n".join(
        "".join(c["source"]) for c in cells(path) if c["cell_type"] == "code"
    )


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


# --- the manifest is the one list of notebooks ----------------------------------------------

CHAPTERS = course().chapters
MAP_ROW = re.compile(r"^\| \[(\w+)\]\((\w+)\.ipynb\) \| [^|]+ \| ([^|]+) \|$", re.M)


def indicator_text(chapter: Chapter) -> str:
    """How a table writes a chapter's indicators: 'semua' for all four, else '1, 4'."""
    if set(chapter.indicators) == set(course().indicators):
        return "semua"
    return ", ".join(str(n) for n in chapter.indicators)


def time_text(chapter: Chapter) -> str:
    """How a table writes a chapter's time: '30 menit', or '30 menit + 15 menit diskusi'."""
    extra = chapter.discussion_minutes
    return f"{chapter.minutes} menit" + (f" + {extra} menit diskusi" if extra else "")


def readme_table() -> str:
    """The README's "Peta notebook" table as the manifest says it must read."""
    rows = [
        f"| `notebooks/{c.filename}` | {c.covers} | {indicator_text(c)} | {time_text(c)} |"
        for c in CHAPTERS
    ]
    head = (
        "| Notebook | Bagian bahan ajar | Indikator | Perkiraan waktu |\n| --- | --- | --- | --- |"
    )
    return "\n".join([head, *rows])


def test_table_cells_for_a_chapter():
    chapter = Chapter("99_x", "Judul", "Isi", "bab", (1, 4), minutes=20, discussion_minutes=10)
    assert (indicator_text(chapter), time_text(chapter)) == ("1, 4", "20 menit + 10 menit diskusi")
    every = Chapter("98_y", "Judul", "Isi", "bab", (1, 2, 3, 4), minutes=20)
    assert (indicator_text(every), time_text(every)) == ("semua", "20 menit")


def test_the_manifest_lists_every_notebook_in_order():
    assert [c.filename for c in CHAPTERS] == [p.name for p in NOTEBOOKS]


def test_readme_table_follows_the_manifest():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme_table() in readme, (
        "README.md: tabel 'Peta notebook' berbeda dari src/helpers/content/course.yaml. "
        f"Tabel yang benar:\n{readme_table()}"
    )


def test_start_page_map_follows_the_manifest():
    rows = MAP_ROW.findall(markdown(NOTEBOOKS[0]))
    assert [(name, target) for name, target, _ in rows] == [(c.stem, c.stem) for c in CHAPTERS]
    for (stem, _, indicators), chapter in zip(rows, CHAPTERS, strict=True):
        assert indicators.strip() == indicator_text(chapter), f"00_mulai, {stem}: indikator"
    assert "waktu_kursus()" in code_sources(NOTEBOOKS[0]), "00_mulai: tabel waktu kursus tidak ada"


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda c: c.stem)
def test_notebook_title_and_time_follow_the_manifest(chapter):
    """The title is the manifest's; the time, a derived number, is shown by the set-up cell."""
    path = ROOT / "notebooks" / chapter.filename
    title = re.search(r"^# (.+)$", markdown(path), re.M)
    assert title and title.group(1).strip() == chapter.title
    setup = code_sources(path).split("\n\n#####\n\n")[0]
    assert setup.rstrip().endswith(f'perkiraan_waktu("{chapter.stem}")'), chapter.stem
    header = re.search(r"\*\*Perkiraan waktu:\*\*([^·\n]*)", markdown(path))
    assert header and not re.search(r"\d", header.group(1)), f"{chapter.stem}: angka di prosa"
