"""Exercise widgets: collect an answer, ask ``helpers.exercises`` for the verdict, show it.

In a notebook::

    from helpers.exercise_widgets import latihan, kemajuan
    soal = latihan("pelayanan-3")
    soal.tampilkan()          # question, answer field, buttons, feedback
    soal.cek(66.6)            # or check from a code cell
    kemajuan("04_kondisi_pelayanan_publik")

All colours come from JupyterLab's CSS variables, so the feedback stays readable in the light
and the dark theme. Nothing is written to disk: progress lives in the kernel and can be
downloaded as a small JSON file.
"""

from __future__ import annotations

import base64
import html
import json
import re
from collections.abc import Callable, Mapping
from datetime import datetime
from types import MappingProxyType

import ipywidgets as widgets
from IPython.display import HTML, display

from helpers.exercises import (
    INDICATORS,
    LETTERS,
    STATUS_TITLES,
    Classify,
    Exercise,
    ExerciseState,
    MultipleAnswer,
    MultipleChoice,
    Note,
    Numeric,
    Order,
    ProgressSummary,
    Reflection,
    Verdict,
    default_bank,
    progress_summary,
)

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
FULL_WIDTH = widgets.Layout(width="100%")
# A Dropdown whose value is None shows an empty box; "" keeps its "— pilih —" label visible,
# and the checking logic reads "" as not answered.
NOT_CHOSEN = ""


# --- HTML --------------------------------------------------------------------------------


def _inline(text: str) -> str:
    """Escape text for HTML and show `code` spans as code."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", html.escape(text))


def feedback_html(kind: str, title: str, message: str, details=(), answer=()) -> str:
    """A feedback box coloured with the theme's variables (kind: a status or a note kind).

    Example:
        >>> box = feedback_html("petunjuk", "Petunjuk 1", "Lihat kolom `jumlah`.")
        >>> "wog-petunjuk" in box, "<code>jumlah</code>" in box
        (True, True)
    """
    colour, symbol = FEEDBACK_STYLE[kind]
    accent = f"var(--jp-{colour}-color1, currentColor)"
    parts = [f"<strong style='color: {accent}'>{symbol} {html.escape(title)}</strong>"]
    if answer:
        parts.append("<div><em>Jawaban:</em></div>" + _list(answer))
    parts.append(f"<div>{_inline(message)}</div>")
    if details:
        parts.append(_list(details))
    style = (
        f"border-left: 4px solid {accent}; padding: 0.5em 0.8em; margin: 0.3em 0; "
        "background: var(--jp-layout-color2, transparent); "
        "color: var(--jp-content-font-color1, inherit); line-height: 1.5;"
    )
    return f"<div class='wog-feedback wog-{kind}' style='{style}'>{''.join(parts)}</div>"


def _list(lines) -> str:
    return (
        "<ul style='margin: 0.3em 0'>" + "".join(f"<li>{_inline(x)}</li>" for x in lines) + "</ul>"
    )


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
        f"Latihan {exercise.id} · Indikator {exercise.indikator} · {exercise.type_label} · "
        f"Sumber: {exercise.sumber}"
    )
    return (
        f"<div style='color: var(--jp-content-font-color1, inherit); line-height: 1.5'>"
        f"<div style='color: var(--jp-content-font-color2, inherit); font-size: 0.9em' "
        f"title='{html.escape(INDICATORS[exercise.indikator])}'>{html.escape(meta)}</div>"
        f"<p style='margin: 0.4em 0'><strong>{_inline(exercise.pertanyaan)}</strong></p></div>"
    )


# --- answer inputs -----------------------------------------------------------------------

Reader = Callable[[], object]
Controls = dict[str, widgets.Widget]


def _text_cell(text: str, width: str = "auto") -> widgets.HTML:
    return widgets.HTML(_inline(text), layout=widgets.Layout(width=width))


def _choice_input(ex: MultipleChoice) -> tuple[widgets.Widget, Controls, Reader]:
    lines = "".join(f"<div>{_inline(line)}</div>" for line in _lettered(ex))
    options = widgets.HTML(f"<div style='line-height: 1.6'>{lines}</div>")
    radio = widgets.RadioButtons(
        options=list(LETTERS[: len(ex.pilihan)]),
        value=None,
        orientation="horizontal",
        description="Jawaban:",
    )
    return widgets.VBox([options, radio]), {"jawaban": radio}, lambda: radio.value


def _multi_input(ex: MultipleAnswer) -> tuple[widgets.Widget, Controls, Reader]:
    boxes = {
        option: widgets.Checkbox(
            value=False, description=LETTERS[i], indent=False, layout=widgets.Layout(width="4em")
        )
        for i, option in enumerate(ex.pilihan)
    }
    rows = [widgets.HBox([box, _text_cell(option)]) for option, box in boxes.items()]
    hint = widgets.HTML("<em>Centang semua jawaban yang tepat.</em>")
    return (
        widgets.VBox([hint, *rows]),
        dict(boxes),
        lambda: [option for option, box in boxes.items() if box.value],
    )


def _classify_input(ex: Classify) -> tuple[widgets.Widget, Controls, Reader]:
    choices = [("— pilih kelompok —", NOT_CHOSEN), *[(c, c) for c in ex.kategori]]
    menus = {item: widgets.Dropdown(options=choices, value=NOT_CHOSEN) for item in ex.butir}
    rows = [widgets.HBox([_text_cell(item, "45%"), menu]) for item, menu in menus.items()]
    return widgets.VBox(rows), dict(menus), lambda: {i: m.value for i, m in menus.items()}


def _order_input(ex: Order) -> tuple[widgets.Widget, Controls, Reader]:
    positions = [("—", NOT_CHOSEN), *[(str(p), p) for p in range(1, len(ex.butir) + 1)]]
    menus = {
        item: widgets.Dropdown(
            options=positions, value=NOT_CHOSEN, layout=widgets.Layout(width="5em")
        )
        for item in ex.butir
    }
    scale_text = _inline(f"Posisi 1 = {ex.skala[0]}; posisi {len(ex.butir)} = {ex.skala[1]}.")
    scale = widgets.HTML(f"<div style='line-height: 1.5'>{scale_text}</div>")
    preview = widgets.HTML()

    def show_order(_change: object = None) -> None:
        chosen = {m.value: i for i, m in menus.items() if m.value != NOT_CHOSEN}
        slots = [chosen.get(p, "…") for p in range(1, len(ex.butir) + 1)]
        preview.value = "<em>Urutan Anda sekarang:</em> " + _inline(" → ".join(slots))

    for menu in menus.values():
        menu.observe(show_order, names="value")
    show_order()
    rows = [widgets.HBox([menu, _text_cell(item)]) for item, menu in menus.items()]
    box = widgets.VBox([scale, *rows, preview])
    return box, dict(menus), lambda: {i: m.value for i, m in menus.items()}


def _number_input(ex: Numeric) -> tuple[widgets.Widget, Controls, Reader]:
    field = widgets.Text(value="", placeholder="mis. 12,3", description="Jawaban:")
    unit = widgets.HTML(_inline(ex.satuan))
    return widgets.HBox([field, unit]), {"jawaban": field}, lambda: field.value


def _reflection_input(_ex: Reflection) -> tuple[widgets.Widget, Controls, Reader]:
    area = widgets.Textarea(
        value="", placeholder="Tulis refleksi Anda di sini…", rows=4, layout=FULL_WIDTH
    )
    return area, {"jawaban": area}, lambda: area.value


INPUTS: dict[type[Exercise], Callable] = {
    MultipleChoice: _choice_input,
    MultipleAnswer: _multi_input,
    Classify: _classify_input,
    Order: _order_input,
    Numeric: _number_input,
    Reflection: _reflection_input,
}


def _lettered(ex: MultipleChoice) -> list[str]:
    return [f"{LETTERS[i]}. {option}" for i, option in enumerate(ex.pilihan)]


# --- the exercise view -------------------------------------------------------------------


class ExerciseView:
    """The widget form of one exercise: question, answer input, three buttons, feedback."""

    def __init__(self, state: ExerciseState):
        self.state = state
        exercise = state.exercise
        self.answer_input, self.controls, self.read_answer = INPUTS[type(exercise)](exercise)
        check_label = "Tampilkan bahan diskusi" if exercise.jenis == "refleksi" else None
        self.check_button = widgets.Button(
            description=check_label or "Periksa jawaban",
            button_style="primary",
            icon="check",
            layout=widgets.Layout(width="auto"),
        )
        self.hint_button = widgets.Button(description="Petunjuk", button_style="info")
        self.solution_button = widgets.Button(description="Lihat solusi", button_style="warning")
        self.feedback = widgets.HTML(value="", layout=FULL_WIDTH)
        self.check_button.on_click(self._on_check)
        self.hint_button.on_click(self._on_hint)
        self.solution_button.on_click(self._on_solution)
        buttons = widgets.HBox([self.check_button, self.hint_button, self.solution_button])
        self.box = widgets.VBox(
            [widgets.HTML(question_html(exercise)), self.answer_input, buttons, self.feedback],
            layout=widgets.Layout(border="1px solid var(--jp-border-color2)", padding="0.5em"),
        )

    def _on_check(self, _button: widgets.Button | None = None) -> None:
        self.feedback.value = verdict_html(self.state.check(self.read_answer()))

    def _on_hint(self, _button: widgets.Button | None = None) -> None:
        self.feedback.value = note_html(self.state.hint())

    def _on_solution(self, _button: widgets.Button | None = None) -> None:
        self.feedback.value = note_html(self.state.solution())


class Latihan:
    """One exercise for a notebook: ``tampilkan()`` for widgets, or ``cek``/``petunjuk``/
    ``solusi`` from a code cell. Both share the same attempts."""

    def __init__(self, state: ExerciseState):
        self.state = state
        self.exercise = state.exercise
        self._view: ExerciseView | None = None

    @property
    def view(self) -> ExerciseView:
        if self._view is None:
            self._view = ExerciseView(self.state)
        return self._view

    def tampilkan(self) -> None:
        """Show the question with its answer widget, buttons and feedback area."""
        display(self.view.box)

    def cek(self, jawaban: object = None) -> None:
        """Check an answer given in code, e.g. ``soal.cek(66.6)`` or ``soal.cek("B")``."""
        display(HTML(verdict_html(self.state.check(jawaban))))

    def petunjuk(self) -> None:
        """Show the next hint level."""
        display(HTML(note_html(self.state.hint())))

    def solusi(self) -> None:
        """Show the solution (only after at least one attempt)."""
        display(HTML(note_html(self.state.solution())))

    def _repr_mimebundle_(self, **kwargs):
        return self.view.box._repr_mimebundle_(**kwargs)


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
    state = _STATES.setdefault(exercise.id, ExerciseState(exercise))
    return Latihan(state)


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


# --- progress ----------------------------------------------------------------------------


def _yes(flag: bool) -> str:
    return "ya" if flag else "–"


def _status_label(status: str | None) -> str:
    return STATUS_TITLES[status] if status else "belum dicoba"


def progress_html(summary: ProgressSummary, created: str = "") -> str:
    """A table of attempts per exercise and a download link for the summary as JSON.

    Example:
        >>> page = progress_html(progress_summary("01_pendahuluan", {}))
        >>> "Kemajuan: " in page, "kemajuan-01_pendahuluan.json" in page
        (True, True)
    """
    head = [
        "Latihan",
        "Indikator",
        "Jenis",
        "Percobaan",
        "Status terakhir",
        "Pernah benar",
        "Melihat solusi",
    ]
    cells = "".join(f"<th style='text-align: left; padding: 0 0.6em'>{h}</th>" for h in head)
    body = "".join(_progress_row(row) for row in summary.rows)
    counts = (
        f"Dicoba {summary.attempted} dari {summary.total} latihan; benar {summary.correct} "
        f"dari {summary.graded_total} latihan yang dinilai; refleksi ditulis: "
        f"{summary.reflections_written}."
    )
    record = {**summary.as_dict(), "dibuat": created}
    payload = base64.b64encode(json.dumps(record, ensure_ascii=False, indent=2).encode()).decode()
    link = (
        f"<a download='kemajuan-{summary.notebook}.json' "
        f"href='data:application/json;charset=utf-8;base64,{payload}' "
        "style='color: var(--jp-content-link-color, inherit)'>"
        "⬇ Unduh ringkasan kemajuan (JSON)</a>"
    )
    return (
        f"<div style='color: var(--jp-content-font-color1, inherit)'>"
        f"<strong>Kemajuan: {html.escape(summary.judul)}</strong><p>{counts}</p>"
        f"<table><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>"
        f"<p>{link}</p><p style='color: var(--jp-content-font-color2, inherit)'><em>"
        "Ringkasan ini hanya ada selama kernel berjalan dan tidak memuat jawaban Anda. "
        "Unduh berkasnya sebelum sesi Binder berakhir, lalu tunjukkan kepada fasilitator. "
        "Jalankan ulang sel ini untuk memperbarui.</em></p></div>"
    )


def _progress_row(row) -> str:
    values = [
        row.id,
        str(row.indikator),
        row.jenis,
        str(row.attempts),
        _status_label(row.status),
        _yes(row.solved) if row.jenis != "refleksi" else "(refleksi)",
        _yes(row.solution_seen),
    ]
    return (
        "<tr>"
        + "".join(f"<td style='padding: 0 0.6em'>{html.escape(v)}</td>" for v in values)
        + "</tr>"
    )


def kemajuan(notebook: str) -> None:
    """Show this notebook's progress (attempted and correct) with a download link.

    Outside a notebook IPython prints only the object's name; the HTML is :func:`progress_html`.

    Example:
        >>> kemajuan("01_pendahuluan")
        <IPython.core.display.HTML object>
    """
    summary = progress_summary(notebook, _STATES)
    display(HTML(progress_html(summary, datetime.now().isoformat(timespec="seconds"))))


__all__ = ["Latihan", "ExerciseView", "kemajuan", "latihan", "progress_html", "reset_progress"]
