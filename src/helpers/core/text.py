"""Words and number formats that trainees see, in Bahasa Indonesia, kept in one place."""

from __future__ import annotations

import math
import numbers
import re
from collections.abc import Sequence

# Okabe-Ito palette: distinguishable with the common colour-vision deficiencies.
PALETTE = {
    "biru": "#0072B2",
    "jingga": "#E69F00",
    "hijau": "#009E73",
    "merah": "#D55E00",
    "ungu": "#CC79A7",
    "biru_muda": "#56B4E9",
    "kuning": "#F0E442",
    "abu": "#7F7F7F",
}
# Light grey for what a diagram shows as "not included" (cells, boxes); not a data colour.
MUTED = "#D9D9D9"

# plotly's `separators`: decimal comma, thousands dot, as written in Indonesia.
PLOTLY_SEPARATORS = ",."
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DERIVED_LABEL = "(angka turunan)"


def format_number(value: float, decimals: int = 0) -> str:
    """Format a number the Indonesian way: thousands with '.', decimals with ','.

    Example:
        >>> format_number(12471)
        '12.471'
        >>> format_number(6.64, 2)
        '6,64'
    """
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_percent(value: float) -> str:
    """A share in percent with one decimal, e.g. 66,6%.

    Example:
        >>> format_percent(50)
        '50,0%'
    """
    return f"{format_number(value, 1)}%"


def join_list(items: Sequence[str]) -> str:
    """Join items as Indonesian prose: 'a, b, dan c'.

    Example:
        >>> join_list(["a", "b", "c"])
        'a, b, dan c'
    """
    items = list(items)
    if len(items) <= 2:
        return " dan ".join(items)
    return f"{', '.join(items[:-1])}, dan {items[-1]}"


def lettered(options: Sequence[str]) -> list[str]:
    """Options prefixed with their letters, as shown to trainees: 'A. ...', 'B. ...'.

    Example:
        >>> lettered(["Koordinasi", "Merger"])
        ['A. Koordinasi', 'B. Merger']
    """
    return [f"{LETTERS[i]}. {text}" for i, text in enumerate(options)]


def parse_number(answer: object, decimal: str | None = None) -> float | None:
    """A number from an int/float or from text; None when it is not one.

    With ``decimal=None`` the separator is guessed as a trainee writes ("66,6", "66.6 %",
    "12.471" for twelve thousand); with ``decimal=","`` or ``"."`` it is the file's convention.

    Example:
        >>> parse_number("66,6"), parse_number("12.471"), parse_number("enam")
        (66.6, 12471.0, None)
        >>> parse_number("6.64", decimal="."), parse_number("12.471,5", decimal=",")
        (6.64, 12471.5)
    """
    if isinstance(answer, bool):
        return None
    if isinstance(answer, numbers.Real):
        value = float(answer)
        return value if math.isfinite(value) else None
    if not isinstance(answer, str):
        return None
    text = re.sub(r"[\s\u00a0%]", "", answer).replace("−", "-")
    if decimal == ",":
        if re.fullmatch(r"-?[0-9]{1,3}(\.[0-9]{3})+(,[0-9]+)?", text):
            text = text.replace(".", "")
        text = text.replace(",", ".")
    if decimal is not None:
        return float(text) if re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", text) else None
    return _guess_number(text)


def _guess_number(text: str) -> float | None:
    if "," in text and "." in text:
        thousands = "." if text.rfind(",") > text.rfind(".") else ","
        text = text.replace(thousands, "")
    if text.count(".") > 1 or re.fullmatch(r"-?\d{1,3}(\.\d{3})+", text or "x"):
        # "12.471" is how Indonesian writes twelve thousand, not twelve point something.
        text = text.replace(".", "")
    if text.count(",") > 1:
        text = text.replace(",", "")
    text = text.replace(",", ".")
    if not re.fullmatch(r"[-+]?(\d+(\.\d*)?|\.\d+)", text):
        return None
    return float(text)
