"""Choosing among lettered options: one right option, or several."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from helpers.core.text import join_list, lettered
from helpers.exercises.answers import describe, letter_range, match
from helpers.exercises.kinds.base import BankFields, Exercise
from helpers.exercises.model import TRY_HINT, Verdict, invalid, verdict

OPTIONS_TITLE = "Pilihan:"


def _read_options(fields: BankFields, many: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``pilihan`` and the right ones among them (``jawaban``: one text, or a list if many)."""
    options = fields.texts("pilihan", minimum=2)
    right = fields.texts("jawaban") if many else (fields.text("jawaban"),)
    fields.within("jawaban", right, options)
    return options, right


@dataclass(frozen=True)
class MultipleChoice(Exercise):
    """One right option among several (``pilihan_ganda``).

    Bank fields: ``pilihan`` (list), ``jawaban`` (one of pilihan), optional ``sebagian_benar``
    (option -> why it is only partly right); ``kesalahan_umum`` keys are wrong options.

    Example:
        >>> from helpers.exercises.bank import get_exercise
        >>> get_exercise("kontinum-3").check("a").status
        'benar'
    """

    pilihan: tuple[str, ...] = ()
    jawaban: str = ""
    sebagian_benar: Mapping[str, str] = field(default_factory=dict)

    jenis: ClassVar[str] = "pilihan_ganda"
    label: ClassVar[str] = "Pilihan ganda (satu jawaban)"

    @classmethod
    def read_fields(cls, fields: BankFields) -> dict[str, Any]:
        options, (answer,) = _read_options(fields, many=False)
        wrong = [o for o in options if o != answer]
        partial = fields.mapping("sebagian_benar")
        fields.within("sebagian_benar", partial, wrong)
        return {
            "pilihan": options,
            "jawaban": answer,
            "kesalahan_umum": fields.mistakes_about(wrong),
            "sebagian_benar": partial,
        }

    def parse(self, answer: object) -> str | Verdict:
        if not isinstance(answer, str):
            return invalid(
                f'Pilih satu jawaban saja: tulis hurufnya (mis. "B") atau teks pilihannya, '
                f"bukan {describe(answer)}."
            )
        choice = match(answer, self.pilihan, letters=True)
        if choice is None:
            return invalid(
                f'"{answer.strip()}" tidak ada di antara pilihan. Tulis salah satu huruf '
                f"{letter_range(self.pilihan)} atau salin teks pilihannya."
            )
        return choice

    def judge(self, choice: str) -> Verdict:  # type: ignore[override]
        if choice == self.jawaban:
            return verdict("benar", self.penjelasan)
        if choice in self.sebagian_benar:
            return verdict("sebagian", f"{self.sebagian_benar[choice]} {TRY_HINT}")
        why = self.kesalahan_umum.get(choice, "Pilihan ini tidak sesuai dengan bahan ajar.")
        return verdict("salah", f"{why} {TRY_HINT}")

    def answer_lines(self) -> list[str]:
        return [lettered(self.pilihan)[self.pilihan.index(self.jawaban)]]

    def mistakes(self) -> list[tuple[str, str]]:
        partial = [(f"{o} (sebagian benar)", why) for o, why in self.sebagian_benar.items()]
        return partial + super().mistakes()

    def key_parts(self) -> list[tuple[str, tuple[str, ...]]]:
        return [(OPTIONS_TITLE, tuple(lettered(self.pilihan)))]


@dataclass(frozen=True)
class MultipleAnswer(Exercise):
    """Several right options (``pilihan_jamak``); partly right answers are told so.

    Bank fields: ``pilihan``, ``jawaban`` (list, subset of pilihan); ``kesalahan_umum`` keys are
    wrong options.

    Example:
        >>> from helpers.exercises.bank import get_exercise
        >>> get_exercise("pelayanan-2").check("A, C").status
        'sebagian'
    """

    pilihan: tuple[str, ...] = ()
    jawaban: tuple[str, ...] = ()

    jenis: ClassVar[str] = "pilihan_jamak"
    label: ClassVar[str] = "Pilihan ganda kompleks (beberapa jawaban)"

    @classmethod
    def read_fields(cls, fields: BankFields) -> dict[str, Any]:
        options, answer = _read_options(fields, many=True)
        wrong = [o for o in options if o not in answer]
        return {
            "pilihan": options,
            "jawaban": answer,
            "kesalahan_umum": fields.mistakes_about(wrong),
        }

    def judge(self, chosen: set[str]) -> Verdict:  # type: ignore[override]
        right = set(self.jawaban)
        wrong = [o for o in self.pilihan if o in chosen - right]
        hits, missed = len(chosen & right), len(right - chosen)
        if not wrong and not missed:
            return verdict("benar", self.penjelasan)
        message = f"Anda memilih {hits} dari {len(right)} jawaban yang tepat"
        if wrong:
            message += f" ditambah {len(wrong)} pilihan yang keliru"
        message += "."
        if missed:
            message += f" Masih ada {missed} jawaban tepat yang belum Anda pilih."
        details = [
            f"{o}: {self.kesalahan_umum.get(o, 'tidak sesuai dengan bahan ajar.')}" for o in wrong
        ]
        return verdict("sebagian" if hits else "salah", f"{message} {TRY_HINT}", details)

    def parse(self, answer: object) -> set[str] | Verdict:
        if isinstance(answer, str):
            answer = (
                [p for p in re.split(r"[,;\s]+", answer) if p]
                if re.fullmatch(r"[A-Za-z]([,;\s]+[A-Za-z])*", answer.strip())
                else [answer]
            )
        if not isinstance(answer, list | tuple | set | frozenset):
            return invalid(f'Berikan daftar pilihan, mis. ["A", "C"], bukan {describe(answer)}.')
        chosen = {match(a, self.pilihan, letters=True) for a in answer}
        if None in chosen:
            unknown = [str(a) for a in answer if match(a, self.pilihan, letters=True) is None]
            return invalid(
                f"Tidak dikenal: {join_list(unknown)}. Gunakan huruf "
                f"{letter_range(self.pilihan)} atau salin teks pilihannya."
            )
        return chosen  # type: ignore[return-value]

    def answer_lines(self) -> list[str]:
        shown = lettered(self.pilihan)
        return [shown[i] for i, option in enumerate(self.pilihan) if option in self.jawaban]

    def key_parts(self) -> list[tuple[str, tuple[str, ...]]]:
        return [(OPTIONS_TITLE, tuple(lettered(self.pilihan)))]
