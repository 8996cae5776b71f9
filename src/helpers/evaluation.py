"""The closing quiz's score: correct answers per learning indicator and in total.

Pure part: :func:`quiz_score` turns the trainee's exercise states (see
``helpers.exercises.ExerciseState``) into a :class:`QuizScore`, and :func:`score_html` renders it
with a download link. Display part: :func:`skor` reads the states the exercise widgets keep in this
kernel and shows the score; re-running the cell shows the current score.

Example:
    >>> from helpers.exercises import ExerciseState, get_exercise
    >>> state = ExerciseState(get_exercise("evaluasi-4"))
    >>> _ = state.check("A")
    >>> quiz_score("08_evaluasi", {"evaluasi-4": state}).headline
    '1 dari 10 soal benar'
"""

from __future__ import annotations

import base64
import html
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from IPython.display import HTML, display

from helpers.exercises import (
    INDICATORS,
    Bank,
    ExerciseState,
    ProgressSummary,
    progress_summary,
)

QUIZ_NOTEBOOK = "08_evaluasi"


@dataclass(frozen=True)
class IndicatorScore:
    """One learning indicator's share of the quiz: graded questions, attempted, correct."""

    indikator: int
    graded: int
    attempted: int
    correct: int

    @property
    def label(self) -> str:
        """The indicator's wording from Bab I.D of the course text."""
        return INDICATORS[self.indikator]

    @property
    def text(self) -> str:
        """E.g. "2 dari 3 benar"."""
        return f"{self.correct} dari {self.graded} benar"


@dataclass(frozen=True)
class QuizScore:
    """The quiz score per indicator (in indicator order) and in total."""

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
        return sum(r.solution_seen for r in self.summary.rows if r.jenis != "refleksi")

    @property
    def headline(self) -> str:
        """E.g. "7 dari 10 soal benar"."""
        return f"{self.correct} dari {self.graded} soal benar"

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
        [(1, 2), (2, 3), (3, 2), (4, 3)]
        >>> score.headline
        '0 dari 10 soal benar'
    """
    summary = progress_summary(notebook, states, bank)
    graded = [r for r in summary.rows if r.jenis != "refleksi"]
    scores = tuple(
        IndicatorScore(
            indikator,
            graded=sum(r.indikator == indikator for r in graded),
            attempted=sum(r.indikator == indikator and r.attempts > 0 for r in graded),
            correct=sum(r.indikator == indikator and r.solved for r in graded),
        )
        for indikator in sorted(INDICATORS)
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
    cell = "padding: 0.1em 0.6em; text-align: left"
    head = "".join(
        f"<th style='{cell}'>{h}</th>" for h in ("Indikator", "Rumusan", "Dicoba", "Skor")
    )
    rows = "".join(
        f"<tr><td style='{cell}'>{s.indikator}</td><td style='{cell}'>{html.escape(s.label)}</td>"
        f"<td style='{cell}'>{s.attempted} dari {s.graded}</td>"
        f"<td style='{cell}'><strong>{s.text}</strong></td></tr>"
        for s in score.indicators
    )
    total = (
        f"<tr><td style='{cell}' colspan='2'><strong>Jumlah</strong></td>"
        f"<td style='{cell}'>{score.attempted} dari {score.graded}</td>"
        f"<td style='{cell}'><strong>{score.correct} dari {score.graded} benar</strong></td></tr>"
    )
    record = {**score.as_dict(), "dibuat": created}
    payload = base64.b64encode(json.dumps(record, ensure_ascii=False, indent=2).encode()).decode()
    notebook = score.summary.notebook
    link = (
        f"<a download='skor-{notebook}.json' "
        f"href='data:application/json;charset=utf-8;base64,{payload}' "
        "style='color: var(--jp-content-link-color, inherit)'>⬇ Unduh skor (JSON)</a>"
    )
    seen = (
        f"Solusi dibuka pada {score.solutions_seen} soal; soal itu tetap dihitung benar bila "
        "Anda kemudian menjawabnya dengan tepat."
        if score.solutions_seen
        else "Belum ada solusi yang dibuka."
    )
    return (
        "<div class='wog-skor' style='color: var(--jp-content-font-color1, inherit); "
        "line-height: 1.5'>"
        f"<p style='font-size: 1.2em'><strong>Skor Anda: {score.headline}</strong></p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{rows}{total}</tbody></table>"
        f"<p>{html.escape(seen)}</p><p>{link}</p>"
        "<p style='color: var(--jp-content-font-color2, inherit)'><em>Skor ini hanya ada selama "
        "kernel berjalan dan tidak memuat jawaban Anda. Jalankan ulang sel ini setelah menjawab "
        "untuk memperbarui skor; unduh berkasnya sebelum sesi Binder berakhir.</em></p></div>"
    )


def skor(notebook: str = QUIZ_NOTEBOOK) -> None:
    """Show the quiz score from this kernel's exercise widgets, with a download link.

    Outside a notebook IPython prints only the object's name; the HTML is :func:`score_html`.

    Example:
        >>> skor()
        <IPython.core.display.HTML object>
    """
    from helpers.exercise_widgets import exercise_states

    score = quiz_score(notebook, exercise_states())
    display(HTML(score_html(score, datetime.now().isoformat(timespec="seconds"))))


__all__ = ["IndicatorScore", "QuizScore", "quiz_score", "score_html", "skor"]
