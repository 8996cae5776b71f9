"""Derived numbers for numeric exercises, computed from the course data, never typed in the bank.

A numeric exercise names its answer as ``jawaban_dari: "<computation>:<argument>"``, e.g.
``"persen_bentuk:Peraturan Menteri"``; :func:`resolve_number` runs the computation on the data
read by ``helpers.chapters.pelayanan`` (regulations, survey scores) or on the span-of-control
arithmetic of ``helpers.chapters.praktik``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import pandas as pd

from helpers.chapters.pelayanan import (
    read_regulations,
    read_survey_scores,
    regulation_total,
    regulations_by_form,
)
from helpers.chapters.praktik import hub_channels, pairwise_channels
from helpers.core.text import DERIVED_LABEL, format_number


@dataclass(frozen=True)
class DerivedNumber:
    """A number computed from the course data, with how it was computed (in words).

    Example:
        >>> DerivedNumber(66.64, "8.311 ÷ 12.471 × 100").label("%")
        '66,6% (angka turunan)'
    """

    value: float
    formula: str
    derived: bool = True
    decimals: int = 1

    def label(self, unit: str = "") -> str:
        """The number formatted the Indonesian way, with its unit and the derived label."""
        text = format_number(self.value, self.decimals)
        text += unit if unit == "%" else f" {unit}" if unit else ""
        return f"{text} {DERIVED_LABEL}" if self.derived else text


COMPUTATIONS: dict[str, Callable[[str], DerivedNumber]] = {}


def _computation(name: str) -> Callable:
    def register(func: Callable[[str], DerivedNumber]) -> Callable[[str], DerivedNumber]:
        COMPUTATIONS[name] = func
        return func

    return register


@cache
def _regulations() -> pd.DataFrame:
    return read_regulations()


def _forms() -> pd.DataFrame:
    return regulations_by_form(_regulations())


def _form_count(form: str) -> tuple[int, int]:
    table = _forms()
    rows = table[(table["kategori"] == form) & ~table["turunan"]]
    if rows.empty:
        known = ", ".join(table.loc[~table["turunan"], "kategori"])
        raise KeyError(f"bentuk regulasi '{form}' tidak ada di data. Yang ada: {known}.")
    return int(rows["jumlah"].iloc[0]), regulation_total(_regulations())


def _n(value: float) -> str:
    return format_number(value)


@_computation("total_regulasi")
def _total_regulations(_arg: str) -> DerivedNumber:
    total = regulation_total(_regulations())
    return DerivedNumber(total, "jumlah seluruh regulasi dari data", derived=False, decimals=0)


@_computation("jumlah_bentuk")
def _form_total(form: str) -> DerivedNumber:
    count, _ = _form_count(form)
    return DerivedNumber(count, f"jumlah {form} dari data", derived=False, decimals=0)


@_computation("persen_bentuk")
def _form_share(form: str) -> DerivedNumber:
    count, total = _form_count(form)
    return DerivedNumber(100 * count / total, f"{_n(count)} ÷ {_n(total)} × 100")


@_computation("rasio_bentuk")
def _form_ratio(form: str) -> DerivedNumber:
    count, total = _form_count(form)
    return DerivedNumber(count / total, f"{_n(count)} ÷ {_n(total)}", decimals=3)


@_computation("persen_bentuk_dari_yang_disebut")
def _form_share_of_named(form: str) -> DerivedNumber:
    count, _ = _form_count(form)
    named = _regulations().query("dimensi == 'bentuk'")["jumlah"]
    parts = " + ".join(_n(v) for v in named)
    return DerivedNumber(100 * count / int(named.sum()), f"{_n(count)} ÷ ({parts}) × 100")


@_computation("jumlah_bentuk_lain")
def _other_forms(_arg: str) -> DerivedNumber:
    table = _forms()
    residual = int(table.loc[table["turunan"], "jumlah"].iloc[0])
    total = regulation_total(_regulations())
    named = " − ".join(_n(v) for v in table.loc[~table["turunan"], "jumlah"])
    return DerivedNumber(residual, f"{_n(total)} − {named}", decimals=0)


@_computation("skor_survei")
def _survey_score(arg: str) -> DerivedNumber:
    survey, year, level = (arg.split(":") + ["", "", ""])[:3]
    scores = read_survey_scores()
    wanted = (scores["survei"] == survey) & (scores["tingkat"] == level)
    rows = scores[wanted & (scores["tahun"].astype(str) == year)]
    if rows.empty:
        raise KeyError(f"skor survei '{arg}' tidak ada di data (format SURVEI:TAHUN:TINGKAT).")
    return DerivedNumber(
        float(rows["skor"].iloc[0]),
        f"skor {survey} {year} {level} dari data",
        derived=False,
        decimals=2,
    )


def _agency_count(spec: str, arg: str) -> int:
    if not re.fullmatch(r"\d+", arg) or int(arg) < 1:
        raise KeyError(
            f"jumlah lembaga '{arg}' tidak valid; tulis bilangan bulat positif, mis. {spec}:4."
        )
    return int(arg)


@_computation("saluran_langsung")
def _pairwise_channels(arg: str) -> DerivedNumber:
    n = _agency_count("saluran_langsung", arg)
    return DerivedNumber(pairwise_channels(n), f"{n} × ({n} − 1) ÷ 2", decimals=0)


@_computation("saluran_lewat_koordinator")
def _hub_channels(arg: str) -> DerivedNumber:
    n = _agency_count("saluran_lewat_koordinator", arg)
    return DerivedNumber(hub_channels(n), f"{n} − 1", decimals=0)


def known_computation(spec: str) -> bool:
    """True when ``spec`` names a computation (its argument is checked only when it runs).

    Example:
        >>> known_computation("persen_bentuk:Perpu"), known_computation("rata_rata")
        (True, False)
    """
    return spec.partition(":")[0] in COMPUTATIONS


def resolve_number(spec: str) -> DerivedNumber:
    """Compute a named number, e.g. ``resolve_number("persen_bentuk:Peraturan Menteri")``.

    Example:
        >>> resolve_number("persen_bentuk:Peraturan Menteri").formula
        '8.311 ÷ 12.471 × 100'
        >>> channels = resolve_number("saluran_langsung:4")
        >>> channels.value, channels.label("saluran")
        (6, '6 saluran (angka turunan)')
    """
    name, _, arg = spec.partition(":")
    if name not in COMPUTATIONS:
        raise KeyError(f"perhitungan '{name}' tidak dikenal. Yang ada: {', '.join(COMPUTATIONS)}.")
    return COMPUTATIONS[name](arg.strip())
