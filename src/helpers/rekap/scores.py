"""Every score of the class rekap, recomputed from the recorded answers against the bank.

No score, status or verdict stored in a file is used: each recorded ``jawaban`` is checked again
with :func:`helpers.exercises.workfile.judge`, so an edited score in a file changes nothing
(docs/format-hasil.md). A practice exercise counts a trainee's attempts that could be judged;
a test counts every item of its form, an item left out or unanswered being not correct.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from helpers.core.text import format_number
from helpers.exercises.bank import TEST_FORMS, Bank
from helpers.exercises.kinds import Exercise
from helpers.exercises.model import ANSWERED
from helpers.exercises.workfile import judge
from helpers.rekap.folder import Trainee

TEST_NAMES = {"pretest": "Pre-test", "posttest": "Post-test"}


def answer_text(value: object) -> str:
    """A recorded answer as one line a facilitator reads.

    Example:
        >>> answer_text(["Perizinan", "Kependudukan"]), answer_text({"Merger": "Integrasi"})
        ('Perizinan; Kependudukan', 'Merger → Integrasi')
        >>> answer_text(66.6), answer_text(None)
        ('66,6', '(kosong)')
    """
    if value is None:
        return "(kosong)"
    if isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, int | float):
        return format_number(value, 0 if float(value).is_integer() else 1)
    if isinstance(value, list):
        return "; ".join(answer_text(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k} → {answer_text(v)}" for k, v in value.items())
    return str(value)


class Judge:
    """Recomputes verdicts against one bank, each distinct (exercise, answer) once: a class
    gives the same answers many times, and some checks compute their number from the data.

    Example:
        >>> from helpers.exercises.bank import default_bank
        >>> Judge(default_bank()).status("kontinum-3", "Koordinasi")
        'benar'
    """

    def __init__(self, bank: Bank):
        self.bank = bank
        self._seen: dict[tuple[str, str], str] = {}

    def status(self, exercise_id: str, answer: object) -> str:
        key = (exercise_id, json.dumps(answer, sort_keys=True, ensure_ascii=False))
        if key not in self._seen:
            self._seen[key] = judge(exercise_id, answer, self.bank).status
        return self._seen[key]


def judged(trainee: Trainee, exercise: Exercise, judge: Judge) -> list[tuple[object, str]]:
    """The trainee's judgeable attempts at ``exercise``: (answer, recomputed status), in order.

    Example:
        >>> from helpers.exercises.bank import default_bank
        >>> from helpers.rekap.fiktif import example_trainee
        >>> judged(example_trainee({"kontinum-3": ["Integrasi", None, "Koordinasi"]}),
        ...        default_bank().get("kontinum-3"), Judge(default_bank()))
        [('Integrasi', 'salah'), ('Koordinasi', 'benar')]
    """
    entry = trainee.work.latihan.get(exercise.id) or {}
    answers = [attempt.get("jawaban") for attempt in entry.get("percobaan", [])]
    statuses = [(a, judge.status(exercise.id, a)) for a in answers]
    return [(a, status) for a, status in statuses if status in ANSWERED]


@dataclass(frozen=True)
class ExerciseResult:
    """One graded practice exercise across the class."""

    exercise: Exercise
    attempted: int  # trainees with at least one judgeable attempt
    first_right: int  # ... whose first judgeable attempt was right
    finally_right: int  # ... who got it right at some attempt
    wrong: Counter[str] = field(default_factory=Counter)  # wrong answer -> trainees giving it

    def rate(self, count: int) -> float | None:
        """``count`` as a percentage of the trainees who attempted (None if nobody did)."""
        return 100 * count / self.attempted if self.attempted else None


def exercise_result(
    exercise: Exercise, trainees: Sequence[Trainee], judge: Judge
) -> ExerciseResult:
    """Attempts, first-time right, right at last and the wrong answers of one exercise.

    Example:
        >>> from helpers.exercises.bank import default_bank
        >>> from helpers.rekap.fiktif import example_trainee
        >>> bank = default_bank()
        >>> people = [example_trainee({"kontinum-3": ["Integrasi", "Koordinasi"]}),
        ...           example_trainee({"kontinum-3": ["Koordinasi"]})]
        >>> r = exercise_result(bank.get("kontinum-3"), people, Judge(bank))
        >>> r.attempted, r.first_right, r.finally_right, dict(r.wrong)
        (2, 1, 2, {'Integrasi': 1})
    """
    attempted = first = final = 0
    wrong: Counter[str] = Counter()
    for trainee in trainees:
        tries = judged(trainee, exercise, judge)
        if not tries:
            continue
        attempted += 1
        first += tries[0][1] == "benar"
        final += any(status == "benar" for _, status in tries)
        wrong.update({answer_text(a) for a, status in tries if status != "benar"})
    return ExerciseResult(exercise, attempted, first, final, wrong)


def exercise_results(trainees: Sequence[Trainee], judge: Judge) -> list[ExerciseResult]:
    """Every graded practice exercise of the bank, in course order (reflections left out)."""
    return [exercise_result(ex, trainees, judge) for ex in judge.bank.exercises() if ex.graded]


def form_items(bank: Bank, form: str) -> tuple[Exercise, ...]:
    """The graded items of a test form, or () when the bank has no such form.

    Example:
        >>> from helpers.exercises.bank import default_bank
        >>> form_items(default_bank(), "tidak-ada")
        ()
    """
    try:
        return tuple(ex for ex in bank.form(form).exercises if ex.graded)
    except KeyError:
        return ()


@dataclass(frozen=True)
class FormScore:
    """One trainee's recomputed score on one test form: indicator -> (correct, items)."""

    form: str
    by_indicator: dict[int, tuple[int, int]]

    @property
    def correct(self) -> int:
        return sum(c for c, _ in self.by_indicator.values())

    @property
    def items(self) -> int:
        return sum(n for _, n in self.by_indicator.values())

    @property
    def percent(self) -> float:
        return 100 * self.correct / self.items if self.items else 0.0


def form_score(trainee: Trainee, form: str, judge: Judge) -> FormScore | None:
    """The trainee's score on ``form`` ("pretest" or "posttest"), None if not submitted."""
    sent = trainee.work.tes.get(form)
    items = form_items(judge.bank, form)
    if not isinstance(sent, dict) or not items:
        return None
    answers = sent.get("jawaban") or {}
    scores: dict[int, tuple[int, int]] = {}
    for item in items:
        right = judge.status(item.id, answers.get(item.id)) == "benar"
        correct, total = scores.get(item.indikator, (0, 0))
        scores[item.indikator] = (correct + right, total + 1)
    return FormScore(form, dict(sorted(scores.items())))


def class_test_scores(trainees: Iterable[Trainee], judge: Judge) -> list[dict]:
    """Per test and indicator: the class's mean recomputed score (%) and how many submitted."""
    rows = []
    for form in TEST_FORMS:
        scores = [s for t in trainees if (s := form_score(t, form, judge))]
        indicators = sorted({i for s in scores for i in s.by_indicator})
        for indicator in indicators:
            shares = [c / n for s in scores for c, n in [s.by_indicator[indicator]] if n]
            rows.append(
                {
                    "tes": TEST_NAMES[form],
                    "indikator": indicator,
                    "persen": 100 * sum(shares) / len(shares) if shares else 0.0,
                    "peserta": len(scores),
                }
            )
    return rows


def last_text(trainee: Trainee, exercise: Exercise) -> str:
    """The last text the trainee checked for a reflection ("" if none)."""
    entry = trainee.work.latihan.get(exercise.id) or {}
    texts = [a.get("jawaban") for a in entry.get("percobaan", [])]
    texts = [t for t in texts if isinstance(t, str) and t.strip()]
    return texts[-1].strip() if texts else ""
