"""Widget wiring: set the widgets' values, click the buttons, and read the feedback widget;
the code-cell verbs and the progress table.

Expected answers are typed from the course text (tests/exercises/common.py).
"""

from __future__ import annotations

import base64
import json
import re

import ipywidgets as widgets
import pytest

from helpers.exercises import kemajuan, latihan, reset_progress
from helpers.exercises import widgets as ew
from helpers.exercises.inputs import INPUTS
from helpers.exercises.kinds import KINDS
from helpers.exercises.progress import ProgressSummary, progress_html
from tests.exercises.common import CASES_1, CASES_2, KONTINUM_1, KONTINUM_2, REFLECTION

HARD_CODED_COLOURS = re.compile(r"#[0-9a-fA-F]{3,6}\b|\b(black|white)\b|rgb\(")


@pytest.fixture(autouse=True)
def fresh_progress():
    reset_progress()
    yield
    reset_progress()


@pytest.fixture
def shown(monkeypatch) -> list:
    """Everything the module passes to IPython's display()."""
    captured: list = []
    monkeypatch.setattr(ew, "display", captured.append)
    return captured


def status_of(feedback: widgets.HTML) -> str:
    match = re.search(r"wog-feedback wog-(\w+)", feedback.value)
    assert match, feedback.value
    return match.group(1)


# --- the form ------------------------------------------------------------------------------


def test_tampilkan_displays_question_inputs_buttons_and_empty_feedback(shown):
    soal = latihan("kontinum-3")
    soal.tampilkan()
    assert shown == [soal.form.view]
    assert soal.view is soal.form.view
    form = soal.form
    labels = [b.description for b in (form.check_button, form.hint_button, form.solution_button)]
    assert labels == ["Periksa jawaban", "Petunjuk", "Lihat solusi"]
    assert form.feedback.value == ""
    assert "Menurut Bab II.C" in form.view.children[0].value


def test_latihan_is_shown_as_its_widget():
    soal = latihan("kontinum-3")
    assert soal._repr_mimebundle_() == soal.form.view._repr_mimebundle_()


def test_every_kind_has_an_input_widget():
    assert set(KINDS.values()) <= set(INPUTS)


def test_check_without_answer_says_unattempted():
    view = latihan("kontinum-3").form
    view.check_button.click()
    assert status_of(view.feedback) == "belum_dijawab"
    assert "belum memberi jawaban" in view.feedback.value


def submit(view, control: str, value: object) -> str:
    """Set one control, click "Periksa jawaban", and return the feedback's status."""
    view.controls[control].value = value
    view.check_button.click()
    return status_of(view.feedback)


def test_multiple_choice_right_and_wrong():
    view = latihan("kontinum-3").form
    assert submit(view, "jawaban", "B") == "salah"
    assert "mulai cair" in view.feedback.value
    assert submit(view, "jawaban", "A") == "benar"


def test_multiple_answer_partial_then_right():
    view = latihan("pelayanan-2").form
    boxes = list(view.controls.values())
    boxes[0].value = True
    view.check_button.click()
    assert status_of(view.feedback) == "sebagian"
    for index in (2, 4):  # SOP and coordination between agencies (Bab III.A)
        boxes[index].value = True
    view.check_button.click()
    assert status_of(view.feedback) == "benar"


def test_classify_with_radio_buttons():
    view = latihan("kontinum-1").form
    dialog, satellite = CASES_1["Dialog"], CASES_1["Satelit"]
    assert view.controls[dialog].value is None  # nothing chosen until the trainee chooses
    assert submit(view, dialog, "Koordinasi") == "sebagian"
    assert "Belum dikelompokkan" in view.feedback.value
    for item, category in KONTINUM_1:
        view.controls[item].value = category
    assert submit(view, satellite, "Koordinasi") == "sebagian"
    assert satellite in view.feedback.value
    assert submit(view, satellite, "Integrasi") == "benar"


def test_order_with_position_buttons_and_live_preview():
    view = latihan("kontinum-2").form
    preview = view.answer_input.children[-1]
    for position, item in enumerate(KONTINUM_2, start=1):
        view.controls[item].value = position
    assert f"{KONTINUM_2[0]} → {KONTINUM_2[1]}" in preview.value
    view.check_button.click()
    assert status_of(view.feedback) == "benar"
    view.controls[CASES_2["Merger"]].value = 1
    view.check_button.click()
    assert status_of(view.feedback) == "tidak_valid"
    assert "dua kali" in view.feedback.value


def test_number_field_accepts_decimal_comma_and_rejects_words():
    view = latihan("pelayanan-3").form
    view.controls["jawaban"].value = "enam puluh"
    view.check_button.click()
    assert status_of(view.feedback) == "tidak_valid"
    view.controls["jawaban"].value = f"{100 * 8311 / 12471:.1f}".replace(".", ",")
    view.check_button.click()
    assert status_of(view.feedback) == "benar"


def test_reflection_shows_discussion_prompts_after_writing():
    view = latihan("pelayanan-7").form
    assert view.check_button.description == "Tampilkan bahan diskusi"
    view.check_button.click()
    assert status_of(view.feedback) == "belum_dijawab"
    view.controls["jawaban"].value = REFLECTION
    view.check_button.click()
    assert status_of(view.feedback) == "benar"
    assert "Siapa yang berwenang menyelaraskan" in view.feedback.value


def test_hint_button_steps_through_levels():
    view = latihan("pelayanan-3").form
    view.hint_button.click()
    assert status_of(view.feedback) == "petunjuk"
    assert "Petunjuk 1 dari 3" in view.feedback.value
    view.hint_button.click()
    assert "Petunjuk 2 dari 3" in view.feedback.value
    assert "<code>" in view.feedback.value


def test_solution_button_locked_before_first_attempt():
    view = latihan("pelayanan-3").form
    view.solution_button.click()
    assert status_of(view.feedback) == "terkunci"
    view.controls["jawaban"].value = "20"
    view.check_button.click()
    view.solution_button.click()
    assert status_of(view.feedback) == "solusi"
    assert "(angka turunan)" in view.feedback.value
    assert "8.311 ÷ 12.471" in view.feedback.value


def test_feedback_uses_theme_variables_not_fixed_colours():
    view = latihan("kontinum-3").form
    for click in (view.check_button, view.hint_button, view.solution_button):
        click.click()
        assert "var(--jp-" in view.feedback.value
        assert not HARD_CODED_COLOURS.search(view.feedback.value)


def test_trainee_text_is_escaped():
    view = latihan("pelayanan-3").form
    view.controls["jawaban"].value = "<b>66</b>"
    view.check_button.click()
    assert "<b>66</b>" not in view.feedback.value
    assert "&lt;b&gt;" in view.feedback.value


# --- code-cell style -----------------------------------------------------------------------


def test_code_cell_style_shares_attempts_with_the_widgets():
    soal = latihan("pelayanan-3")
    assert "Solusi belum bisa dibuka" in soal.solusi()._repr_html_()
    checked = soal.cek(66.6)
    assert checked.value.status == "benar"
    assert "✔ Benar" in checked._repr_html_()
    assert "Petunjuk 1 dari 3" in soal.petunjuk()._repr_html_()
    assert "(angka turunan)" in soal.solusi()._repr_html_()
    view = latihan("pelayanan-3").form  # a new form on the same state: already unlocked
    view.solution_button.click()
    assert status_of(view.feedback) == "solusi"


def test_code_cell_verbs_read_as_plain_text_outside_a_notebook():
    soal = latihan("kontinum-3")
    wrong = str(soal.cek("B"))
    assert wrong.startswith("Belum tepat\n")
    assert "mulai cair" in wrong
    assert str(soal.petunjuk()).startswith("Petunjuk 1 dari ")
    solution = str(soal.solusi())
    assert solution.startswith("Solusi\nJawaban:\n- A. Koordinasi\n")
    assert "<" not in wrong + solution


def test_cek_without_argument_is_unattempted():
    shown = latihan("mulai-1").cek()
    assert shown.value.status == "belum_dijawab"
    assert "Belum dijawab" in shown._repr_html_()
    assert str(shown).startswith("Belum dijawab\n")


def test_unknown_exercise_id():
    with pytest.raises(KeyError, match="tidak ada di bank latihan"):
        latihan("bab-99")


# --- progress ------------------------------------------------------------------------------


def test_progress_summary_and_download():
    latihan("pelayanan-1").cek("A")
    latihan("pelayanan-3").cek(20)
    latihan("pelayanan-7").cek(REFLECTION)
    shown = kemajuan("04_kondisi_pelayanan_publik")
    page = shown._repr_html_()
    assert "Dicoba 3 dari 8 latihan; benar 1 dari 7" in page
    assert "refleksi ditulis: 1" in page
    assert not HARD_CODED_COLOURS.search(page)
    link = re.search(r'download="(kemajuan-[\w.]+\.json)" href="data:application/json;'
                     r'charset=utf-8;base64,([A-Za-z0-9+/=]+)"', page)  # fmt: skip
    assert link and link.group(1) == "kemajuan-04_kondisi_pelayanan_publik.json"
    record = json.loads(base64.b64decode(link.group(2)))
    assert record["dicoba"] == 3
    assert record["benar"] == 1
    assert record["dibuat"]
    assert {row["id"] for row in record["latihan"]} >= {"pelayanan-1", "pelayanan-7"}
    assert REFLECTION not in json.dumps(record, ensure_ascii=False)
    text = str(shown)
    assert "Dicoba 3 dari 8 latihan; benar 1 dari 7" in text
    assert "- pelayanan-1 (indikator 2, pilihan_ganda): Benar, 1 percobaan" in text


def test_progress_before_any_attempt():
    page = kemajuan("00_mulai.ipynb")._repr_html_()
    assert "Dicoba 0 dari 3 latihan" in page
    assert "belum dicoba" in page


def test_progress_table_escapes_the_title():
    page = progress_html(ProgressSummary("x", "<b>Judul</b>", ()))
    assert "&lt;b&gt;Judul" in page and "<b>Judul" not in page
