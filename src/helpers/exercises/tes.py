"""The locked tests: the pre-test (``tes_awal()``) and the post-test (``tes_akhir()``).

A test shows every item of its form with an answer field and one button that submits the whole
test. Until then there is no hint, no feedback and no solution; the first submission is written
to the trainee's work file and is the one that counts (a second is refused). After submitting,
the trainee sees their score per learning indicator, each item with its answer and why, and on
the post-test the change since the pre-test. Scores are always recomputed from the answers.

Example:
    >>> score = form_score("pretest", {"awal-1": None})
    >>> print(score.headline)
    0 dari 12 soal benar
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import ipywidgets as widgets

from helpers.core.explorer import WidgetView
from helpers.core.manifest import course
from helpers.core.safe_html import MUTED_STYLE, escape, table
from helpers.core.text import DERIVED_LABEL
from helpers.exercises.bank import Bank, default_bank
from helpers.exercises.inputs import answer_input, fill_input
from helpers.exercises.kinds import Exercise
from helpers.exercises.store import active_session
from helpers.exercises.widgets import INK_STYLE, SAVE_FAILED, feedback_html, question_html
from helpers.exercises.workfile import answer_json

TITLES = {"pretest": "Tes awal", "posttest": "Tes akhir"}
NO_NAME = (
    "Tes belum bisa dikirim karena Anda belum mengisi nama. Isi nama Anda dulu di notebook "
    "00_mulai (sel “Identitas peserta”), lalu jalankan ulang sel ini."
)
BLANKS = "Masih ada {n} soal yang belum dijawab. Klik “Kirim seluruh jawaban” sekali lagi bila "
BLANKS += "Anda tetap ingin mengirim; soal kosong dihitung salah."
LOCK_NOTE = (
    "Mode tes: tidak ada petunjuk, umpan balik, atau solusi sebelum seluruh tes dikirim. Jawaban "
    "hanya dapat dikirim satu kali, dan kiriman pertama yang dihitung."
)


def when(iso: str) -> str:
    """An ISO time as a trainee reads it.

    Example:
        >>> when("2026-12-01T09:10:00")
        '2026-12-01 pukul 09:10'
    """
    day, _, clock = iso.partition("T")
    return f"{day} pukul {clock[:5]}" if clock else day


@dataclass(frozen=True)
class IndicatorResult:
    """Correct items of one indicator in one form."""

    indikator: int
    correct: int
    total: int

    @property
    def percent(self) -> float:
        return 100 * self.correct / self.total if self.total else 0.0


@dataclass(frozen=True)
class FormScore:
    """A submitted form, scored per indicator from its answers (never from a stored score)."""

    form: str
    indicators: tuple[IndicatorResult, ...]

    @property
    def correct(self) -> int:
        return sum(r.correct for r in self.indicators)

    @property
    def total(self) -> int:
        return sum(r.total for r in self.indicators)

    @property
    def headline(self) -> str:
        return f"{self.correct} dari {self.total} soal benar"

    def by_indicator(self) -> dict[int, IndicatorResult]:
        return {r.indikator: r for r in self.indicators}


def form_score(form: str, answers: Mapping[str, object], bank: Bank | None = None) -> FormScore:
    """Score a form's answers per indicator; a missing or blank answer counts as not correct.

    Example:
        >>> right = {ex.id: ex.jawaban for ex in default_bank().form("posttest").exercises}
        >>> [(r.indikator, r.correct, r.total) for r in form_score("posttest", right).indicators]
        [(1, 3, 3), (2, 3, 3), (3, 3, 3), (4, 3, 3)]
    """
    items = (bank or default_bank()).form(form).exercises
    right = {ex.id for ex in items if ex.check(answers.get(ex.id)).status == "benar"}
    return FormScore(
        form,
        tuple(
            IndicatorResult(n, sum(ex.id in right for ex in group), len(group))
            for n in sorted(course().indicators)
            if (group := [ex for ex in items if ex.indikator == n])
        ),
    )


def gain_rows(pre: FormScore, post: FormScore) -> list[tuple[str, ...]]:
    """Per indicator: pre-test, post-test and the change, in percentage points.

    Example:
        >>> pre, post = form_score("pretest", {}), form_score("posttest", {})
        >>> gain_rows(pre, post)[0]
        ('1', '0 dari 3 (0 %)', '0 dari 3 (0 %)', '+0 poin')
    """
    before = pre.by_indicator()
    rows = []
    for after in post.indicators:
        old = before.get(after.indikator)
        if old is None:
            continue
        change = round(after.percent - old.percent)
        rows.append(
            (
                str(after.indikator),
                f"{old.correct} dari {old.total} ({round(old.percent)} %)",
                f"{after.correct} dari {after.total} ({round(after.percent)} %)",
                f"{change:+d} poin",
            )
        )
    return rows


def _score_table(score: FormScore) -> str:
    rows = [
        (r.indikator, course().indicators[r.indikator], f"{r.correct} dari {r.total}")
        for r in score.indicators
    ]
    return table(("Indikator", "Rumusan", "Benar"), [*rows, ("Jumlah", "", score.headline)])


def result_html(score: FormScore, items: list[Exercise], answers: Mapping[str, object]) -> str:
    """After submission: the score per indicator, the gain (post-test), each item explained.

    Example:
        >>> items = list(default_bank().form("pretest").exercises)
        >>> "0 dari 12 soal benar" in result_html(form_score("pretest", {}), items, {})
        True
    """
    parts = [f"<p style='font-size: 1.2em'><strong>Skor {TITLES[score.form]}: "
             f"{escape(score.headline)}</strong></p>", _score_table(score)]  # fmt: skip
    session = active_session()
    pre = session.submitted("pretest") if session else None
    if score.form == "posttest" and pre:
        rows = gain_rows(form_score("pretest", pre["jawaban"]), score)
        head = ("Indikator", "Tes awal", "Tes akhir", "Perubahan")
        parts += [f"<p><strong>Perubahan sejak tes awal</strong> {DERIVED_LABEL}</p>",
                  table(head, rows)]  # fmt: skip
    elif score.form == "posttest":
        parts.append(f"<p style='{MUTED_STYLE}'>Tes awal Anda tidak ada di berkas kerja ini, "
                     "jadi perubahannya tidak dapat dihitung.</p>")  # fmt: skip
    for ex in items:
        verdict = ex.check(answers.get(ex.id))
        answer = "; ".join(ex.answer_lines())
        parts.append(feedback_html(verdict.status, f"{ex.id}: {verdict.title}", ex.penjelasan,
                                   answer=(answer,)))  # fmt: skip
    return f"<div class='wog-skor' style='{INK_STYLE}; line-height: 1.5'>{''.join(parts)}</div>"


class FormView(WidgetView):
    """One test form: every item, one submit button, then the score (see module docstring)."""

    def __init__(self, form: str, bank: Bank | None = None):
        self.form = form
        self.items = list((bank or default_bank()).form(form).exercises)
        self.inputs = {ex.id: answer_input(ex) for ex in self.items}
        self.submit_button = widgets.Button(
            description="Kirim seluruh jawaban", button_style="primary", icon="paper-plane"
        )
        self.submit_button.layout.width = "auto"
        self.message = widgets.HTML()
        self.result = widgets.HTML()
        self.answered = widgets.HTML()
        self._warned = False
        for answer in self.inputs.values():
            for control in answer.controls.values():
                control.observe(self._count_answered, names="value")
        self._count_answered()
        self.submit_button.on_click(self._on_submit)
        rows = [
            widgets.VBox([widgets.HTML(question_html(ex)), self.inputs[ex.id].widget])
            for ex in self.items
        ]
        intro = widgets.HTML(f"<p><strong>{TITLES[form]}</strong></p><p>{escape(LOCK_NOTE)}</p>")
        self.view = widgets.VBox(
            [intro, *rows, self.answered, self.submit_button, self.message, self.result]
        )
        self.view.add_class("wog-tes")
        session = active_session()
        sent = session.submitted(form) if session else None
        if sent:
            self._show_submitted(
                sent["jawaban"], "Tes ini sudah Anda kirim pada " + when(sent["dikirim"])
            )

    def _count_answered(self, _change: dict | None = None) -> None:
        """Say how many items hold an answer (never whether it is right) before submitting."""
        answered = sum(value is not None for value in self.answers().values())
        total = len(self.items)
        text = f"Terjawab {answered} dari {total} soal; jawaban baru dinilai setelah dikirim."
        self.answered.value = f"<p style='{MUTED_STYLE}'>{escape(text)}</p>"

    def answers(self) -> dict[str, object]:
        """The answers as they would be stored (normal form), by item id."""
        return {ex.id: answer_json(ex, self.inputs[ex.id].read()) for ex in self.items}

    def _lock(self) -> None:
        self.submit_button.disabled = True
        for answer in self.inputs.values():
            for control in answer.controls.values():
                control.disabled = True

    def _show_submitted(self, answers: Mapping[str, object], note: str) -> None:
        for ex in self.items:
            fill_input(ex, self.inputs[ex.id], answers.get(ex.id))
        self._lock()
        self.message.value = f"<p>{escape(note)}.</p>"
        score = form_score(self.form, answers)
        self.result.value = result_html(score, self.items, answers)

    def _on_submit(self, _button: widgets.Button | None = None) -> None:
        session = active_session()
        if session is None:
            self.message.value = feedback_html("terkunci", "Belum bisa dikirim", NO_NAME)
            return
        answers = self.answers()
        blanks = sum(value is None for value in answers.values())
        if blanks and not self._warned:
            self._warned = True
            self.message.value = feedback_html("belum_dijawab", "Belum lengkap",
                                               BLANKS.format(n=blanks))  # fmt: skip
            return
        try:
            first = session.submit_test(self.form, answers)
        except (OSError, ValueError) as error:
            problem = getattr(error, "strerror", None) or str(error)
            self.message.value = feedback_html("tidak_valid", "Belum tersimpan", SAVE_FAILED.format(
                error=problem))  # fmt: skip
            return
        if not first:
            sent = session.submitted(self.form) or {"jawaban": {}, "dikirim": ""}
            self._show_submitted(
                sent["jawaban"], "Tes ini sudah dikirim pada " + when(sent["dikirim"])
            )
            return
        self._show_submitted(answers, "Terima kasih, jawaban Anda sudah dikirim dan tersimpan")


def tes_awal() -> FormView:
    """The pre-test (at the start of the course), in locked test mode.

    Example:
        >>> len(tes_awal().items)
        12
    """
    return FormView("pretest")


def tes_akhir() -> FormView:
    """The post-test (at the end of the course), with the change since the pre-test.

    Example:
        >>> len(tes_akhir().items)
        12
    """
    return FormView("posttest")
