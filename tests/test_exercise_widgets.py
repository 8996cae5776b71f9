"""Widget wiring: set the widgets' values, click the buttons, and read the feedback widget.

Expected answers are typed from the course text (Bab II.C Tabel 1.1, Bab III.A).
"""

from __future__ import annotations

import base64
import json
import re

import ipywidgets as widgets
import pytest

from helpers import exercise_widgets as ew
from helpers.exercise_widgets import kemajuan, latihan

PERRY6 = {
    "Penyertaan": "Koordinasi",
    "Dialog": "Koordinasi",
    "Joint planning": "Koordinasi",
    "Joint working": "Integrasi",
    "Joint venture": "Integrasi",
    "Satelit": "Integrasi",
    "Aliansi strategis": "Kedekatan dan pelibatan",
    "Union": "Kedekatan dan pelibatan",
    "Merger": "Kedekatan dan pelibatan",
}
CONTINUUM = list(PERRY6)
REFLECTION = "Saya harus datang ke tiga kantor untuk satu izin dan menyerahkan data yang sama."
HARD_CODED_COLOURS = re.compile(r"#[0-9a-fA-F]{3,6}\b|\b(black|white)\b|rgb\(")


@pytest.fixture(autouse=True)
def fresh_progress():
    ew.reset_progress()
    yield
    ew.reset_progress()


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
    assert shown == [soal.view.box]
    labels = [b.description for b in (soal.view.check_button, soal.view.hint_button,
                                      soal.view.solution_button)]  # fmt: skip
    assert labels == ["Periksa jawaban", "Petunjuk", "Lihat solusi"]
    assert soal.view.feedback.value == ""
    assert "Menurut Bab II.C" in soal.view.box.children[0].value


def test_check_without_answer_says_unattempted():
    view = latihan("kontinum-3").view
    view.check_button.click()
    assert status_of(view.feedback) == "belum_dijawab"
    assert "belum memberi jawaban" in view.feedback.value


def test_multiple_choice_right_and_wrong():
    view = latihan("kontinum-3").view
    view.controls["jawaban"].value = "B"
    view.check_button.click()
    assert status_of(view.feedback) == "salah"
    assert "mulai cair" in view.feedback.value
    view.controls["jawaban"].value = "A"
    view.check_button.click()
    assert status_of(view.feedback) == "benar"


def test_multiple_answer_partial_then_right():
    view = latihan("pelayanan-2").view
    boxes = list(view.controls.values())
    boxes[0].value = True
    view.check_button.click()
    assert status_of(view.feedback) == "sebagian"
    for index in (2, 4):  # SOP and coordination between agencies (Bab III.A)
        boxes[index].value = True
    view.check_button.click()
    assert status_of(view.feedback) == "benar"


def test_classify_with_dropdowns():
    view = latihan("kontinum-1").view
    assert view.controls["Dialog"].label == "— pilih kelompok —"  # a visible placeholder
    view.controls["Dialog"].value = "Koordinasi"
    view.check_button.click()
    assert status_of(view.feedback) == "sebagian"
    assert "Belum dikelompokkan" in view.feedback.value
    for item, category in PERRY6.items():
        view.controls[item].value = category
    view.controls["Satelit"].value = "Koordinasi"
    view.check_button.click()
    assert status_of(view.feedback) == "sebagian"
    assert "Satelit" in view.feedback.value
    view.controls["Satelit"].value = "Integrasi"
    view.check_button.click()
    assert status_of(view.feedback) == "benar"


def test_order_with_position_dropdowns_and_live_preview():
    view = latihan("kontinum-2").view
    preview = view.answer_input.children[-1]
    for position, item in enumerate(CONTINUUM, start=1):
        view.controls[item].value = position
    assert "Penyertaan → Dialog" in preview.value
    view.check_button.click()
    assert status_of(view.feedback) == "benar"
    view.controls["Merger"].value = 1
    view.check_button.click()
    assert status_of(view.feedback) == "tidak_valid"
    assert "dua kali" in view.feedback.value


def test_number_field_accepts_decimal_comma_and_rejects_words():
    view = latihan("pelayanan-3").view
    view.controls["jawaban"].value = "enam puluh"
    view.check_button.click()
    assert status_of(view.feedback) == "tidak_valid"
    view.controls["jawaban"].value = f"{100 * 8311 / 12471:.1f}".replace(".", ",")
    view.check_button.click()
    assert status_of(view.feedback) == "benar"


def test_reflection_shows_discussion_prompts_after_writing():
    view = latihan("pelayanan-7").view
    assert view.check_button.description == "Tampilkan bahan diskusi"
    view.check_button.click()
    assert status_of(view.feedback) == "belum_dijawab"
    view.controls["jawaban"].value = REFLECTION
    view.check_button.click()
    assert status_of(view.feedback) == "benar"
    assert "Siapa yang berwenang menyelaraskan" in view.feedback.value


def test_hint_button_steps_through_levels():
    view = latihan("pelayanan-3").view
    view.hint_button.click()
    assert status_of(view.feedback) == "petunjuk"
    assert "Petunjuk 1 dari 3" in view.feedback.value
    view.hint_button.click()
    assert "Petunjuk 2 dari 3" in view.feedback.value
    assert "<code>" in view.feedback.value


def test_solution_button_locked_before_first_attempt():
    view = latihan("pelayanan-3").view
    view.solution_button.click()
    assert status_of(view.feedback) == "terkunci"
    view.controls["jawaban"].value = "20"
    view.check_button.click()
    view.solution_button.click()
    assert status_of(view.feedback) == "solusi"
    assert "(angka turunan)" in view.feedback.value
    assert "8.311 ÷ 12.471" in view.feedback.value


def test_feedback_uses_theme_variables_not_fixed_colours():
    view = latihan("kontinum-3").view
    for click in (view.check_button, view.hint_button, view.solution_button):
        click.click()
        assert "var(--jp-" in view.feedback.value
        assert not HARD_CODED_COLOURS.search(view.feedback.value)


def test_trainee_text_is_escaped():
    view = latihan("pelayanan-3").view
    view.controls["jawaban"].value = "<b>66</b>"
    view.check_button.click()
    assert "<b>66</b>" not in view.feedback.value
    assert "&lt;b&gt;" in view.feedback.value


# --- code-cell style -----------------------------------------------------------------------


def test_code_cell_style_shares_attempts_with_the_widgets(shown):
    soal = latihan("pelayanan-3")
    soal.solusi()
    assert "Solusi belum bisa dibuka" in shown[-1].data
    soal.cek(66.6)
    assert "Benar" in shown[-1].data
    soal.petunjuk()
    assert "Petunjuk 1 dari 3" in shown[-1].data
    soal.solusi()
    assert "(angka turunan)" in shown[-1].data
    view = latihan("pelayanan-3").view  # a new form on the same state: already unlocked
    view.solution_button.click()
    assert status_of(view.feedback) == "solusi"


def test_cek_without_argument_is_unattempted(shown):
    latihan("mulai-1").cek()
    assert "Belum dijawab" in shown[-1].data


def test_unknown_exercise_id():
    with pytest.raises(KeyError, match="tidak ada di bank latihan"):
        latihan("bab-99")


# --- progress ------------------------------------------------------------------------------


def test_progress_summary_and_download(shown, tmp_path):
    latihan("pelayanan-1").cek("A")
    latihan("pelayanan-3").cek(20)
    latihan("pelayanan-7").cek(REFLECTION)
    kemajuan("04_kondisi_pelayanan_publik")
    page = shown[-1].data
    assert "Dicoba 3 dari 7 latihan; benar 1 dari 6" in page
    assert "refleksi ditulis: 1" in page
    assert not HARD_CODED_COLOURS.search(page)
    link = re.search(r"download='(kemajuan-[\w.]+\.json)' href='data:application/json;"
                     r"charset=utf-8;base64,([A-Za-z0-9+/=]+)'", page)  # fmt: skip
    assert link and link.group(1) == "kemajuan-04_kondisi_pelayanan_publik.json"
    record = json.loads(base64.b64decode(link.group(2)))
    assert record["dicoba"] == 3
    assert record["benar"] == 1
    assert record["dibuat"]
    assert {row["id"] for row in record["latihan"]} >= {"pelayanan-1", "pelayanan-7"}
    assert REFLECTION not in json.dumps(record, ensure_ascii=False)


def test_progress_before_any_attempt(shown):
    kemajuan("00_mulai.ipynb")
    assert "Dicoba 0 dari 3 latihan" in shown[-1].data
    assert "belum dicoba" in shown[-1].data
