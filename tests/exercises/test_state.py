"""One trainee's state: attempts, hint levels, the solution lock, progress; plain-text forms."""

from __future__ import annotations

import pytest

from helpers.core.text import DERIVED_LABEL
from helpers.exercises import Note, Verdict, get_exercise
from helpers.exercises.progress import progress_summary
from tests.exercises.common import PERMEN_SHARE, REFLECTION, state

# --- hints, solution, attempts -------------------------------------------------------------


def test_hints_come_in_levels_and_stop_at_the_last():
    s = state("pelayanan-3")
    titles = [s.hint().title for _ in range(4)]
    assert titles[0] == "Petunjuk 1 dari 3"
    assert titles[1] == "Petunjuk 2 dari 3"
    assert titles[2] == titles[3] == "Petunjuk 3 dari 3 (petunjuk terakhir)"
    assert s.hint().message == get_exercise("pelayanan-3").petunjuk[-1]


def test_solution_locked_until_a_judged_attempt():
    s = state("pelayanan-3")
    assert s.solution().kind == "terkunci"
    s.check("")
    s.check("enam puluh")
    assert s.attempts == 0
    assert s.solution().kind == "terkunci"
    assert not s.solution_seen
    s.check(20)
    assert s.attempts == 1
    solution = s.solution()
    assert solution.kind == "solusi"
    assert s.solution_seen
    shown = f"{PERMEN_SHARE:.1f}".replace(".", ",")
    assert any(shown in line and DERIVED_LABEL in line for line in solution.answer)


def test_solution_of_reflection_lists_prompts():
    s = state("mulai-3")
    s.check(REFLECTION)
    solution = s.solution()
    assert solution.details == get_exercise("mulai-3").pertanyaan_diskusi


def test_state_remembers_a_right_answer():
    s = state("kontinum-3")
    s.check("A")
    s.check("B")
    assert s.solved
    assert s.attempts == 2
    assert s.last.status == "salah"


def test_progress_summary_counts_attempts_and_correct_answers():
    states = {i: state(i) for i in ("pelayanan-1", "pelayanan-3", "pelayanan-7")}
    states["pelayanan-1"].check("A")
    states["pelayanan-3"].check(20)
    states["pelayanan-7"].check(REFLECTION)
    summary = progress_summary("04_kondisi_pelayanan_publik", states)
    assert (summary.total, summary.attempted, summary.correct) == (8, 3, 1)
    assert summary.graded_total == 7
    assert summary.reflections_written == 1
    record = summary.as_dict()
    assert record["dicoba"] == 3
    assert REFLECTION not in str(record)


def test_progress_summary_of_unknown_notebook():
    with pytest.raises(KeyError, match="tidak punya latihan"):
        progress_summary("99_tidak_ada", {})


# --- plain-text forms ----------------------------------------------------------------------


def test_verdict_reads_as_plain_text():
    verdict = get_exercise("kontinum-3").check("Integrasi")
    lines = str(verdict).splitlines()
    assert lines[0] == "Belum tepat"
    assert "mulai cair" in lines[1]


def test_partial_verdict_lists_its_details_as_bullets():
    text = str(get_exercise("pelayanan-2").check(["A", "B"]))
    assert text.startswith("Sebagian benar\n")
    assert any(line.startswith("- ") and "jumlah pegawai" in line for line in text.splitlines())


def test_note_reads_as_plain_text():
    s = state("pelayanan-3")
    assert str(s.hint()).startswith("Petunjuk 1 dari 3\n")
    s.check(20)
    shown = f"{PERMEN_SHARE:.1f}".replace(".", ",")
    lines = str(s.solution()).splitlines()
    assert lines[:2] == ["Solusi", "Jawaban:"]
    assert lines[2].startswith(f"- {shown}%") and DERIVED_LABEL in lines[2]


def test_plain_text_objects_are_the_public_ones():
    assert isinstance(get_exercise("mulai-3").check(REFLECTION), Verdict)
    assert isinstance(state("mulai-3").solution(), Note)
