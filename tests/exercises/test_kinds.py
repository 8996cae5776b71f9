"""Every exercise kind against right, wrong, partial, unattempted and malformed answers.

Expected answers are typed from the course text (tests/exercises/common.py), never copied from
the code's output.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd
import pytest

from helpers.chapters.pelayanan import read_regulations, regulations_by_sector
from helpers.core.text import parse_number
from helpers.exercises import get_exercise
from helpers.exercises.bank import BANK_DIR, load_bank
from helpers.exercises.model import STATUSES
from tests.exercises.common import (
    CASES_1,
    CASES_2,
    KONTINUM_1,
    KONTINUM_2,
    PERMEN,
    PERMEN_SHARE,
    PERPU,
    PP,
    REFLECTION,
    SECTORS,
    TOTAL,
    check,
)

# --- pilihan_ganda -------------------------------------------------------------------------


@pytest.mark.parametrize("answer", ["Koordinasi", "A", "a", "  koordinasi  "])
def test_multiple_choice_right_by_text_or_letter(answer):
    verdict = check("kontinum-3", answer)
    assert verdict.status == "benar"
    assert "tidak mengalami perubahan struktur" in verdict.message


def test_multiple_choice_wrong_explains_the_common_mistake():
    verdict = check("kontinum-3", "Integrasi")
    assert verdict.status == "salah"
    assert "mulai cair" in verdict.message
    assert "petunjuk" in verdict.message


def test_multiple_choice_partly_right_option():
    verdict = check("mulai-2", "A")
    assert verdict.status == "sebagian"
    assert "ego sektoral" in verdict.message


@pytest.mark.parametrize("answer", [None, "", "   "])
def test_multiple_choice_unattempted(answer):
    assert check("pelayanan-1", answer).status == "belum_dijawab"


@pytest.mark.parametrize("answer", [3, ["A"], "Z", "Kolaborasi"])
def test_multiple_choice_malformed_is_explained(answer):
    verdict = check("pelayanan-1", answer)
    assert verdict.status == "tidak_valid"
    assert "A–D" in verdict.message or "satu jawaban" in verdict.message


def test_survey_instruments_exercise_rejects_rescaling():
    verdict = check("pelayanan-4", "B")
    assert verdict.status == "salah"
    assert "metode" in verdict.message
    assert check("pelayanan-4", "A").status == "benar"


# --- pilihan_jamak -------------------------------------------------------------------------

# Bab III.A: the integrity indicators are bribery, SOPs and coordination between agencies.
INTEGRITY_INDICATORS = [
    "Ada tidaknya suap",
    "Standar operasional prosedur (SOP)",
    "Koordinasi antarinstansi terkait",
]


@pytest.mark.parametrize(
    "answer", [INTEGRITY_INDICATORS, ["A", "C", "E"], "A, C, E", "a c e", {"E", "A", "C"}]
)
def test_multiple_answer_right(answer):
    assert check("pelayanan-2", answer).status == "benar"


def test_multiple_answer_partial_counts_hits_without_naming_the_missed_one():
    verdict = check("pelayanan-2", ["A", "C"])
    assert verdict.status == "sebagian"
    assert "2 dari 3" in verdict.message
    assert "Koordinasi" not in verdict.message


def test_multiple_answer_partial_with_a_wrong_pick_explains_it():
    verdict = check("pelayanan-2", ["A", "B"])
    assert verdict.status == "sebagian"
    assert any("jumlah pegawai" in d for d in verdict.details)


def test_multiple_answer_all_wrong():
    verdict = check("pelayanan-2", ["B", "D"])
    assert verdict.status == "salah"
    assert len(verdict.details) == 2


@pytest.mark.parametrize("answer", [None, [], ""])
def test_multiple_answer_unattempted(answer):
    assert check("pelayanan-2", answer).status == "belum_dijawab"


@pytest.mark.parametrize("answer", [5, ["Z"], ["A", "Gaji pegawai"]])
def test_multiple_answer_malformed(answer):
    verdict = check("pelayanan-2", answer)
    assert verdict.status == "tidak_valid"
    assert verdict.message


def test_four_indicators_of_bab_i_d():
    indicators = [
        "Memahami konsep Whole of Government.",
        "Memahami penerapan Whole of Government dalam pemberian pelayanan yang terintegrasi.",
        "Memahami best practices penerapan Whole of Government.",
        "Memahami implementasi Whole of Government dalam perspektif kebijakan di Indonesia.",
    ]
    assert check("mulai-1", indicators).status == "benar"


# --- kelompokkan ---------------------------------------------------------------------------


def test_classify_right_as_item_mapping_and_as_category_lists():
    assert check("kontinum-1", dict(KONTINUM_1)).status == "benar"
    by_category: dict[str, list[str]] = {}
    for case, category in KONTINUM_1:
        by_category.setdefault(category.lower(), []).append(case.upper())
    assert check("kontinum-1", by_category).status == "benar"


def test_classify_partial_names_the_misplaced_item_and_why():
    answer = dict(KONTINUM_1) | {CASES_1["Joint working"]: "Koordinasi"}
    verdict = check("kontinum-1", answer)
    assert verdict.status == "sebagian"
    assert f"{len(KONTINUM_1) - 1} dari {len(KONTINUM_1)}" in verdict.message
    why = [d for d in verdict.details if d.startswith(CASES_1["Joint working"] + ":")]
    assert why and "kolaborasi sementara" in why[0]


def test_classify_all_wrong():
    shift = {"Koordinasi": "Integrasi", "Integrasi": "Kedekatan dan pelibatan",
             "Kedekatan dan pelibatan": "Koordinasi"}  # fmt: skip
    verdict = check("kontinum-1", {case: shift[cat] for case, cat in KONTINUM_1})
    assert verdict.status == "salah"
    assert f"0 dari {len(KONTINUM_1)}" in verdict.message


def test_classify_incomplete_is_partial_and_lists_what_is_missing():
    answer = dict(KONTINUM_1[:4]) | {CASES_1["Merger"]: None}
    verdict = check("kontinum-1", answer)
    assert verdict.status == "sebagian"
    assert "Belum dikelompokkan" in verdict.message
    assert CASES_1["Merger"] in verdict.message


@pytest.mark.parametrize("answer", [None, {}, {case: None for case, _ in KONTINUM_1}])
def test_classify_unattempted(answer):
    assert check("kontinum-1", answer).status == "belum_dijawab"


@pytest.mark.parametrize(
    "answer",
    [
        "Koordinasi",
        [CASES_1["Dialog"]],
        {"Rapat": "Koordinasi"},
        {"Dialog": "Koordinasi"},  # a type's name is not one of the cases
        {CASES_1["Dialog"]: "Kolaborasi"},
        {CASES_1["Dialog"]: 3},
    ],
)
def test_classify_malformed(answer):
    verdict = check("kontinum-1", answer)
    assert verdict.status == "tidak_valid"
    assert verdict.message


def test_source_and_derived_numbers_are_classified():
    exercise = get_exercise("pelayanan-6")
    derived = [item for item, cat in exercise.jawaban.items() if cat == "Angka turunan"]
    assert all("persen" in item or "dikurangi" in item for item in derived)


# --- urutkan -------------------------------------------------------------------------------


def test_order_right_as_list_or_positions():
    assert check("kontinum-2", KONTINUM_2).status == "benar"
    positions = {case: str(pos) for pos, case in enumerate(KONTINUM_2, start=1)}
    assert check("kontinum-2", positions).status == "benar"


def test_order_reversed_is_told_so():
    verdict = check("kontinum-2", list(reversed(KONTINUM_2)))
    assert verdict.status == "salah"
    assert "terbalik" in verdict.message


def test_order_partial_counts_right_positions():
    swapped = KONTINUM_2.copy()
    swapped[0], swapped[-1] = swapped[-1], swapped[0]
    verdict = check("kontinum-2", swapped)
    assert verdict.status == "sebagian"
    assert f"{len(KONTINUM_2) - 2} dari {len(KONTINUM_2)}" in verdict.message
    assert any(d.startswith(CASES_2["Merger"] + ":") for d in verdict.details)


def test_order_all_wrong():
    rotated = KONTINUM_2[1:] + KONTINUM_2[:1]
    verdict = check("kontinum-2", rotated)
    assert verdict.status == "salah"
    assert f"0 dari {len(KONTINUM_2)}" in verdict.message


@pytest.mark.parametrize("answer", [None, [], {case: None for case in KONTINUM_2}])
def test_order_unattempted(answer):
    assert check("kontinum-2", answer).status == "belum_dijawab"


FIRST, LAST = KONTINUM_2[0], KONTINUM_2[-1]


@pytest.mark.parametrize(
    ("answer", "says"),
    [
        (KONTINUM_2[:-1], "belum lengkap"),
        (KONTINUM_2[:-1] + [FIRST], "lebih dari sekali"),
        (KONTINUM_2[:-1] + ["Kolaborasi"], "Tidak dikenal"),
        (f"{FIRST}, {LAST}", "daftar"),
        ({case: 1 for case in KONTINUM_2}, "dua kali"),
        ({FIRST: 12}, "posisi"),
        ({FIRST: "pertama"}, "posisi"),
    ],
)
def test_order_malformed(answer, says):
    verdict = check("kontinum-2", answer)
    assert verdict.status == "tidak_valid"
    assert says in verdict.message


def test_sector_order_follows_the_course_figures():
    by_count = sorted(SECTORS, key=SECTORS.get, reverse=True)
    table = regulations_by_sector(read_regulations())
    assert list(table["kategori"]) == by_count


# --- angka ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [66.6, "66,6", "66.6", " 66,6 % ", "66,64", PERMEN_SHARE, np.float64(PERMEN_SHARE), 66.7],
)
def test_number_right_within_tolerance(answer):
    verdict = check("pelayanan-3", answer)
    assert verdict.status == "benar"
    assert "dihitung dari data" in verdict.message


def test_number_tolerance_is_a_tenth_of_a_point():
    exercise = get_exercise("pelayanan-3")
    assert exercise.check(PERMEN_SHARE + 0.09).status == "benar"
    assert exercise.check(PERMEN_SHARE - 0.09).status == "benar"
    assert exercise.check(PERMEN_SHARE + 0.2).status != "benar"


@pytest.mark.parametrize(
    ("answer", "says"),
    [
        (PERMEN / TOTAL, "Kalikan"),  # a ratio, not a percentage
        (100 * PERMEN / (PERMEN + PP + PERPU), "bentuk lain"),  # wrong denominator
        (PERMEN, "jumlah Peraturan Menteri"),  # the count, not the share
        (100 * PP / TOTAL, "lebih kecil"),
    ],
)
def test_number_wrong_explains_why(answer, says):
    verdict = check("pelayanan-3", answer)
    assert verdict.status == "salah"
    assert says in verdict.message


def test_number_close_but_outside_tolerance_is_partial():
    verdict = check("pelayanan-3", 67)
    assert verdict.status == "sebagian"
    assert "pembulatan" in verdict.message


@pytest.mark.parametrize("answer", [None, "", "  "])
def test_number_unattempted(answer):
    assert check("pelayanan-3", answer).status == "belum_dijawab"


@pytest.mark.parametrize(
    ("answer", "says"),
    [
        ("enam puluh enam", "bukan angka"),
        ("8311/12471*100", "bukan angka"),  # an expression is never evaluated
        ([66.6, 1.0], "lebih dari satu"),
        (pd.Series([66.6, 19.6]), ".iloc[0]"),
        (True, "satu angka"),
        (float("nan"), "satu angka"),
        (float("inf"), "satu angka"),
        ({"jawaban": 66.6}, "satu angka"),
    ],
)
def test_number_malformed_is_explained(answer, says):
    verdict = check("pelayanan-3", answer)
    assert verdict.status == "tidak_valid"
    assert says in verdict.message


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("66,6", 66.6),
        ("66.6", 66.6),
        ("12.471", 12471.0),
        ("12.471,5", 12471.5),
        ("1,234.5", 1234.5),
        ("−3,5", -3.5),
        ("66,6%", 66.6),
        (".5", 0.5),
    ],
)
def test_parse_number_accepts_indonesian_and_english_notation(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "1e5", "66,6 persen", "__import__('os')", "6-6"])
def test_parse_number_rejects_non_numbers(text):
    assert parse_number(text) is None


def test_numeric_answer_is_not_typed_in_the_bank():
    exercise = get_exercise("pelayanan-3")
    assert exercise.jawaban is None
    assert exercise.jawaban_dari == "persen_bentuk:Peraturan Menteri"
    raw = (BANK_DIR / "04_kondisi_pelayanan_publik.yaml").read_text(encoding="utf-8")
    assert not re.search(r"66[.,]6", raw)


# --- refleksi ------------------------------------------------------------------------------


def test_reflection_written_shows_discussion_prompts():
    exercise = get_exercise("pelayanan-7")
    verdict = exercise.check(REFLECTION)
    assert verdict.status == "benar"
    assert "tersimpan di berkas kerja" in verdict.message
    assert verdict.details == exercise.pertanyaan_diskusi
    assert len(verdict.details) >= 2


def test_reflection_too_short_is_partial_but_still_shows_prompts():
    verdict = check("mulai-3", "ego sektoral")
    assert verdict.status == "sebagian"
    assert verdict.details == get_exercise("mulai-3").pertanyaan_diskusi


@pytest.mark.parametrize("answer", [None, "", " \n "])
def test_reflection_unattempted(answer):
    assert check("mulai-3", answer).status == "belum_dijawab"


@pytest.mark.parametrize("answer", [42, ["satu", "dua"]])
def test_reflection_malformed(answer):
    verdict = check("mulai-3", answer)
    assert verdict.status == "tidak_valid"
    assert "teks" in verdict.message


# --- any input, any exercise ---------------------------------------------------------------

ODD_INPUTS = [None, "", 0, -1, 1e308, float("inf"), "A", [], {}, {"x": 1}, object(), b"A",
              [None], {"Dialog": 5}, "__import__('os').system('echo hi')", ("A",), 1j]  # fmt: skip


@pytest.mark.parametrize("exercise_id", [ex.id for ex in load_bank().exercises()])
def test_no_input_raises_and_every_verdict_has_a_message(exercise_id):
    exercise = get_exercise(exercise_id)
    for answer in ODD_INPUTS:
        verdict = exercise.check(answer)
        assert verdict.status in STATUSES
        assert verdict.message.strip()


def test_math_is_not_used_on_text():
    # A reminder that parse_number handles text by pattern only: inf/nan words are not numbers.
    assert parse_number("inf") is None
    assert parse_number("nan") is None
    assert math.isfinite(parse_number("1.000.000"))
