"""A number the trainee computes, quoted from a source or derived from the course data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from helpers.core.text import format_number, parse_number
from helpers.exercises.answers import describe
from helpers.exercises.computations import (
    COMPUTATIONS,
    DerivedNumber,
    known_computation,
    resolve_number,
)
from helpers.exercises.kinds.base import BankFields, Exercise
from helpers.exercises.model import TRY_HINT, Verdict, invalid, verdict

FROM_SOURCE = "angka dari sumber"
EPSILON = 1e-9  # floating-point slack on top of the tolerance


@dataclass(frozen=True)
class Numeric(Exercise):
    """A number checked within a tolerance (``angka``).

    Bank fields: ``toleransi`` (absolute), optional ``satuan`` and ``desimal``, and exactly one of
    ``jawaban`` (a number quoted from a source) or ``jawaban_dari`` (a computation of
    ``helpers.exercises.computations``, e.g. "persen_bentuk:Peraturan Menteri", for derived
    numbers); ``kesalahan_umum`` keys are a computation or a source number.

    Example:
        >>> from helpers.exercises.bank import get_exercise
        >>> get_exercise("pelayanan-3").check("66,6").status
        'benar'
    """

    jawaban: float | None = None
    jawaban_dari: str = ""
    toleransi: float = 0.0
    satuan: str = ""
    desimal: int = 1

    jenis: ClassVar[str] = "angka"
    label: ClassVar[str] = "Isian angka"

    @classmethod
    def read_fields(cls, fields: BankFields) -> dict[str, Any]:
        literal = fields.get("jawaban", (int, float), False)
        computed = fields.text("jawaban_dari", False)
        if (literal is None) == (not computed):
            fields.fail(
                "isi tepat satu dari 'jawaban' (angka dari sumber) atau 'jawaban_dari' "
                "(nama perhitungan untuk angka turunan)."
            )
        mistakes = fields.mapping("kesalahan_umum")
        for spec in [computed, *(k for k in mistakes if isinstance(k, str))]:
            if spec and not known_computation(spec):
                fields.fail(
                    f"perhitungan '{spec}' tidak dikenal. Yang ada: {', '.join(COMPUTATIONS)}."
                )
        tolerance = fields.get("toleransi", (int, float))
        if tolerance < 0:
            fields.fail("'toleransi' tidak boleh negatif.")
        decimals = fields.get("desimal", int, False)
        return {
            "jawaban": literal,
            "jawaban_dari": computed,
            "toleransi": float(tolerance),
            "satuan": fields.text("satuan", False),
            "kesalahan_umum": mistakes,
            "desimal": 1 if decimals is None else decimals,
        }

    @property
    def target(self) -> DerivedNumber:
        """The expected number: computed from the data when the bank names a computation."""
        if self.jawaban_dari:
            found = resolve_number(self.jawaban_dari)
            return DerivedNumber(found.value, found.formula, found.derived, self.desimal)
        return DerivedNumber(float(self.jawaban), FROM_SOURCE, False, self.desimal)  # type: ignore[arg-type]

    def _near(self, value: float, expected: float) -> bool:
        return abs(value - expected) <= self.toleransi + EPSILON

    def parse(self, answer: object) -> float | Verdict:
        value = parse_number(answer)
        return invalid(self._not_a_number(answer)) if value is None else value

    def judge(self, value: float) -> Verdict:  # type: ignore[override]
        gap = value - self.target.value
        if self._near(value, self.target.value):
            return verdict("benar", self.penjelasan)
        for wrong, why in self.kesalahan_umum.items():
            if self._near(value, self._mistake_value(wrong).value):
                return verdict("salah", f"{why} {TRY_HINT}")
        if abs(gap) <= 5 * self.toleransi:
            return verdict(
                "sebagian",
                f"Hampir tepat, tetapi selisihnya lebih dari "
                f"±{format_number(self.toleransi, self.desimal)}. Periksa pembulatan: hitung "
                f"sampai {self.desimal} angka di belakang koma.",
            )
        side = "lebih besar" if gap > 0 else "lebih kecil"
        return verdict(
            "salah",
            f"Angka Anda {side} daripada yang diharapkan. Periksa apa yang dibagi dengan apa. "
            f"{TRY_HINT}",
        )

    @staticmethod
    def _mistake_value(wrong: object) -> DerivedNumber:
        if isinstance(wrong, str):
            return resolve_number(wrong)
        return DerivedNumber(float(wrong), FROM_SOURCE, False, 0)  # type: ignore[arg-type]

    @staticmethod
    def _not_a_number(answer: object) -> str:
        if hasattr(answer, "iloc") or isinstance(answer, list | tuple):
            return (
                "Jawaban berisi lebih dari satu nilai. Ambil satu angka saja, mis. "
                "dengan .iloc[0] pada hasil pandas."
            )
        if isinstance(answer, str):
            return (
                f'"{answer.strip()}" bukan angka. Tulis angkanya saja, mis. 12,5 atau '
                f"12.5 (boleh dengan koma desimal, tanpa kata-kata)."
            )
        return f"Jawaban harus berupa satu angka, bukan {describe(answer)}."

    def answer_lines(self) -> list[str]:
        target = self.target
        tolerance = format_number(self.toleransi, self.desimal)
        return [
            f"{target.label(self.satuan)}, dihitung: {target.formula}; "
            f"diterima dengan toleransi ±{tolerance}"
        ]

    def mistakes(self) -> list[tuple[str, str]]:
        pairs = []
        for wrong, why in self.kesalahan_umum.items():
            number = self._mistake_value(wrong)
            shown = number.label() + (f", dihitung: {number.formula}" if number.derived else "")
            pairs.append((shown, why))
        return pairs
