"""One answer widget per exercise kind, registered with ``@input_for(Kind)``.

An input builder takes the exercise and returns an :class:`AnswerInput`: the widget shown, its
controls by name (so tests and the kit can set them) and a function that reads the answer in the
shape the kind's ``check`` accepts. The exercise view (``helpers.exercises.widgets``) is the
same for every kind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import ipywidgets as widgets

from helpers.core.lean_widgets import (
    checkbox,
    column,
    grid,
    html,
    radio_buttons,
    row,
    shared_layout,
)
from helpers.core.safe_html import inline
from helpers.core.text import LETTERS, lettered
from helpers.exercises.kinds import (
    Classify,
    Exercise,
    MultipleAnswer,
    MultipleChoice,
    Numeric,
    Order,
    Reflection,
)

FULL_WIDTH = shared_layout(width="100%")
# A description label of no width: the control's <label> for screen readers, while sighted
# trainees read the same text next to it (the item of its row, the question above).
UNSEEN_LABEL_WIDTH = "0px"


@dataclass
class AnswerInput:
    """The answer part of an exercise form: widget, named controls, and how to read them."""

    widget: widgets.Widget
    controls: dict[str, widgets.Widget]
    read: Callable[[], object]


Builder = Callable[[Exercise], AnswerInput]
INPUTS: dict[type[Exercise], Builder] = {}


def input_for(kind: type[Exercise]) -> Callable[[Builder], Builder]:
    """Register the function that builds the answer widget of ``kind`` (and its subclasses).

    Example:
        >>> INPUTS[Numeric].__name__
        '_number_input'
    """

    def register(build: Builder) -> Builder:
        INPUTS[kind] = build
        return build

    return register


def named(control: widgets.DescriptionWidget, name: str) -> widgets.DescriptionWidget:
    """``control`` with ``name`` as its accessible name: its ``<label>`` (which takes no room)
    and its tooltip. A title alone is not enough (axe's ``label-title-only``).

    Example:
        >>> menu = named(widgets.Dropdown(options=["a"]), "Kelompok untuk: Merger")
        >>> menu.description == menu.tooltip == "Kelompok untuk: Merger"
        True
        >>> menu.style.description_width
        '0px'
    """
    control.description = name
    control.tooltip = name
    control.style.description_width = UNSEEN_LABEL_WIDTH
    return control


def answer_input(exercise: Exercise) -> AnswerInput:
    """The answer widget for this exercise's kind.

    Example:
        >>> from helpers.exercises.bank import get_exercise
        >>> sorted(answer_input(get_exercise("kontinum-3")).controls)
        ['jawaban']
    """
    for cls in type(exercise).__mro__:
        if cls in INPUTS:
            return INPUTS[cls](exercise)
    raise TypeError(f"No input widget registered for {type(exercise).__name__}: use @input_for.")


def _text_cell(text: str) -> widgets.HTML:
    return html(inline(text), width="auto")


@input_for(MultipleChoice)
def _choice_input(ex: MultipleChoice) -> AnswerInput:
    lines = "".join(f"<div>{inline(line)}</div>" for line in lettered(ex.pilihan))
    options = html(f"<div style='line-height: 1.6'>{lines}</div>")
    radio = radio_buttons(
        LETTERS[: len(ex.pilihan)], orientation="horizontal", description="Jawaban:"
    )
    return AnswerInput(column([options, radio]), {"jawaban": radio}, lambda: radio.value)


@input_for(MultipleAnswer)
def _multi_input(ex: MultipleAnswer) -> AnswerInput:
    boxes = {option: checkbox(LETTERS[i], width="4em") for i, option in enumerate(ex.pilihan)}
    rows = grid([(box, _text_cell(option)) for option, box in boxes.items()], "4em auto")
    hint = html("<em>Centang semua jawaban yang tepat.</em>")
    return AnswerInput(
        column([hint, rows]),
        dict(boxes),
        lambda: [option for option, box in boxes.items() if box.value],
    )


def _choice_row(options: list[tuple[str, object]], name: str) -> widgets.RadioButtons:
    """One row's choice (a group, a position) as radio buttons, nothing chosen.

    Not a menu: JupyterLab's command mode takes a closed menu's arrow and letter keys
    (ipywidgets#3912), so a Dropdown cannot be answered by keyboard; a radio button is reached
    with Tab and chosen with Space. Each radio button is named by its option; the row's item,
    shown before the buttons, says what they are for (``name`` is the tooltip). No description:
    ipywidgets shows a RadioButtons description in full above the buttons whatever its width.
    """
    return radio_buttons(
        options, orientation="horizontal", tooltip=name, layout=shared_layout(width="auto")
    )


def _item_grid(menus: dict[str, widgets.RadioButtons]) -> widgets.GridBox:
    """Each item's text beside its radio buttons, one row per item."""
    return grid([(_text_cell(item), menu) for item, menu in menus.items()], "45% auto")


@input_for(Classify)
def _classify_input(ex: Classify) -> AnswerInput:
    choices = [(c, c) for c in ex.kategori]
    menus = {item: _choice_row(choices, f"Kelompok untuk: {item}") for item in ex.butir}
    return AnswerInput(
        _item_grid(menus), dict(menus), lambda: {i: m.value for i, m in menus.items()}
    )


@input_for(Order)
def _order_input(ex: Order) -> AnswerInput:
    positions = [(str(p), p) for p in range(1, len(ex.butir) + 1)]
    menus = {item: _choice_row(positions, f"Posisi untuk: {item}") for item in ex.butir}
    scale_text = inline(f"Posisi 1 = {ex.skala[0]}; posisi {len(ex.butir)} = {ex.skala[1]}.")
    scale = html(f"<div style='line-height: 1.5'>{scale_text}</div>")
    preview = html()

    def show_order(_change: object = None) -> None:
        chosen = {m.value: i for i, m in menus.items() if m.value is not None}
        slots = [chosen.get(p, "…") for p in range(1, len(ex.butir) + 1)]
        preview.value = "<em>Urutan Anda sekarang:</em> " + inline(" → ".join(slots))

    for menu in menus.values():
        menu.observe(show_order, names="value")
    show_order()
    return AnswerInput(
        column([scale, _item_grid(menus), preview]),
        dict(menus),
        lambda: {i: m.value for i, m in menus.items()},
    )


@input_for(Numeric)
def _number_input(ex: Numeric) -> AnswerInput:
    field = widgets.Text(value="", placeholder="mis. 12,3", description="Jawaban:")
    unit = html(inline(ex.satuan))
    return AnswerInput(row([field, unit]), {"jawaban": field}, lambda: field.value)


@input_for(Reflection)
def _reflection_input(_ex: Reflection) -> AnswerInput:
    area = widgets.Textarea(
        value="", placeholder="Tulis refleksi Anda di sini…", rows=4, layout=FULL_WIDTH
    )
    named(area, "Refleksi Anda")
    return AnswerInput(area, {"jawaban": area}, lambda: area.value)


Filler = Callable[[Exercise, dict[str, widgets.Widget], object], None]


def _fill_choice(ex: Exercise, controls: dict[str, widgets.Widget], value: object) -> None:
    options = list(ex.pilihan)  # type: ignore[attr-defined]
    if value in options:
        controls["jawaban"].value = LETTERS[options.index(value)]


def _fill_multiple(_ex: Exercise, controls: dict[str, widgets.Widget], value: object) -> None:
    chosen = set(value) if isinstance(value, list) else set()
    for option, box in controls.items():
        box.value = option in chosen


def _fill_menus(_ex: Exercise, controls: dict[str, widgets.Widget], value: object) -> None:
    placed = value if isinstance(value, dict) else {}
    for item, menu in controls.items():
        if placed.get(item) in [v for _, v in menu.options]:
            menu.value = placed[item]


def _fill_order(ex: Exercise, controls: dict[str, widgets.Widget], value: object) -> None:
    order = value if isinstance(value, list) else []
    _fill_menus(ex, controls, {item: n for n, item in enumerate(order, start=1)})


def _fill_text(_ex: Exercise, controls: dict[str, widgets.Widget], value: object) -> None:
    if isinstance(value, bool) or value is None:
        return
    text = f"{value:g}".replace(".", ",") if isinstance(value, int | float) else str(value)
    controls["jawaban"].value = text


FILLERS: dict[type[Exercise], Filler] = {
    MultipleChoice: _fill_choice,
    MultipleAnswer: _fill_multiple,
    Classify: _fill_menus,
    Order: _fill_order,
    Numeric: _fill_text,
    Reflection: _fill_text,
}


def fill_input(exercise: Exercise, answer: AnswerInput, value: object) -> None:
    """Show a saved answer (its normal form, see docs/format-hasil.md) in the answer widget.

    Example:
        >>> from helpers.exercises.bank import get_exercise
        >>> exercise = get_exercise("kontinum-3")
        >>> form = answer_input(exercise)
        >>> fill_input(exercise, form, "Koordinasi")
        >>> exercise.check(form.read()).status
        'benar'
    """
    for cls in type(exercise).__mro__:
        if cls in FILLERS:
            FILLERS[cls](exercise, answer.controls, value)
            return
