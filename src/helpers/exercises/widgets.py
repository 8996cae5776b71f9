"""The exercise views: collect an answer, ask the exercise for the verdict, show it.

In a notebook::

    from helpers.exercises import latihan, kemajuan
    soal = latihan("pelayanan-3")
    soal.tampilkan()          # question, answer field, buttons, feedback
    soal.cek(66.6)            # or check from a code cell
    kemajuan("04_kondisi_pelayanan_publik")

All colours come from JupyterLab's CSS variables, so the feedback stays readable in the light
and the dark theme. Every piece of text is escaped by ``helpers.core.safe_html``. Outside a
notebook, ``print(soal.cek(66.6))`` shows the same feedback as plain text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

import ipywidgets as widgets
from IPython.display import display

from helpers.core.explorer import WidgetView
from helpers.core.lean_widgets import button, column, html, row
from helpers.core.manifest import course
from helpers.core.safe_html import MUTED_STYLE, bullet_list, escape, inline
from helpers.exercises.bank import TEST_FORMS, default_bank
from helpers.exercises.inputs import answer_input, fill_input
from helpers.exercises.kinds import Exercise
from helpers.exercises.model import ExerciseState, Note, Verdict
from helpers.exercises.store import Session, active_session

# One state per exercise id for the kernel's lifetime: re-running a cell keeps the attempts.
_STATES: dict[str, ExerciseState] = {}

# JupyterLab theme colour per feedback kind, plus a symbol so colour is never the only cue.
FEEDBACK_STYLE = {
    "benar": ("success", "✔"),
    "salah": ("error", "✘"),
    "sebagian": ("warn", "◐"),
    "belum_dijawab": ("info", "?"),
    "tidak_valid": ("warn", "!"),
    "petunjuk": ("info", "💡"),
    "solusi": ("brand", "📖"),
    "terkunci": ("warn", "🔒"),
}
INK_STYLE = "color: var(--jp-content-font-color1, inherit)"


@dataclass(frozen=True)
class Shown:
    """Feedback shown as HTML in a notebook and as plain text elsewhere (``print``, a terminal).

    ``value`` is what is shown (a Verdict, a Note, a progress summary, a quiz score).

    Example:
        >>> shown = Shown(Verdict("benar", "Tepat."), "<p>Tepat.</p>")
        >>> shown._repr_html_()
        '<p>Tepat.</p>'
        >>> print(shown)
        Benar
        Tepat.
    """

    value: object
    html: str

    def _repr_html_(self) -> str:
        return self.html

    def _repr_pretty_(self, printer, _cycle: bool) -> None:
        printer.text(str(self.value))

    def __str__(self) -> str:
        return str(self.value)


def feedback_html(
    kind: str, title: str, message: str, details: Sequence[str] = (), answer: Sequence[str] = ()
) -> str:
    """A feedback box coloured with the theme's variables (kind: a status or a note kind).

    Example:
        >>> box = feedback_html("petunjuk", "Petunjuk 1", "Lihat kolom `jumlah`.")
        >>> "wog-petunjuk" in box, "<code>jumlah</code>" in box
        (True, True)
    """
    colour, symbol = FEEDBACK_STYLE[kind]
    accent = f"var(--jp-{colour}-color1, currentColor)"
    parts = [f"<strong style='color: {accent}'>{symbol} {escape(title)}</strong>"]
    if answer:
        parts.append("<div><em>Jawaban:</em></div>" + bullet_list(answer))
    parts.append(f"<div>{inline(message)}</div>")
    if details:
        parts.append(bullet_list(details))
    style = (
        f"border-left: 4px solid {accent}; padding: 0.5em 0.8em; margin: 0.3em 0; "
        f"background: var(--jp-layout-color2, transparent); {INK_STYLE}; line-height: 1.5;"
    )
    return f"<div class='wog-feedback wog-{kind}' style='{style}'>{''.join(parts)}</div>"


def verdict_html(verdict: Verdict) -> str:
    """The feedback box for a checked answer (see :func:`feedback_html`).

    Example:
        >>> "✔ Benar" in verdict_html(Verdict("benar", "Tepat."))
        True
    """
    return feedback_html(verdict.status, verdict.title, verdict.message, verdict.details)


def note_html(note: Note) -> str:
    """The feedback box for a hint, a solution, or the message that the solution is locked.

    Example:
        >>> note = ExerciseState(default_bank().get("kontinum-3")).solution()
        >>> "wog-terkunci" in note_html(note)
        True
    """
    return feedback_html(note.kind, note.title, note.message, note.details, note.answer)


def question_html(exercise: Exercise) -> str:
    """The exercise's heading and question text.

    Example:
        >>> "Latihan kontinum-3 · Indikator 1" in question_html(default_bank().get("kontinum-3"))
        True
    """
    meta = (
        f"Latihan {exercise.id} · Indikator {exercise.indikator} · {exercise.label} · "
        f"Sumber: {exercise.sumber}"
    )
    indicator = course().indicators[exercise.indikator]
    return (
        f"<div style='{INK_STYLE}; line-height: 1.5'>"
        f"<div style='{MUTED_STYLE}; font-size: 0.9em' title='{escape(indicator)}'>"
        f"{escape(meta)}</div>"
        f"<p style='margin: 0.4em 0'><strong>{inline(exercise.pertanyaan)}</strong></p></div>"
    )


SAVE_FAILED = "Jawaban ini belum tersimpan di berkas kerja Anda: {error}. Coba periksa lagi."


def _saved(write, *args: object) -> str:
    """Run one write to the work file; a failure is said in Indonesian, never raised."""
    try:
        write(*args)
    except (OSError, ValueError) as error:
        problem = getattr(error, "strerror", None) or str(error)
        return feedback_html("tidak_valid", "Belum tersimpan", SAVE_FAILED.format(error=problem))
    return ""


def checked(state: ExerciseState, answer: object) -> tuple[Verdict, str]:
    """Check an answer and write it to the trainee's work file (if they gave their name).

    Returns the verdict and a warning box ("" when saved or when there is no file).

    Example:
        >>> reset_progress()
        >>> checked(latihan("kontinum-3").state, "A")[0].status
        'benar'
    """
    result = state.check(answer)
    session = active_session()
    if session is None:
        return result, ""
    return result, _saved(session.record_check, state.exercise, answer, result)


def solution_note(state: ExerciseState) -> tuple[Note, str]:
    """The solution (or the locked note); an opened solution is recorded in the work file.

    Example:
        >>> reset_progress()
        >>> solution_note(latihan("kontinum-3").state)[0].kind
        'terkunci'
    """
    note = state.solution()
    session = active_session()
    if session is None or note.kind != "solusi":
        return note, ""
    return note, _saved(session.record_solution, state.exercise)


def restored_state(exercise: Exercise, session: Session | None) -> ExerciseState:
    """A state rebuilt from the work file: every saved answer checked again, in order.

    Verdicts are recomputed against the bank, never read from the file.

    Example:
        >>> restored_state(default_bank().get("kontinum-3"), None).attempts
        0
    """
    state = ExerciseState(exercise)
    entry = session.record["latihan"].get(exercise.id) if session else None
    if not isinstance(entry, dict):
        return state
    for attempt in entry.get("percobaan", []):
        state.check(attempt.get("jawaban"))
    state.solution_seen = bool(entry.get("melihat_solusi"))
    return state


class ExerciseView(WidgetView):
    """The widget form of one exercise: question, answer input, three buttons, feedback."""

    def __init__(self, state: ExerciseState):
        self.state = state
        exercise: Exercise = state.exercise  # type: ignore[assignment]
        answer = answer_input(exercise)
        self.answer_input, self.controls, self.read_answer = (
            answer.widget,
            answer.controls,
            answer.read,
        )
        self.check_button = button(exercise.check_label, "primary", width="auto")
        self.check_button.icon = "check"
        self.hint_button = button("Petunjuk", "info")
        self.solution_button = button("Lihat solusi", "warning")
        self.feedback = html(width="100%")
        if state.last is not None:
            fill_input(exercise, answer, state.last_answer)
            self.feedback.value = verdict_html(state.last)
        self.check_button.on_click(self._on_check)
        self.hint_button.on_click(self._on_hint)
        self.solution_button.on_click(self._on_solution)
        buttons = row([self.check_button, self.hint_button, self.solution_button])
        self.view = column(
            [html(question_html(exercise)), self.answer_input, buttons, self.feedback],
            border="1px solid var(--jp-border-color2)",
            padding="0.5em",
        )

    def _on_check(self, _button: widgets.Button | None = None) -> None:
        result, warning = checked(self.state, self.read_answer())
        self.feedback.value = verdict_html(result) + warning

    def _on_hint(self, _button: widgets.Button | None = None) -> None:
        self.feedback.value = note_html(self.state.hint())

    def _on_solution(self, _button: widgets.Button | None = None) -> None:
        note, warning = solution_note(self.state)
        self.feedback.value = note_html(note) + warning


class Latihan(WidgetView):
    """One exercise for a notebook: ``tampilkan()`` for the form, or ``cek``/``petunjuk``/
    ``solusi`` from a code cell. Both share the same attempts.

    Example:
        >>> reset_progress()
        >>> print(latihan("kontinum-3").cek("B").value.status)
        salah
        >>> print(latihan("kontinum-3").solusi())  # doctest: +ELLIPSIS
        Solusi
        Jawaban:
        - A. Koordinasi
        ...
    """

    def __init__(self, state: ExerciseState):
        self.state = state
        self.exercise: Exercise = state.exercise  # type: ignore[assignment]
        self._form: ExerciseView | None = None

    @property
    def form(self) -> ExerciseView:
        """The widget form (built on first use, then kept)."""
        if self._form is None:
            self._form = ExerciseView(self.state)
        return self._form

    @property
    def view(self) -> widgets.Widget:  # type: ignore[override]
        return self.form.view

    def tampilkan(self) -> None:
        """Show the question with its answer widget, buttons and feedback area."""
        display(self.view)

    def cek(self, jawaban: object = None) -> Shown:
        """Check an answer given in code, e.g. ``soal.cek(66.6)`` or ``soal.cek("B")``."""
        result, warning = checked(self.state, jawaban)
        return Shown(result, verdict_html(result) + warning)

    def petunjuk(self) -> Shown:
        """The next hint level."""
        note = self.state.hint()
        return Shown(note, note_html(note))

    def solusi(self) -> Shown:
        """The solution (only after at least one attempt)."""
        note, warning = solution_note(self.state)
        return Shown(note, note_html(note) + warning)


def latihan(exercise_id: str) -> Latihan:
    """The exercise with this id from the bank, e.g. ``latihan("kontinum-1")``.

    Example:
        >>> soal = latihan("kontinum-3")
        >>> soal.exercise.jenis
        'pilihan_ganda'
        >>> latihan("kontinum-3").state is soal.state
        True
    """
    exercise = default_bank().get(exercise_id)
    if exercise.notebook in TEST_FORMS.values():
        raise KeyError(
            f"'{exercise_id}' adalah soal tes: kerjakan lewat tes_awal() atau tes_akhir()."
        )
    if exercise.id not in _STATES:
        _STATES[exercise.id] = restored_state(exercise, active_session())
    return Latihan(_STATES[exercise.id])


def reset_progress() -> None:
    """Forget every attempt in this kernel (as a kernel restart would).

    Example:
        >>> latihan("kontinum-3").state.check("A").status
        'benar'
        >>> reset_progress()
        >>> latihan("kontinum-3").state.attempts
        0
    """
    _STATES.clear()


def exercise_states() -> Mapping[str, ExerciseState]:
    """A read-only view of this kernel's exercise states, by exercise id.

    Example:
        >>> reset_progress()
        >>> _ = latihan("kontinum-3").state.check("A")
        >>> exercise_states()["kontinum-3"].solved
        True
    """
    return MappingProxyType(_STATES)
