"""Every input widget a trainee can reach has an accessible name in Bahasa Indonesia.

ipywidgets renders ``description`` as a ``<label for=...>`` of the control; when there is no
description, ``tooltip`` becomes the control's ``title``. A title alone is not enough: axe's
``label-title-only`` (serious) reports it, so every control needs a ``description`` (the
exercise menus' labels take no room: ``helpers.exercises.inputs.named``). A button's name is
its text (``description``). The exercises' rows of radio buttons have no description (it would
be shown in full): each radio button is named by its option, and the row's item comes first.
"""

from __future__ import annotations

from collections.abc import Iterator

import ipywidgets as widgets
import pytest

from helpers.chapters.activity import ActivityContent, Case, ClassifyActivity
from helpers.chapters.rencana_aksi import ActionPlanForm, plan_fields
from helpers.exercises.bank import default_bank
from helpers.exercises.identity import IdentityForm
from helpers.exercises.inputs import answer_input

CONTROLS = (
    widgets.Text,
    widgets.Textarea,
    widgets.Dropdown,
    widgets.RadioButtons,
    widgets.Checkbox,
    widgets.ToggleButtons,
    widgets.IntSlider,
    widgets.SelectionSlider,
    widgets.FileUpload,
)


def walk(widget: widgets.Widget) -> Iterator[widgets.Widget]:
    yield widget
    for child in getattr(widget, "children", ()):
        yield from walk(child)


def unnamed(root: widgets.Widget) -> list[str]:
    """The controls and buttons under ``root`` that would have no accessible name."""
    missing = []
    for widget in walk(root):
        if isinstance(widget, widgets.Button) and not widget.description.strip():
            missing.append(f"Button {widget.tooltip!r}")
        elif isinstance(widget, widgets.RadioButtons) and not widget.description.strip():
            # Each radio button is named by its option: every option needs a label, and the
            # row needs a tooltip saying what it is for.
            labels = [str(label).strip() for label in widget._options_labels]
            if not all(labels) or not (widget.tooltip or "").strip():
                missing.append(f"RadioButtons {labels!r}")
        elif isinstance(widget, CONTROLS) and not widget.description.strip():
            missing.append(f"{type(widget).__name__} {getattr(widget, 'value', '')!r}")
    return missing


BANK = default_bank()
ITEMS = BANK.exercises() + BANK.test_items()


@pytest.mark.parametrize("exercise", ITEMS, ids=[ex.id for ex in ITEMS])
def test_every_answer_control_of_every_exercise_has_a_name(exercise):
    form = answer_input(exercise)
    assert unnamed(form.widget) == []
    assert all(control in set(walk(form.widget)) for control in form.controls.values())


def test_classify_and_order_menus_are_named_after_their_item():
    classify = next(ex for ex in ITEMS if ex.jenis == "kelompokkan")
    form = answer_input(classify)
    for item, menu in form.controls.items():
        assert menu.tooltip == f"Kelompok untuk: {item}"
        assert all(menu._options_labels)


def test_the_unit_check_fails_on_an_unnamed_menu():
    # The check itself can fail: a bare dropdown and an empty button are reported.
    # A control named by its tooltip (a title) alone is reported too.
    box = widgets.VBox(
        [widgets.Dropdown(options=["a"]), widgets.Button(), widgets.Text(tooltip="Nama")]
    )
    assert len(unnamed(box)) == 3


def test_identity_form_capstone_form_and_activity_are_named():
    assert unnamed(IdentityForm().view) == []
    plan = ActionPlanForm(save=lambda _plan: "disimpan")
    assert unnamed(plan.view) == []
    assert {w.tooltip for w in plan.inputs.values()} == {f.label for f in plan_fields()}
    choices = {"satu_atap": "Satu atap", "terpadu": "Terpadu"}
    activity = ClassifyActivity(
        ActivityContent("Pola apa?", "Baca.", (Case("Kasus", "satu_atap", "alasan"),), choices)
    )
    assert unnamed(activity.view) == []
