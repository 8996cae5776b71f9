"""What checking an answer produces: a verdict, a note (hint or solution), and one trainee's state.

No widgets and no IPython here. Every object has a plain-text form (``str``) so that feedback is
readable outside a notebook too; the widgets show the same objects as HTML.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

STATUSES = ("benar", "salah", "sebagian", "belum_dijawab", "tidak_valid")
ANSWERED = frozenset({"benar", "salah", "sebagian"})

STATUS_TITLES = {
    "benar": "Benar",
    "salah": "Belum tepat",
    "sebagian": "Sebagian benar",
    "belum_dijawab": "Belum dijawab",
    "tidak_valid": "Jawaban belum bisa diperiksa",
}

UNANSWERED = "Anda belum memberi jawaban. Isi jawaban dulu, lalu periksa lagi."
TRY_HINT = "Coba lagi; minta petunjuk bila perlu."
DISCUSSION_LEAD = "Bahan diskusi bersama fasilitator:"


def _text_block(
    title: str, message: str, details: Sequence[str], answer: Sequence[str] = ()
) -> str:
    lines = [title]
    if answer:
        lines += ["Jawaban:", *(f"- {line}" for line in answer)]
    lines.append(message)
    lines += [f"- {line}" for line in details]
    return "\n".join(lines)


@dataclass(frozen=True)
class Verdict:
    """The result of checking one answer: a status from STATUSES and why, in Bahasa Indonesia.

    Example:
        >>> print(Verdict("salah", "Coba lagi.", ("Merger: bukan koordinasi.",)))
        Belum tepat
        Coba lagi.
        - Merger: bukan koordinasi.
    """

    status: str
    message: str
    details: tuple[str, ...] = ()
    title: str = ""

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"Unknown verdict status: {self.status!r}")
        if not self.title:
            object.__setattr__(self, "title", STATUS_TITLES[self.status])

    @property
    def answered(self) -> bool:
        """True when the answer could be judged (right, wrong or partial)."""
        return self.status in ANSWERED

    def __str__(self) -> str:
        return _text_block(self.title, self.message, self.details)


@dataclass(frozen=True)
class Note:
    """A hint, a solution, or the message that the solution is still locked.

    Example:
        >>> print(Note("solusi", "Solusi", "Karena strukturnya tetap.", answer=("A. Koordinasi",)))
        Solusi
        Jawaban:
        - A. Koordinasi
        Karena strukturnya tetap.
    """

    kind: str  # "petunjuk", "solusi" or "terkunci"
    title: str
    message: str
    details: tuple[str, ...] = ()
    answer: tuple[str, ...] = ()  # the correct answer, one line each (solutions only)

    def __str__(self) -> str:
        return _text_block(self.title, self.message, self.details, self.answer)


def verdict(status: str, message: str, details: Sequence[str] = (), title: str = "") -> Verdict:
    """A verdict with its details as a tuple.

    Example:
        >>> verdict("benar", "Tepat.").title
        'Benar'
    """
    return Verdict(status, message, tuple(details), title)


def invalid(message: str) -> Verdict:
    """The verdict for an answer that cannot be judged (wrong shape, unknown option).

    Example:
        >>> invalid("Tulis satu huruf.").status
        'tidak_valid'
    """
    return verdict("tidak_valid", message)


def unanswered() -> Verdict:
    """The verdict for a blank answer.

    Example:
        >>> unanswered().message == UNANSWERED
        True
    """
    return verdict("belum_dijawab", UNANSWERED)


class Checkable(Protocol):
    """What a state needs from an exercise (every kind in ``helpers.exercises.kinds``)."""

    id: str
    penjelasan: str
    petunjuk: tuple[str, ...]

    def check(self, answer: object) -> Verdict: ...

    def answer_lines(self) -> list[str]: ...

    @property
    def discussion(self) -> tuple[str, ...]: ...


LOCKED = Note(
    "terkunci",
    "Solusi belum bisa dibuka",
    "Coba jawab dulu minimal satu kali; setelah itu solusi bisa dibuka. "
    "Butuh bantuan? Minta petunjuk.",
)


@dataclass
class ExerciseState:
    """One trainee's attempts at one exercise: counts attempts, hint level, unlocks solution.

    Example:
        >>> from helpers.exercises.bank import get_exercise
        >>> state = ExerciseState(get_exercise("kontinum-3"))
        >>> state.solution().kind, state.check("A").status, state.solution().kind
        ('terkunci', 'benar', 'solusi')
    """

    exercise: Checkable
    attempts: int = 0
    hints_shown: int = 0
    solved: bool = False
    solution_seen: bool = False
    last: Verdict | None = None
    last_answer: object = None

    def check(self, answer: object) -> Verdict:
        """Check an answer; only judgeable answers count as attempts."""
        result = self.exercise.check(answer)
        self.last, self.last_answer = result, answer
        if result.answered:
            self.attempts += 1
            self.solved = self.solved or result.status == "benar"
        return result

    def hint(self) -> Note:
        """The next hint level; after the last, the last one again."""
        hints = self.exercise.petunjuk
        level = min(self.hints_shown, len(hints) - 1)
        self.hints_shown = min(self.hints_shown + 1, len(hints))
        title = f"Petunjuk {level + 1} dari {len(hints)}"
        if level == len(hints) - 1 and len(hints) > 1:
            title += " (petunjuk terakhir)"
        return Note("petunjuk", title, hints[level])

    @property
    def solution_unlocked(self) -> bool:
        return self.attempts > 0

    def solution(self) -> Note:
        """The solution and its explanation, only after at least one judged attempt."""
        if not self.solution_unlocked:
            return LOCKED
        self.solution_seen = True
        exercise = self.exercise
        prompts = exercise.discussion
        message = f"{exercise.penjelasan} {DISCUSSION_LEAD}" if prompts else exercise.penjelasan
        return Note("solusi", "Solusi", message, prompts, tuple(exercise.answer_lines()))
