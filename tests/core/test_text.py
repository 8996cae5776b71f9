"""helpers.core.text: Indonesian number formats, lettering and the one number parser."""

import pytest

from helpers.core.text import format_number, format_percent, join_list, lettered, parse_number


def test_thousands_use_a_dot_and_decimals_a_comma():
    assert format_number(12471) == "12.471"
    assert format_number(6.64, 2) == "6,64"
    assert format_number(1061.5, 1) == "1.061,5"


def test_percent_has_one_decimal():
    assert format_percent(100 * 49 / 12471) == "0,4%"


def test_join_list_reads_as_prose():
    assert join_list(["suap", "SOP", "koordinasi"]) == "suap, SOP, dan koordinasi"
    assert join_list(["ISP", "SPI"]) == "ISP dan SPI"


def test_options_are_lettered_from_a():
    assert lettered(["Koordinasi", "Integrasi", "Merger"])[-1] == "C. Merger"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("6,64", 6.64), ("12.471", 12471.0), ("12.471,0", 12471.0), ("66.6 %", 66.6), ("−3", -3.0)],
)
def test_a_trainee_writes_numbers_the_indonesian_way(typed, expected):
    assert parse_number(typed) == expected


@pytest.mark.parametrize("typed", ["enam", "", "1,2,3.4.5x", True, None, float("nan")])
def test_what_is_not_a_number_is_none(typed):
    assert parse_number(typed) is None


def test_a_file_states_its_decimal_separator():
    assert parse_number("12.471", decimal=",") == 12471.0
    assert parse_number("6,64", decimal=",") == 6.64
    assert parse_number("6.64", decimal=".") == 6.64
    assert parse_number("6,64", decimal=".") is None
