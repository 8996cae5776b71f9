"""Reading what a trainee typed: blank or not, which option was meant, what shape it has.

What a trainee gives is only compared, parsed as a number (``helpers.core.text.parse_number``) or
counted, never evaluated.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from helpers.core.text import LETTERS


def is_blank(answer: object) -> bool:
    """True for no answer: None, empty or spaces-only text, an empty collection.

    Example:
        >>> is_blank("  "), is_blank([]), is_blank(0)
        (True, True, False)
    """
    if answer is None:
        return True
    if isinstance(answer, str):
        return not answer.strip()
    if isinstance(answer, Mapping | list | tuple | set | frozenset):
        return len(answer) == 0
    return False


def key(text: str) -> str:
    """Text as compared: spaces collapsed, case ignored.

    Example:
        >>> key("  Joint   Planning ")
        'joint planning'
    """
    return " ".join(text.split()).casefold()


def match(value: object, choices: Sequence[str], letters: bool = False) -> str | None:
    """The choice a trainee meant (same text ignoring case and spaces, or its letter).

    Example:
        >>> match("b", ["Koordinasi", "Integrasi"], letters=True), match("merger", ["Merger"])
        ('Integrasi', 'Merger')
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    if letters and len(text) == 1 and text.upper() in LETTERS[: len(choices)]:
        return choices[LETTERS.index(text.upper())]
    wanted = key(text)
    return next((c for c in choices if key(c) == wanted), None)


def letter_range(options: Sequence[str]) -> str:
    """The letters of the options, e.g. "A–D".

    Example:
        >>> letter_range(["a", "b", "c", "d"])
        'A–D'
    """
    return f"A–{LETTERS[len(options) - 1]}"


def describe(answer: object) -> str:
    """The kind of value given, in Bahasa Indonesia, for "..., bukan <kind>" messages.

    Example:
        >>> describe([1]), describe(2.5), describe({})
        ('daftar', 'angka', 'kamus (dict)')
    """
    names = {list: "daftar", tuple: "daftar", dict: "kamus (dict)", int: "angka", float: "angka"}
    return names.get(type(answer), type(answer).__name__)
