"""The closing quiz's score: correct answers per learning indicator and in total.

:func:`quiz_score` turns the trainee's exercise states into a :class:`QuizScore`, and
:func:`score_html` renders it with a download link; :func:`skor` does both for the states this
kernel's exercises keep. Re-running the cell shows the current score.

Example:
    >>> from helpers.exercises.bank import get_exercise
    >>> state = ExerciseState(get_exercise("evaluasi-4"))
    >>> _ = state.check("A")
    >>> quiz_score("08_evaluasi", {"evaluasi-4": state}).headline
    '1 dari 10 soal benar'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from helpers.core.manifest import course
from helpers.core.safe_html import MUTED_STYLE, escape, table
from helpers.exercises.bank import Bank
from helpers.exercises.model import ExerciseState
from helpers.exercises.progress import (
    ProgressSummary,
    json_download,
    now,
    progress_summary,
    work_download,
)
from helpers.exercises.widgets import INK_STYLE, Shown, exercise_states

QUIZ_NOTEBOOK = "08_evaluasi"
HEAD = ("Indikator", "Rumusan", "Dicoba", "Skor")


@dataclass(frozen=True)
class IndicatorScore:
    """One learning indicator's share of the quiz: graded questions, attempted, correct."""

    indikator: int
    graded: int
    attempted: int
    correct: int

    @property
    def label(self) -> str:
        """The indicator's wording from Bab I.D of the course text (the course manifest)."""
        return course().indicators[self.indikator]

    @property
    def text(self) -> str:
        """E.g. "2 dari 3 benar"."""
        return f"{self.correct} dari {self.graded} benar"


@dataclass(frozen=True)
class QuizScore:
    """The quiz score per indicator (in indicator order) and in total.

    Example:
        >>> print(quiz_score("08_evaluasi", {}))  # doctest: +ELLIPSIS
        Skor Anda: 0 dari 10 soal benar
        - Indikator 1 (Memahami konsep Whole of Government.): 0 dari 2 benar, dicoba 0
        ...
    """

    summary: ProgressSummary
    indicators: tuple[IndicatorScore, ...]

    @property
    def graded(self) -> int:
        return sum(s.graded for s in self.indicators)

    @property
    def attempted(self) -> int:
        return sum(s.attempted for s in self.indicators)

    @property
    def correct(self) -> int:
        return sum(s.correct for s in self.indicators)

    @property
    def solutions_seen(self) -> int:
        return sum(r.solution_seen for r in self.summary.rows if r.graded)

    @property
    def headline(self) -> str:
        """E.g. "7 dari 10 soal benar"."""
        return f"{self.correct} dari {self.graded} soal benar"

    @property
    def seen_text(self) -> str:
        """Whether solutions were opened, in one sentence."""
        if not self.solutions_seen:
            return "Belum ada solusi yang dibuka."
        return (
            f"Solusi dibuka pada {self.solutions_seen} soal; soal itu tetap dihitung benar bila "
            "Anda kemudian menjawabnya dengan tepat."
        )

    def __str__(self) -> str:
        rows = [
            f"- Indikator {s.indikator} ({s.label}): {s.text}, dicoba {s.attempted}"
            for s in self.indicators
        ]
        return "\n".join([f"Skor Anda: {self.headline}", *rows, self.seen_text])

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready record: the score and the per-question progress, never the answers."""
        return {
            "skor": {
                "benar": self.correct,
                "dinilai": self.graded,
                "dicoba": self.attempted,
                "solusi_dibuka": self.solutions_seen,
            },
            "per_indikator": [
                {
                    "indikator": s.indikator,
                    "rumusan": s.label,
                    "benar": s.correct,
                    "dinilai": s.graded,
                    "dicoba": s.attempted,
                }
                for s in self.indicators
            ],
            "kemajuan": self.summary.as_dict(),
        }


def quiz_score(
    notebook: str, states: Mapping[str, ExerciseState], bank: Bank | None = None
) -> QuizScore:
    """Score a notebook's graded exercises per indicator from the trainee's states.

    Reflections are not scored; an exercise counts as correct once it was answered right.
    Indicators without a graded exercise in the notebook are left out.

    Example:
        >>> score = quiz_score("08_evaluasi", {})
        >>> [(s.indikator, s.graded) for s in score.indicators]
        [(1, 2), (2, 4), (3, 2), (4, 2)]
        >>> score.headline
        '0 dari 10 soal benar'
    """
    summary = progress_summary(notebook, states, bank)
    graded = [r for r in summary.rows if r.graded]
    scores = tuple(
        IndicatorScore(
            indikator,
            graded=sum(r.indikator == indikator for r in graded),
            attempted=sum(r.indikator == indikator and r.attempts > 0 for r in graded),
            correct=sum(r.indikator == indikator and r.solved for r in graded),
        )
        for indikator in sorted(course().indicators)
        if any(r.indikator == indikator for r in graded)
    )
    return QuizScore(summary, scores)


def score_html(score: QuizScore, created: str = "") -> str:
    """The score as a small table (per indicator and total) with a JSON download link.

    Example:
        >>> page = score_html(quiz_score("08_evaluasi", {}))
        >>> "0 dari 10 soal benar" in page, "skor-08_evaluasi.json" in page
        (True, True)
    """
    rows = [
        (s.indikator, s.label, f"{s.attempted} dari {s.graded}", s.text) for s in score.indicators
    ]
    total = ("Jumlah", "", f"{score.attempted} dari {score.graded}", f"{score.correct} dari "
             f"{score.graded} benar")  # fmt: skip
    record = {**score.as_dict(), "dibuat": created}
    link = work_download() or json_download(
        record, f"skor-{score.summary.notebook}.json", "⬇ Unduh skor (JSON)"
    )
    return (
        f"<div class='wog-skor' style='{INK_STYLE}; line-height: 1.5'>"
        f"<p style='font-size: 1.2em'><strong>Skor Anda: {escape(score.headline)}</strong></p>"
        f"{table(HEAD, [*rows, total])}"
        f"<p>{escape(score.seen_text)}</p><p>{link}</p>"
        f"<p style='{MUTED_STYLE}'><em>Kuis ini latihan: skornya dihitung ulang setiap kali sel "
        "ini dijalankan. Ukuran yang dihitung adalah tes akhir di notebook ini.</em></p></div>"
    )


def skor(notebook: str = QUIZ_NOTEBOOK) -> Shown:
    """The quiz score from this kernel's exercises, with a download link.

    In a notebook it shows as a table (:func:`score_html`); ``print`` gives plain text.

    Example:
        >>> print(skor())  # doctest: +ELLIPSIS
        Skor Anda: ... dari 10 soal benar
        ...
    """
    score = quiz_score(notebook, exercise_states())
    return Shown(score, score_html(score, now()))
