"""helpers.text: Indonesian number formats."""

from helpers.text import format_number, format_percent, join_list


def test_thousands_use_a_dot_and_decimals_a_comma():
    assert format_number(12471) == "12.471"
    assert format_number(6.64, 2) == "6,64"
    assert format_number(1061.5, 1) == "1.061,5"


def test_percent_has_one_decimal():
    assert format_percent(100 * 49 / 12471) == "0,4%"


def test_join_list_reads_as_prose():
    assert join_list(["suap", "SOP", "koordinasi"]) == "suap, SOP, dan koordinasi"
    assert join_list(["ISP", "SPI"]) == "ISP dan SPI"
