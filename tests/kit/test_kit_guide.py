"""The facilitator guide and the slide metadata are generated, and stay fresh."""

from __future__ import annotations

import pytest

from helpers.core.manifest import course
from kit import course_notebooks, guide, slide_metadata
from kit import structure as st
from tests.kit.conftest import ROOT, has_slide_metadata

NOTEBOOKS = course_notebooks()


def test_guide_is_fresh():
    committed = (ROOT / guide.GUIDE_PATH).read_text(encoding="utf-8")
    assert committed == guide.build_guide(), "Panduan fasilitator usang. Jalankan: make facilitator"


def test_guide_maps_indicators_as_the_manifest_does():
    text = guide.build_guide()
    for number, statement in course().indicators.items():
        part = text.split(f"### Indikator {number}: {statement}\n\n", 1)[1]
        listed = part.split("\n", 1)[0]
        expected = ", ".join(
            f"[`{c.stem}`](../notebooks/{c.filename})" for c in course().serving(number)
        )
        assert listed == f"- **Notebook:** {expected}"


def test_guide_plans_every_chapter_with_the_manifest_time():
    text = guide.build_guide()
    for nb in guide.read_course():
        assert f"| {nb.link} | {nb.chapter.title} | {nb.author_time} |" in text
    every = [nb.stem for nb in guide.read_course()]
    assert every == [c.stem for c in course().chapters]


def test_guide_quotes_every_prompt():
    text = guide.build_guide()
    for path in NOTEBOOKS:
        for section in st.read_structure(path).sections:
            for prompt in section.prompts:
                assert f"**{prompt.kind}:** {prompt.text}" in text, (path.name, prompt.text)


def test_guide_totals_the_manifest_times():
    text = guide.build_guide()
    total = sum(c.minutes + c.discussion_minutes for c in course().chapters)
    assert f"**Jumlah: {total} menit**" in text
    assert "saran" in text and "kunci-jawaban.md" in text and "make lab" in text


def test_section_times_share_out_each_notebook_time():
    bank = guide.default_bank()
    for nb in guide.read_course():
        weights = [guide.section_minutes(s, bank) for s in nb.sections]
        shares = guide.spread(weights, nb.chapter.minutes)
        assert sum(shares) == nb.chapter.minutes, nb.stem
        assert all(share >= 0 for share in shares)


def test_guide_prints_the_manifest_justification_of_its_times():
    raw = guide.read_content("course")
    if "dasar_menit" in raw:
        assert f"**Dasar perkiraan waktu.** {raw['dasar_menit']}" in guide.build_guide()
    else:
        assert "Dasar perkiraan waktu" not in guide.build_guide()


def test_guide_documents_the_live_deck_keys():
    text = guide.build_guide()
    part = text.split("### Salindia langsung", 1)[1].split("## 5.", 1)[0]
    for key in ("Salindia langsung", "Alt+Shift+S", "**Spasi**", "**Esc**", "**→**"):
        assert key in part


def test_every_notebook_exercise_is_in_the_bank():
    bank = guide.default_bank()
    for path in NOTEBOOKS:
        for section in st.read_structure(path).sections:
            for exercise_id in section.exercises:
                assert bank.get(exercise_id).notebook == path.stem


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_has_slide_metadata(path):
    assert has_slide_metadata(path), f"Jalankan: python -m kit.slide_metadata {path}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_slide_metadata_is_current(path):
    assert path.read_text(encoding="utf-8") == slide_metadata.updated_text(path), (
        f"Jalankan: python -m kit.slide_metadata {path}"
    )


def test_slide_plan_rules():
    for path in NOTEBOOKS:
        structure = st.read_structure(path)
        plan = slide_metadata.slide_plan(structure)
        assert plan[0][0] == "slide"
        for cell, (kind, _hide) in zip(structure.cells, plan, strict=True):
            if cell.role == st.SECTION:
                assert kind == "slide"
            if cell.role in (st.SETUP, st.PROGRESS):
                assert kind == "skip"
            if cell.role == st.EXERCISE:
                assert kind == "subslide"
