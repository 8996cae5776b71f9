"""Derived numbers: computed from the course data (or arithmetic), labelled, never typed.

Expected values are typed from the course text (Bab III.A), never copied from the code's output.
"""

from __future__ import annotations

from itertools import combinations

import pytest

from helpers.core.text import DERIVED_LABEL
from helpers.exercises import get_exercise
from helpers.exercises.computations import resolve_number
from tests.exercises.common import PERMEN, PERMEN_SHARE, PERPU, PP, TOTAL

# --- derived numbers -----------------------------------------------------------------------


def test_derived_share_is_computed_from_the_data():
    share = resolve_number("persen_bentuk:Peraturan Menteri")
    assert share.value == pytest.approx(PERMEN_SHARE)
    assert share.derived
    assert "8.311" in share.formula and "12.471" in share.formula
    assert share.label("%").endswith(DERIVED_LABEL)


def test_other_derived_numbers():
    assert resolve_number("jumlah_bentuk_lain").value == TOTAL - PERMEN - PP - PERPU
    assert resolve_number("rasio_bentuk:Perpu").value == pytest.approx(PERPU / TOTAL)
    assert resolve_number("total_regulasi").value == TOTAL
    assert not resolve_number("total_regulasi").derived
    assert resolve_number("skor_survei:ISP:2009:pusat").value == pytest.approx(6.64)


@pytest.mark.parametrize("n", [1, 2, 3, 4, 7, 12])
def test_span_of_control_channels(n):
    pairs = list(combinations(range(n), 2))
    direct = resolve_number(f"saluran_langsung:{n}")
    via_coordinator = resolve_number(f"saluran_lewat_koordinator:{n}")
    assert direct.value == len(pairs)
    # With agency 0 as the coordinator, only the pairs that include it remain.
    assert via_coordinator.value == len([pair for pair in pairs if 0 in pair])
    assert direct.derived and via_coordinator.derived
    assert direct.label("saluran") == f"{len(pairs)} saluran {DERIVED_LABEL}"


def test_channel_exercise_is_derived_not_typed():
    exercise = get_exercise("praktik-2")
    assert exercise.jawaban is None
    assert exercise.jawaban_dari == "saluran_langsung:4"
    assert exercise.check("6").status == "benar"
    assert exercise.check("3").status == "salah"
    assert DERIVED_LABEL in exercise.answer_lines()[0]


@pytest.mark.parametrize(
    "spec", ["saluran_langsung", "saluran_langsung:0", "saluran_lewat_koordinator:empat"]
)
def test_channel_count_must_be_a_positive_whole_number(spec):
    with pytest.raises(KeyError, match="tidak valid"):
        resolve_number(spec)


@pytest.mark.parametrize("spec", ["rata_rata", "persen_bentuk:Undang-Undang", "skor_survei:ISP"])
def test_unknown_computation_is_a_clear_error(spec):
    with pytest.raises(KeyError, match="tidak"):
        resolve_number(spec)
