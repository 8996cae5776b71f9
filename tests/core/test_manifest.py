"""helpers.core.manifest and content: the one list of notebooks, checked against the files."""

import json
from pathlib import Path

import pytest

from helpers.core.content import CONTENT_DIR, ContentError, Fields, read_content
from helpers.core.manifest import KINDS, course

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK_DIR = ROOT / "notebooks"


def test_every_notebook_is_in_the_manifest_once_and_in_file_order():
    files = sorted(p.stem for p in NOTEBOOK_DIR.glob("[0-9][0-9]_*.ipynb"))
    assert [c.stem for c in course().chapters] == files


# Bab I.D ("Indikator hasil belajar") of the course text, as printed there.
BAB_I_D = {
    1: "Memahami konsep Whole of Government.",
    2: "Memahami penerapan Whole of Government dalam pemberian pelayanan yang terintegrasi.",
    3: "Memahami best practices penerapan Whole of Government.",
    4: "Memahami implementasi Whole of government dalam perspektif kebijakan di Indonesia.",
}


def test_the_four_indicators_are_those_of_bab_i_d():
    # The manifest capitalises "Government" in indicator 4; otherwise the wording is the source's.
    assert {k: v.casefold() for k, v in course().indicators.items()} == {
        k: v.casefold() for k, v in BAB_I_D.items()
    }


@pytest.mark.parametrize("chapter", course().chapters, ids=lambda c: c.stem)
def test_each_chapter_is_complete(chapter):
    assert chapter.kind in KINDS and chapter.title and chapter.covers
    assert set(chapter.indicators) <= {1, 2, 3, 4} and chapter.minutes > 0


@pytest.mark.parametrize("chapter", course().chapters, ids=lambda c: c.stem)
def test_the_notebook_title_is_the_manifest_title(chapter):
    cells = json.loads((NOTEBOOK_DIR / chapter.filename).read_text(encoding="utf-8"))["cells"]
    first_heading = "".join(cells[0]["source"]).splitlines()[0]
    assert first_heading == f"# {chapter.title}"


def test_an_unknown_notebook_is_named_in_the_error():
    with pytest.raises(KeyError, match="tidak ada di peta kursus"):
        course().chapter("99_tidak_ada")


def test_every_content_file_parses():
    for path in CONTENT_DIR.glob("*.yaml"):
        assert read_content(path.stem), path.name


def test_malformed_content_names_the_file_and_key():
    fields = Fields({"judul": ""}, "Berkas isi 'contoh.yaml'")
    with pytest.raises(ContentError, match="contoh.yaml.*'judul' kosong"):
        fields.text("judul")
    with pytest.raises(ContentError, match="'isi' tidak ada"):
        fields.text("isi")
