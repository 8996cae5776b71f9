"""Arranging items: into categories, or in order along a scale."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from helpers.core.text import join_list, parse_number
from helpers.exercises.answers import describe, is_blank, match
from helpers.exercises.kinds.base import BankFields, Exercise
from helpers.exercises.model import TRY_HINT, Verdict, invalid, unanswered, verdict

ITEMS_TITLE = "Butir (urutan tampilan):"


@dataclass(frozen=True)
class Classify(Exercise):
    """Put each item into one category (``kelompokkan``).

    Bank fields: ``kategori`` (list), ``butir`` (items in display order), ``jawaban`` (item ->
    category); ``kesalahan_umum`` keys are items (shown when that item is misplaced).

    Example:
        >>> from helpers.exercises.bank import get_exercise
        >>> exercise = get_exercise("kontinum-1")
        >>> exercise.check({item: "Koordinasi" for item in exercise.butir}).message[:22]
        '2 dari 6 butir sudah d'
    """

    kategori: tuple[str, ...] = ()
    butir: tuple[str, ...] = ()
    jawaban: Mapping[str, str] = field(default_factory=dict)

    jenis: ClassVar[str] = "kelompokkan"
    label: ClassVar[str] = "Kelompokkan"

    @classmethod
    def read_fields(cls, fields: BankFields) -> dict[str, Any]:
        categories, items = fields.texts("kategori", minimum=2), fields.texts("butir", minimum=2)
        answer = fields.mapping("jawaban", required=True)
        if set(answer) != set(items):
            fields.fail("kunci 'jawaban' harus tepat sama dengan daftar 'butir'.")
        fields.within("jawaban", answer.values(), categories)
        return {
            "kategori": categories,
            "butir": items,
            "jawaban": answer,
            "kesalahan_umum": fields.mistakes_about(items),
        }

    def judge(self, placed: dict[str, str | None]) -> Verdict:  # type: ignore[override]
        missing = [i for i in self.butir if placed.get(i) is None]
        if len(missing) == len(self.butir):
            return unanswered()
        wrong = [i for i in self.butir if placed.get(i) not in (None, self.jawaban[i])]
        if not wrong and not missing:
            return verdict("benar", self.penjelasan)
        right = len(self.butir) - len(wrong) - len(missing)
        message = f"{right} dari {len(self.butir)} butir sudah di kelompok yang tepat."
        if missing:
            message += f" Belum dikelompokkan: {join_list(missing)}."
        details = [
            f"{i}: {self.kesalahan_umum.get(i, 'belum di kelompok yang tepat.')}" for i in wrong
        ]
        return verdict("sebagian" if right else "salah", f"{message} {TRY_HINT}", details)

    def parse(self, answer: object) -> dict[str, str | None] | Verdict:
        if not isinstance(answer, Mapping):
            return invalid(
                f'Berikan pasangan butir dan kelompoknya, mis. {{"{self.butir[0]}": '
                f'"{self.kategori[0]}"}}, bukan {describe(answer)}.'
            )
        if (
            answer
            and all(match(k, self.kategori) for k in answer)
            and all(isinstance(v, list | tuple | set) for v in answer.values())
        ):
            answer = {item: cat for cat, items in answer.items() for item in items}
        placed: dict[str, str | None] = {}
        for raw_item, raw_cat in answer.items():
            item = match(raw_item, self.butir)
            if item is None:
                return invalid(
                    f'Butir "{raw_item}" tidak ada di soal ini. '
                    f"Butir yang ada: {join_list(list(self.butir))}."
                )
            category = None if is_blank(raw_cat) else match(raw_cat, self.kategori)
            if category is None and not is_blank(raw_cat):
                return invalid(
                    f'Kelompok "{raw_cat}" tidak dikenal. '
                    f"Pilih salah satu: {join_list(list(self.kategori))}."
                )
            placed[item] = category
        return placed

    def answer_lines(self) -> list[str]:
        return [
            f"{cat}: {'; '.join(i for i, c in self.jawaban.items() if c == cat)}"
            for cat in self.kategori
        ]

    def key_parts(self) -> list[tuple[str, tuple[str, ...]]]:
        return [("Kelompok:", self.kategori), (ITEMS_TITLE, self.butir)]


@dataclass(frozen=True)
class Order(Exercise):
    """Put items in order along a scale (``urutkan``).

    Bank fields: ``butir`` (display order, not the answer), ``jawaban`` (the right order),
    ``skala`` [start label, end label]; ``kesalahan_umum`` keys are items.

    Example:
        >>> from helpers.exercises.bank import get_exercise
        >>> exercise = get_exercise("kontinum-2")
        >>> exercise.check(list(reversed(exercise.jawaban))).message[:21]
        'Urutan Anda terbalik.'
    """

    butir: tuple[str, ...] = ()
    jawaban: tuple[str, ...] = ()
    skala: tuple[str, str] = ("awal", "akhir")

    jenis: ClassVar[str] = "urutkan"
    label: ClassVar[str] = "Urutkan"

    @classmethod
    def read_fields(cls, fields: BankFields) -> dict[str, Any]:
        items, answer = fields.texts("butir", minimum=2), fields.texts("jawaban", minimum=2)
        if sorted(items) != sorted(answer):
            fields.fail(
                "'jawaban' harus berisi butir yang sama dengan 'butir', dalam urutan yang benar."
            )
        if list(items) == list(answer):
            fields.fail(
                "'butir' (urutan tampilan) tidak boleh sama dengan 'jawaban' (urutan benar)."
            )
        scale = fields.texts("skala", minimum=2)
        if len(scale) != 2:
            fields.fail("'skala' harus berisi tepat dua teks: ujung awal dan ujung akhir.")
        return {
            "butir": items,
            "jawaban": answer,
            "skala": scale,
            "kesalahan_umum": fields.mistakes_about(items),
        }

    def judge(self, order: list[str]) -> Verdict:  # type: ignore[override]
        if order == list(self.jawaban):
            return verdict("benar", self.penjelasan)
        if order == list(reversed(self.jawaban)):
            return verdict(
                "salah",
                f'Urutan Anda terbalik. Posisi 1 adalah ujung "{self.skala[0]}", posisi terakhir '
                f'ujung "{self.skala[1]}". {TRY_HINT}',
            )
        misplaced = [i for pos, i in enumerate(order) if self.jawaban[pos] != i]
        right = len(order) - len(misplaced)
        message = f"{right} dari {len(order)} butir sudah di posisi yang tepat."
        details = [
            f"{i}: {self.kesalahan_umum.get(i, 'belum di posisi yang tepat.')}" for i in misplaced
        ]
        return verdict("sebagian" if right else "salah", f"{message} {TRY_HINT}", details)

    def parse(self, answer: object) -> list[str] | Verdict:
        if isinstance(answer, Mapping):
            return self._order_from_positions(answer)
        if not isinstance(answer, list | tuple):
            return invalid(
                f"Berikan daftar butir dari posisi 1 sampai {len(self.butir)}, "
                f'mis. ["{self.butir[0]}", ...], bukan {describe(answer)}.'
            )
        order = [match(a, self.butir) for a in answer]
        unknown = [str(a) for a, m in zip(answer, order, strict=True) if m is None]
        if unknown:
            return invalid(
                f"Tidak dikenal: {join_list(unknown)}. "
                f"Butir yang ada: {join_list(list(self.butir))}."
            )
        repeated = sorted({i for i in order if order.count(i) > 1})
        if repeated:
            return invalid(f"Butir berikut muncul lebih dari sekali: {join_list(repeated)}.")
        missing = [i for i in self.butir if i not in order]
        if missing:
            return invalid(f"Urutan belum lengkap. Belum ada: {join_list(missing)}.")
        return order  # type: ignore[return-value]

    def _order_from_positions(self, answer: Mapping) -> list[str] | Verdict:
        if all(is_blank(pos) for pos in answer.values()):
            return unanswered()
        positions: dict[int, str] = {}
        for raw_item, raw_pos in answer.items():
            item = match(raw_item, self.butir)
            if item is None:
                return invalid(f'Butir "{raw_item}" tidak ada di soal ini.')
            pos = parse_number(raw_pos) if not is_blank(raw_pos) else None
            if pos is None or not pos.is_integer() or not 1 <= pos <= len(self.butir):
                return invalid(f"Beri {item} posisi berupa bilangan 1 sampai {len(self.butir)}.")
            if int(pos) in positions:
                return invalid(
                    f"Posisi {int(pos)} dipakai dua kali ({positions[int(pos)]} "
                    f"dan {item}). Setiap posisi hanya untuk satu butir."
                )
            positions[int(pos)] = item
        return self.parse([positions[p] for p in sorted(positions)])

    def answer_lines(self) -> list[str]:
        return [f"{pos}. {item}" for pos, item in enumerate(self.jawaban, start=1)]

    def key_parts(self) -> list[tuple[str, tuple[str, ...]]]:
        scale = f"Posisi 1 = {self.skala[0]}; posisi terakhir = {self.skala[1]}."
        return [(ITEMS_TITLE, self.butir), ("", (scale,))]
