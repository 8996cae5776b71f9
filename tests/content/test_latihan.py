"""Exercises serve what the notebooks promise: every learning objective at the top of a chapter
names its indicator and is exercised in that chapter, and the practice bank holds, for every
indicator, at least as many graded items as the closing quiz (08_evaluasi) asks of it."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from helpers.core.manifest import course
from helpers.exercises.bank import load_bank
from tests.conftest import ROOT

BANK = load_bank()
QUIZ = "08_evaluasi"
INDICATOR = re.compile(r"indikator (\d)")
# Chapters with a bank file. The start page (kind "mulai") names all four indicators without
# teaching them; notebooks without a bank file (09's open tasks) have no checked exercises.
CHAPTERS = [c for c in course().chapters if c.kind != "mulai" and c.stem in BANK.notebooks]


def objectives(stem: str) -> list[str]:
    """The bullets of a notebook's *Tujuan pembelajaran* paragraph."""
    cells = json.loads((ROOT / "notebooks" / f"{stem}.ipynb").read_text(encoding="utf-8"))["cells"]
    for cell in cells:
        text = "".join(cell["source"])
        if cell["cell_type"] == "markdown" and "**Tujuan pembelajaran" in text:
            block = text.split("**Tujuan pembelajaran", 1)[1].split("**Perkiraan waktu", 1)[0]
            return [line[2:] for line in block.splitlines() if line.startswith("- ")]
    raise AssertionError(f"{stem}: tidak ada bagian Tujuan pembelajaran")


def indicators_of(objective: str) -> set[int]:
    return {int(n) for n in INDICATOR.findall(objective)}


def graded(stem: str) -> list:
    return [ex for ex in BANK.notebook(stem).exercises if ex.jenis != "refleksi"]


def test_objectives_are_read_from_the_notebook():
    found = objectives("05_praktik_dan_tantangan")
    assert len(found) == 3
    assert [indicators_of(o) for o in found] == [{3}, {2}, {2}]


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda c: c.stem)
def test_every_objective_names_an_indicator(chapter):
    for objective in objectives(chapter.stem):
        assert indicators_of(objective), f"{chapter.stem}: tujuan tanpa indikator: {objective}"


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda c: c.stem)
def test_objectives_and_exercises_cover_the_same_indicators(chapter):
    promised = set().union(*(indicators_of(o) for o in objectives(chapter.stem)))
    exercised = {ex.indikator for ex in BANK.notebook(chapter.stem).exercises}
    assert promised == set(chapter.indicators), f"{chapter.stem}: tujuan vs course.yaml"
    assert promised == exercised, (
        f"{chapter.stem}: tujuan menyebut indikator {sorted(promised)}, latihannya bertanda "
        f"{sorted(exercised)}"
    )


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda c: c.stem)
def test_each_promised_indicator_has_a_graded_exercise_or_a_reflection(chapter):
    exercises = BANK.notebook(chapter.stem).exercises
    for objective in objectives(chapter.stem):
        for n in indicators_of(objective):
            assert any(ex.indikator == n for ex in exercises), f"{chapter.stem}: {objective}"


def practice_supply() -> Counter:
    stems = [c.stem for c in course().chapters if c.stem in BANK.notebooks and c.stem != QUIZ]
    return Counter(ex.indikator for stem in stems for ex in graded(stem))


def test_the_quiz_asks_something_of_every_indicator():
    assert set(Counter(ex.indikator for ex in graded(QUIZ))) == set(course().indicators)


@pytest.mark.parametrize("indicator", sorted(course().indicators))
def test_practice_bank_has_at_least_as_many_items_as_the_quiz_needs(indicator):
    needed = Counter(ex.indikator for ex in graded(QUIZ))[indicator]
    have = practice_supply()[indicator]
    assert have >= needed, f"indikator {indicator}: {have} soal latihan, kuis memerlukan {needed}"
