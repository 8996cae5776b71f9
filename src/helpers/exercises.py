"""Pure exercise logic: load the exercise bank, check answers, give hints, solutions and progress.

No widgets and no IPython here (see ``helpers.exercise_widgets`` for the display layer), so every
rule can be tested alone. What a trainee types is only compared, parsed as a number or counted,
never evaluated. Messages are in Bahasa Indonesia; a :class:`Verdict` says right, wrong, partial,
unattempted or invalid, and why.

Bank latihan (the exercise bank): one YAML file per notebook in ``exercise_bank/``, named like
the notebook (``04_kondisi_pelayanan_publik.yaml``), with ``judul`` (the notebook's title) and
``latihan`` (a list). Every exercise has:

    id            unique across the bank, e.g. "pelayanan-3"
    indikator     1-4, the learning indicator of Bab I.D it serves
    jenis         pilihan_ganda | pilihan_jamak | kelompokkan | urutkan | angka | refleksi
    sumber        the section of the course text (or source) the content comes from
    pertanyaan    the question
    penjelasan    why the answer is right (shown when right and in the solution)
    petunjuk      list of hints, from gentle to nearly the answer (one per click)
    kesalahan_umum  optional mapping: wrong answer -> why it is wrong

and, by ``jenis``:

    pilihan_ganda  pilihan (list), jawaban (one of pilihan), optional sebagian_benar
                   (option -> why it is only partly right); kesalahan_umum keys: wrong options
    pilihan_jamak  pilihan, jawaban (list, subset of pilihan); kesalahan_umum keys: wrong options
    kelompokkan    kategori (list), butir (items in display order), jawaban (item -> category);
                   kesalahan_umum keys: items (shown when that item is misplaced)
    urutkan        butir (display order, not the answer), jawaban (the right order),
                   skala [start label, end label]; kesalahan_umum keys: items
    angka          toleransi (absolute), optional satuan and desimal, and exactly one of
                   jawaban (a number quoted from a source) or jawaban_dari (a computation in
                   COMPUTATIONS, e.g. "persen_bentuk:Peraturan Menteri", for derived numbers);
                   kesalahan_umum keys: a computation name or a source number
    refleksi       pertanyaan_diskusi (the facilitator's prompts); no jawaban

After editing the bank, run ``make answer-key`` to regenerate the facilitator's key.

Example:
    >>> state = ExerciseState(get_exercise("kontinum-3"))
    >>> state.solution().kind
    'terkunci'
    >>> state.check("A").status
    'benar'
"""

from __future__ import annotations

import math
import numbers
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, ClassVar

import yaml

from helpers.text import format_number, join_list

BANK_DIR = Path(__file__).with_name("exercise_bank")
STATUSES = ("benar", "salah", "sebagian", "belum_dijawab", "tidak_valid")
ANSWERED = frozenset({"benar", "salah", "sebagian"})
DERIVED_LABEL = "(angka turunan)"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
MIN_REFLECTION_WORDS = 5

# Bab I.D of the course text: the four learning indicators. The one definition in the package
# (helpers.concepts imports it from here: this module does not pull in pandas).
INDICATORS = {
    1: "Memahami konsep Whole of Government.",
    2: "Memahami penerapan Whole of Government dalam pemberian pelayanan yang terintegrasi.",
    3: "Memahami best practices penerapan Whole of Government.",
    4: "Memahami implementasi Whole of Government dalam perspektif kebijakan di Indonesia.",
}

TYPE_LABELS = {
    "pilihan_ganda": "Pilihan ganda (satu jawaban)",
    "pilihan_jamak": "Pilihan jamak (beberapa jawaban)",
    "kelompokkan": "Kelompokkan",
    "urutkan": "Urutkan",
    "angka": "Isian angka",
    "refleksi": "Refleksi (tanpa jawaban benar/salah)",
}

STATUS_TITLES = {
    "benar": "Benar",
    "salah": "Belum tepat",
    "sebagian": "Sebagian benar",
    "belum_dijawab": "Belum dijawab",
    "tidak_valid": "Jawaban belum bisa diperiksa",
}

UNANSWERED = "Anda belum memberi jawaban. Isi jawaban dulu, lalu periksa lagi."
TRY_HINT = "Coba lagi; minta petunjuk bila perlu."
DISCUSSION_LEAD = "Bahan diskusi bersama fasilitator:"


class BankError(ValueError):
    """The exercise bank is malformed; the message names the file and the exercise."""


# --- results -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    """The result of checking one answer: a status from STATUSES and why, in Bahasa Indonesia."""

    status: str
    message: str
    details: tuple[str, ...] = ()
    title: str = ""

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"Unknown verdict status: {self.status!r}")
        if not self.title:
            object.__setattr__(self, "title", STATUS_TITLES[self.status])

    @property
    def answered(self) -> bool:
        """True when the answer could be judged (right, wrong or partial)."""
        return self.status in ANSWERED


@dataclass(frozen=True)
class Note:
    """A hint, a solution, or the message that the solution is still locked."""

    kind: str  # "petunjuk", "solusi" or "terkunci"
    title: str
    message: str
    details: tuple[str, ...] = ()
    answer: tuple[str, ...] = ()  # the correct answer, one line each (solutions only)


def _verdict(status: str, message: str, details: Sequence[str] = (), title: str = "") -> Verdict:
    return Verdict(status, message, tuple(details), title)


def _invalid(message: str) -> Verdict:
    return _verdict("tidak_valid", message)


def _unanswered() -> Verdict:
    return _verdict("belum_dijawab", UNANSWERED)


# --- derived numbers -----------------------------------------------------------------------


@dataclass(frozen=True)
class DerivedNumber:
    """A number computed from the course data, with how it was computed (in words)."""

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
def _regulations():
    from helpers import data

    return data.read_regulations()


def _form_count(form: str) -> tuple[int, int]:
    from helpers import data

    table = data.regulations_by_form(_regulations())
    rows = table[(table["kategori"] == form) & ~table["turunan"]]
    if rows.empty:
        known = ", ".join(table.loc[~table["turunan"], "kategori"])
        raise KeyError(f"bentuk regulasi '{form}' tidak ada di data. Yang ada: {known}.")
    return int(rows["jumlah"].iloc[0]), data.regulation_total(_regulations())


def _n(value: float) -> str:
    return format_number(value)


@_computation("total_regulasi")
def _total_regulations(_arg: str) -> DerivedNumber:
    from helpers import data

    total = data.regulation_total(_regulations())
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
    from helpers import data

    table = data.regulations_by_form(_regulations())
    residual = int(table.loc[table["turunan"], "jumlah"].iloc[0])
    total = data.regulation_total(_regulations())
    named = " − ".join(_n(v) for v in table.loc[~table["turunan"], "jumlah"])
    return DerivedNumber(residual, f"{_n(total)} − {named}", decimals=0)


@_computation("skor_survei")
def _survey_score(arg: str) -> DerivedNumber:
    from helpers import data

    survey, year, level = (arg.split(":") + ["", "", ""])[:3]
    scores = data.read_survey_scores()
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
    from helpers.practice import pairwise_channels

    n = _agency_count("saluran_langsung", arg)
    return DerivedNumber(pairwise_channels(n), f"{n} × ({n} − 1) ÷ 2", decimals=0)


@_computation("saluran_lewat_koordinator")
def _hub_channels(arg: str) -> DerivedNumber:
    from helpers.practice import hub_channels

    n = _agency_count("saluran_lewat_koordinator", arg)
    return DerivedNumber(hub_channels(n), f"{n} − 1", decimals=0)


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


# --- parsing what a trainee gives ----------------------------------------------------------


def _is_blank(answer: object) -> bool:
    if answer is None:
        return True
    if isinstance(answer, str):
        return not answer.strip()
    if isinstance(answer, Mapping | list | tuple | set | frozenset):
        return len(answer) == 0
    return False


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _match(value: object, choices: Sequence[str], letters: bool = False) -> str | None:
    """The choice a trainee meant (same text ignoring case and spaces, or its letter)."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if letters and len(text) == 1 and text.upper() in LETTERS[: len(choices)]:
        return choices[LETTERS.index(text.upper())]
    wanted = _key(text)
    return next((c for c in choices if _key(c) == wanted), None)


def _lettered(options: Sequence[str]) -> list[str]:
    return [f"{LETTERS[i]}. {text}" for i, text in enumerate(options)]


def _letter_range(options: Sequence[str]) -> str:
    return f"A–{LETTERS[len(options) - 1]}"


def parse_number(answer: object) -> float | None:
    """A number from an int/float or from text such as "66,6", "66.6 %" or "12.471"; else None.

    Example:
        >>> parse_number("66,6"), parse_number("12.471"), parse_number("enam")
        (66.6, 12471.0, None)
    """
    if isinstance(answer, bool):
        return None
    if isinstance(answer, numbers.Real):
        value = float(answer)
        return value if math.isfinite(value) else None
    if not isinstance(answer, str):
        return None
    text = re.sub(r"[\s\u00a0%]", "", answer).replace("−", "-")
    return _parse_number_text(text)


def _parse_number_text(text: str) -> float | None:
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


def _describe(answer: object) -> str:
    names = {list: "daftar", tuple: "daftar", dict: "kamus (dict)", int: "angka", float: "angka"}
    return names.get(type(answer), type(answer).__name__)


# --- exercises -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Exercise:
    """Fields shared by every question type; subclasses add their own and ``check``."""

    id: str
    notebook: str
    indikator: int
    pertanyaan: str
    penjelasan: str
    petunjuk: tuple[str, ...]
    sumber: str
    kesalahan_umum: Mapping[Any, str] = field(default_factory=dict)

    jenis: ClassVar[str] = ""

    def check(self, answer: object) -> Verdict:
        """Judge an answer; never raises for anything a trainee could type."""
        raise NotImplementedError

    def answer_lines(self) -> list[str]:
        """The correct answer, one line each, as shown in solutions and the answer key."""
        raise NotImplementedError

    def mistakes(self) -> list[tuple[str, str]]:
        """Common wrong answers and why, as (answer, why) pairs for the facilitator's key."""
        return [(str(wrong), why) for wrong, why in self.kesalahan_umum.items()]

    @property
    def type_label(self) -> str:
        return TYPE_LABELS[self.jenis]


@dataclass(frozen=True)
class MultipleChoice(Exercise):
    """One right option among several (``pilihan_ganda``)."""

    pilihan: tuple[str, ...] = ()
    jawaban: str = ""
    sebagian_benar: Mapping[str, str] = field(default_factory=dict)

    jenis: ClassVar[str] = "pilihan_ganda"

    def check(self, answer: object) -> Verdict:
        if _is_blank(answer):
            return _unanswered()
        if not isinstance(answer, str):
            return _invalid(
                f'Pilih satu jawaban saja: tulis hurufnya (mis. "B") atau teks pilihannya, '
                f"bukan {_describe(answer)}."
            )
        choice = _match(answer, self.pilihan, letters=True)
        if choice is None:
            return _invalid(
                f'"{answer.strip()}" tidak ada di antara pilihan. Tulis salah satu huruf '
                f"{_letter_range(self.pilihan)} atau salin teks pilihannya."
            )
        if choice == self.jawaban:
            return _verdict("benar", self.penjelasan)
        if choice in self.sebagian_benar:
            return _verdict("sebagian", f"{self.sebagian_benar[choice]} {TRY_HINT}")
        why = self.kesalahan_umum.get(choice, "Pilihan ini tidak sesuai dengan bahan ajar.")
        return _verdict("salah", f"{why} {TRY_HINT}")

    def answer_lines(self) -> list[str]:
        return [_lettered(self.pilihan)[self.pilihan.index(self.jawaban)]]

    def mistakes(self) -> list[tuple[str, str]]:
        partial = [(f"{o} (sebagian benar)", why) for o, why in self.sebagian_benar.items()]
        return partial + super().mistakes()


@dataclass(frozen=True)
class MultipleAnswer(Exercise):
    """Several right options (``pilihan_jamak``); partly right answers are told so."""

    pilihan: tuple[str, ...] = ()
    jawaban: tuple[str, ...] = ()

    jenis: ClassVar[str] = "pilihan_jamak"

    def check(self, answer: object) -> Verdict:
        if _is_blank(answer):
            return _unanswered()
        chosen = self._chosen(answer)
        if isinstance(chosen, Verdict):
            return chosen
        right = set(self.jawaban)
        wrong = [o for o in self.pilihan if o in chosen - right]
        hits, missed = len(chosen & right), len(right - chosen)
        if not wrong and not missed:
            return _verdict("benar", self.penjelasan)
        parts = [f"Anda memilih {hits} dari {len(right)} jawaban yang tepat"]
        if wrong:
            parts.append(f"ditambah {len(wrong)} pilihan yang keliru")
        message = " ".join(parts) + "."
        if missed:
            message += f" Masih ada {missed} jawaban tepat yang belum Anda pilih."
        details = [
            f"{o}: {self.kesalahan_umum.get(o, 'tidak sesuai dengan bahan ajar.')}" for o in wrong
        ]
        return _verdict("sebagian" if hits else "salah", f"{message} {TRY_HINT}", details)

    def _chosen(self, answer: object) -> set[str] | Verdict:
        if isinstance(answer, str):
            answer = (
                [p for p in re.split(r"[,;\s]+", answer) if p]
                if re.fullmatch(r"[A-Za-z]([,;\s]+[A-Za-z])*", answer.strip())
                else [answer]
            )
        if not isinstance(answer, list | tuple | set | frozenset):
            return _invalid(f'Berikan daftar pilihan, mis. ["A", "C"], bukan {_describe(answer)}.')
        chosen = {_match(a, self.pilihan, letters=True) for a in answer}
        if None in chosen:
            unknown = [str(a) for a in answer if _match(a, self.pilihan, letters=True) is None]
            return _invalid(
                f"Tidak dikenal: {join_list(unknown)}. Gunakan huruf "
                f"{_letter_range(self.pilihan)} atau salin teks pilihannya."
            )
        return chosen

    def answer_lines(self) -> list[str]:
        lettered = _lettered(self.pilihan)
        return [lettered[self.pilihan.index(o)] for o in self.pilihan if o in self.jawaban]


@dataclass(frozen=True)
class Classify(Exercise):
    """Put each item into one category (``kelompokkan``)."""

    kategori: tuple[str, ...] = ()
    butir: tuple[str, ...] = ()
    jawaban: Mapping[str, str] = field(default_factory=dict)

    jenis: ClassVar[str] = "kelompokkan"

    def check(self, answer: object) -> Verdict:
        if _is_blank(answer):
            return _unanswered()
        placed = self._placements(answer)
        if isinstance(placed, Verdict):
            return placed
        missing = [i for i in self.butir if placed.get(i) is None]
        if len(missing) == len(self.butir):
            return _unanswered()
        wrong = [i for i in self.butir if placed.get(i) not in (None, self.jawaban[i])]
        if not wrong and not missing:
            return _verdict("benar", self.penjelasan)
        right = len(self.butir) - len(wrong) - len(missing)
        message = f"{right} dari {len(self.butir)} butir sudah di kelompok yang tepat."
        if missing:
            message += f" Belum dikelompokkan: {join_list(missing)}."
        details = [
            f"{i}: {self.kesalahan_umum.get(i, 'belum di kelompok yang tepat.')}" for i in wrong
        ]
        return _verdict("sebagian" if right else "salah", f"{message} {TRY_HINT}", details)

    def _placements(self, answer: object) -> dict[str, str | None] | Verdict:
        if not isinstance(answer, Mapping):
            return _invalid(
                f'Berikan pasangan butir dan kelompoknya, mis. {{"{self.butir[0]}": '
                f'"{self.kategori[0]}"}}, bukan {_describe(answer)}.'
            )
        if (
            answer
            and all(_match(k, self.kategori) for k in answer)
            and all(isinstance(v, list | tuple | set) for v in answer.values())
        ):
            answer = {item: cat for cat, items in answer.items() for item in items}
        placed: dict[str, str | None] = {}
        for raw_item, raw_cat in answer.items():
            item = _match(raw_item, self.butir)
            if item is None:
                return _invalid(
                    f'Butir "{raw_item}" tidak ada di soal ini. '
                    f"Butir yang ada: {join_list(list(self.butir))}."
                )
            if _is_blank(raw_cat):
                placed[item] = None
                continue
            category = _match(raw_cat, self.kategori)
            if category is None:
                return _invalid(
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


@dataclass(frozen=True)
class Order(Exercise):
    """Put items in order along a scale (``urutkan``)."""

    butir: tuple[str, ...] = ()
    jawaban: tuple[str, ...] = ()
    skala: tuple[str, str] = ("awal", "akhir")

    jenis: ClassVar[str] = "urutkan"

    def check(self, answer: object) -> Verdict:
        if _is_blank(answer):
            return _unanswered()
        order = self._order(answer)
        if isinstance(order, Verdict):
            return order
        if order == list(self.jawaban):
            return _verdict("benar", self.penjelasan)
        if order == list(reversed(self.jawaban)):
            return _verdict(
                "salah",
                f"Urutan Anda terbalik. Posisi 1 adalah ujung "
                f'"{self.skala[0]}", posisi terakhir ujung '
                f'"{self.skala[1]}". {TRY_HINT}',
            )
        misplaced = [i for pos, i in enumerate(order) if self.jawaban[pos] != i]
        right = len(order) - len(misplaced)
        message = f"{right} dari {len(order)} butir sudah di posisi yang tepat."
        details = [
            f"{i}: {self.kesalahan_umum.get(i, 'belum di posisi yang tepat.')}" for i in misplaced
        ]
        return _verdict("sebagian" if right else "salah", f"{message} {TRY_HINT}", details)

    def _order(self, answer: object) -> list[str] | Verdict:
        if isinstance(answer, Mapping):
            return self._order_from_positions(answer)
        if not isinstance(answer, list | tuple):
            return _invalid(
                f"Berikan daftar butir dari posisi 1 sampai {len(self.butir)}, "
                f'mis. ["{self.butir[0]}", ...], bukan {_describe(answer)}.'
            )
        order = [_match(a, self.butir) for a in answer]
        unknown = [str(a) for a, m in zip(answer, order, strict=True) if m is None]
        if unknown:
            return _invalid(
                f"Tidak dikenal: {join_list(unknown)}. "
                f"Butir yang ada: {join_list(list(self.butir))}."
            )
        repeated = sorted({i for i in order if order.count(i) > 1})
        if repeated:
            return _invalid(f"Butir berikut muncul lebih dari sekali: {join_list(repeated)}.")
        missing = [i for i in self.butir if i not in order]
        if missing:
            return _invalid(f"Urutan belum lengkap. Belum ada: {join_list(missing)}.")
        return order  # type: ignore[return-value]

    def _order_from_positions(self, answer: Mapping) -> list[str] | Verdict:
        if all(_is_blank(pos) for pos in answer.values()):
            return _unanswered()
        positions: dict[int, str] = {}
        for raw_item, raw_pos in answer.items():
            item = _match(raw_item, self.butir)
            if item is None:
                return _invalid(f'Butir "{raw_item}" tidak ada di soal ini.')
            pos = parse_number(raw_pos) if not _is_blank(raw_pos) else None
            if pos is None or not pos.is_integer() or not 1 <= pos <= len(self.butir):
                return _invalid(f"Beri {item} posisi berupa bilangan 1 sampai {len(self.butir)}.")
            if int(pos) in positions:
                return _invalid(
                    f"Posisi {int(pos)} dipakai dua kali ({positions[int(pos)]} "
                    f"dan {item}). Setiap posisi hanya untuk satu butir."
                )
            positions[int(pos)] = item
        return self._order([positions[p] for p in sorted(positions)])

    def answer_lines(self) -> list[str]:
        return [f"{pos}. {item}" for pos, item in enumerate(self.jawaban, start=1)]


@dataclass(frozen=True)
class Numeric(Exercise):
    """A number the trainee computes, checked within a tolerance (``angka``)."""

    jawaban: float | None = None
    jawaban_dari: str = ""
    toleransi: float = 0.0
    satuan: str = ""
    desimal: int = 1

    jenis: ClassVar[str] = "angka"

    @property
    def target(self) -> DerivedNumber:
        """The expected number: computed from the data when the bank names a computation."""
        if self.jawaban_dari:
            found = resolve_number(self.jawaban_dari)
            return DerivedNumber(found.value, found.formula, found.derived, self.desimal)
        return DerivedNumber(float(self.jawaban), "angka dari sumber", False, self.desimal)

    def check(self, answer: object) -> Verdict:
        if _is_blank(answer):
            return _unanswered()
        value = parse_number(answer)
        if value is None:
            return _invalid(self._not_a_number(answer))
        gap = value - self.target.value
        if abs(gap) <= self.toleransi + 1e-9:
            return _verdict("benar", self.penjelasan)
        for wrong, why in self.kesalahan_umum.items():
            if abs(value - self._mistake_value(wrong).value) <= self.toleransi + 1e-9:
                return _verdict("salah", f"{why} {TRY_HINT}")
        if abs(gap) <= 5 * self.toleransi:
            return _verdict(
                "sebagian",
                f"Hampir tepat, tetapi selisihnya lebih dari "
                f"±{format_number(self.toleransi, self.desimal)}. "
                f"Periksa pembulatan: hitung sampai "
                f"{self.desimal} angka di belakang koma.",
            )
        side = "lebih besar" if gap > 0 else "lebih kecil"
        return _verdict(
            "salah",
            f"Angka Anda {side} daripada yang diharapkan. Periksa apa yang "
            f"dibagi dengan apa. {TRY_HINT}",
        )

    @staticmethod
    def _mistake_value(wrong: object) -> DerivedNumber:
        if isinstance(wrong, str):
            return resolve_number(wrong)
        return DerivedNumber(float(wrong), "angka dari sumber", False, 0)  # type: ignore[arg-type]

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
        return f"Jawaban harus berupa satu angka, bukan {_describe(answer)}."

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


@dataclass(frozen=True)
class Reflection(Exercise):
    """An open question (``refleksi``): no right answer, discussion prompts after writing.

    A written reflection gets status "benar" (done: there is no wrong answer); a very short one
    "sebagian" (please say more). Both show the facilitator's discussion prompts.
    """

    pertanyaan_diskusi: tuple[str, ...] = ()

    jenis: ClassVar[str] = "refleksi"

    def check(self, answer: object) -> Verdict:
        if _is_blank(answer):
            return _unanswered()
        if not isinstance(answer, str):
            return _invalid(f"Tulis refleksi Anda sebagai teks, bukan {_describe(answer)}.")
        if len(answer.split()) < MIN_REFLECTION_WORDS:
            return _verdict(
                "sebagian",
                f"Refleksi Anda masih sangat singkat; coba kembangkan menjadi satu atau dua "
                f"kalimat utuh. {DISCUSSION_LEAD}",
                self.pertanyaan_diskusi,
                title="Terima kasih, coba dikembangkan",
            )
        return _verdict(
            "benar",
            f"Tidak ada jawaban benar atau salah, dan refleksi Anda tidak disimpan di mana pun. "
            f"{self.penjelasan} {DISCUSSION_LEAD}",
            self.pertanyaan_diskusi,
            title="Terima kasih atas refleksi Anda",
        )

    def answer_lines(self) -> list[str]:
        return ["Tidak ada jawaban tunggal yang benar."]


EXERCISE_TYPES: dict[str, type[Exercise]] = {
    cls.jenis: cls for cls in (MultipleChoice, MultipleAnswer, Classify, Order, Numeric, Reflection)
}


# --- attempts, hints and solution ----------------------------------------------------------


@dataclass
class ExerciseState:
    """One trainee's attempts at one exercise: counts attempts, hint level, unlocks solution."""

    exercise: Exercise
    attempts: int = 0
    hints_shown: int = 0
    solved: bool = False
    solution_seen: bool = False
    last: Verdict | None = None

    def check(self, answer: object) -> Verdict:
        """Check an answer; only judgeable answers count as attempts."""
        verdict = self.exercise.check(answer)
        self.last = verdict
        if verdict.answered:
            self.attempts += 1
            self.solved = self.solved or verdict.status == "benar"
        return verdict

    def hint(self) -> Note:
        """The next hint level; after the last, the last one again."""
        hints = self.exercise.petunjuk
        level = min(self.hints_shown, len(hints) - 1)
        self.hints_shown = min(self.hints_shown + 1, len(hints))
        title = f"Petunjuk {level + 1} dari {len(hints)}"
        if level == len(hints) - 1 and len(hints) > 1:
            title += " (petunjuk terakhir)"
        return Note("petunjuk", title, hints[level])

    @property
    def solution_unlocked(self) -> bool:
        return self.attempts > 0

    def solution(self) -> Note:
        """The solution and its explanation, only after at least one judged attempt."""
        if not self.solution_unlocked:
            return Note(
                "terkunci",
                "Solusi belum bisa dibuka",
                "Coba jawab dulu minimal satu kali; setelah itu solusi bisa dibuka. "
                "Butuh bantuan? Minta petunjuk.",
            )
        self.solution_seen = True
        exercise, prompts = self.exercise, ()
        message = exercise.penjelasan
        if isinstance(exercise, Reflection):
            message, prompts = f"{message} {DISCUSSION_LEAD}", exercise.pertanyaan_diskusi
        return Note("solusi", "Solusi", message, prompts, tuple(exercise.answer_lines()))


# --- progress ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProgressRow:
    """One exercise in a progress summary: attempts, last status, solved, solution seen."""

    id: str
    jenis: str
    indikator: int
    attempts: int
    status: str | None
    solved: bool
    solution_seen: bool


@dataclass(frozen=True)
class ProgressSummary:
    """Attempted and correct counts for one notebook's exercises."""

    notebook: str
    judul: str
    rows: tuple[ProgressRow, ...]

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def attempted(self) -> int:
        return sum(r.attempts > 0 for r in self.rows)

    @property
    def graded_total(self) -> int:
        return sum(r.jenis != "refleksi" for r in self.rows)

    @property
    def correct(self) -> int:
        return sum(r.solved and r.jenis != "refleksi" for r in self.rows)

    @property
    def reflections_written(self) -> int:
        return sum(r.attempts > 0 and r.jenis == "refleksi" for r in self.rows)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready record (no answers, no reflection text: only counts and statuses)."""
        return {
            "notebook": self.notebook,
            "judul": self.judul,
            "jumlah_latihan": self.total,
            "dicoba": self.attempted,
            "benar": self.correct,
            "dinilai": self.graded_total,
            "refleksi_ditulis": self.reflections_written,
            "latihan": [
                {
                    "id": r.id,
                    "jenis": r.jenis,
                    "indikator": r.indikator,
                    "percobaan": r.attempts,
                    "status_terakhir": r.status,
                    "pernah_benar": r.solved,
                    "melihat_solusi": r.solution_seen,
                }
                for r in self.rows
            ],
        }


def progress_summary(
    notebook: str, states: Mapping[str, ExerciseState], bank: Bank | None = None
) -> ProgressSummary:
    """Summarise a notebook's exercises from the trainee's states (missing = not attempted).

    Example:
        >>> state = ExerciseState(get_exercise("kontinum-3"))
        >>> _ = state.check("A")
        >>> summary = progress_summary("03_kontinum_kelembagaan", {"kontinum-3": state})
        >>> summary.attempted, summary.correct
        (1, 1)
    """
    chapter = (bank or default_bank()).notebook(notebook)
    rows = []
    for ex in chapter.exercises:
        state = states.get(ex.id) or ExerciseState(ex)
        status = state.last.status if state.last else None
        rows.append(
            ProgressRow(
                ex.id,
                ex.jenis,
                ex.indikator,
                state.attempts,
                status,
                state.solved,
                state.solution_seen,
            )
        )
    return ProgressSummary(chapter.notebook, chapter.judul, tuple(rows))


# --- the bank ------------------------------------------------------------------------------


@dataclass(frozen=True)
class NotebookExercises:
    """One bank file: the notebook it belongs to, its title and its exercises in order."""

    notebook: str
    judul: str
    exercises: tuple[Exercise, ...]


@dataclass(frozen=True)
class Bank:
    """Every exercise, grouped by notebook in file-name order."""

    notebooks: Mapping[str, NotebookExercises]

    def exercises(self) -> list[Exercise]:
        return [ex for chapter in self.notebooks.values() for ex in chapter.exercises]

    def get(self, exercise_id: str) -> Exercise:
        for ex in self.exercises():
            if ex.id == exercise_id:
                return ex
        known = ", ".join(ex.id for ex in self.exercises())
        raise KeyError(f"Latihan '{exercise_id}' tidak ada di bank latihan. Yang ada: {known}.")

    def notebook(self, name: str) -> NotebookExercises:
        key = Path(name).stem
        if key not in self.notebooks:
            known = ", ".join(self.notebooks)
            raise KeyError(f"Buku catatan '{name}' tidak punya latihan. Yang ada: {known}.")
        return self.notebooks[key]


class _Fields:
    """Typed access to one exercise's raw YAML mapping; every problem raises BankError."""

    def __init__(self, raw: Mapping, where: str):
        self.raw, self.where = raw, where

    def fail(self, problem: str) -> None:
        raise BankError(f"{self.where}: {problem}")

    def get(self, name: str, kind: type | tuple[type, ...], required: bool = True) -> Any:
        if name not in self.raw:
            if required:
                self.fail(f"kolom wajib '{name}' tidak ada.")
            return None
        value = self.raw[name]
        if not isinstance(value, kind) or isinstance(value, bool):
            self.fail(f"kolom '{name}' harus berupa {_kind_name(kind)}.")
        return value

    def text(self, name: str, required: bool = True) -> str:
        value = self.get(name, str, required)
        if value is not None and not value.strip():
            self.fail(f"kolom '{name}' kosong.")
        return value.strip() if value else ""

    def texts(self, name: str, required: bool = True, minimum: int = 1) -> tuple[str, ...]:
        values = self.get(name, list, required) or []
        if required and len(values) < minimum:
            self.fail(f"kolom '{name}' harus berisi minimal {minimum} butir.")
        if not all(isinstance(v, str) and v.strip() for v in values):
            self.fail(
                f"setiap butir di '{name}' harus teks yang tidak kosong "
                f"(beri tanda kutip pada teks seperti yes/no/angka)."
            )
        if len({_key(v) for v in values}) != len(values):
            self.fail(f"ada butir ganda di '{name}'.")
        return tuple(v.strip() for v in values)

    def mapping(self, name: str, required: bool = False) -> dict:
        value = self.get(name, dict, required) or {}
        if not all(isinstance(v, str) and v.strip() for v in value.values()):
            self.fail(f"setiap penjelasan di '{name}' harus teks yang tidak kosong.")
        return {k.strip() if isinstance(k, str) else k: v.strip() for k, v in value.items()}

    def within(self, name: str, keys: object, allowed: Sequence[str]) -> None:
        for key in keys:  # type: ignore[attr-defined]
            if key not in allowed:
                self.fail(f"'{key}' di '{name}' bukan salah satu dari: {', '.join(allowed)}.")


def _kind_name(kind: type | tuple[type, ...]) -> str:
    names = {
        str: "teks",
        list: "daftar",
        dict: "pasangan kunci: nilai",
        int: "bilangan bulat",
        float: "angka",
    }
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " atau ".join(names.get(k, k.__name__) for k in kinds)


def _common(f: _Fields, notebook: str) -> dict[str, Any]:
    indicator = f.get("indikator", int)
    if indicator not in INDICATORS:
        f.fail(f"indikator {indicator} tidak dikenal; gunakan 1, 2, 3 atau 4 (Bab I.D).")
    return {
        "id": f.text("id"),
        "notebook": notebook,
        "indikator": indicator,
        "pertanyaan": f.text("pertanyaan"),
        "penjelasan": f.text("penjelasan"),
        "petunjuk": f.texts("petunjuk"),
        "sumber": f.text("sumber"),
    }


def _choice_fields(f: _Fields, many: bool) -> dict[str, Any]:
    options = f.texts("pilihan", minimum=2)
    if many:
        answer = f.texts("jawaban")
        f.within("jawaban", answer, options)
    else:
        answer = f.text("jawaban")
        f.within("jawaban", [answer], options)
    wrong = [o for o in options if o not in (answer if many else [answer])]
    mistakes = f.mapping("kesalahan_umum")
    f.within("kesalahan_umum", mistakes, wrong)
    fields = {"pilihan": options, "jawaban": answer, "kesalahan_umum": mistakes}
    if not many:
        partial = f.mapping("sebagian_benar")
        f.within("sebagian_benar", partial, wrong)
        fields["sebagian_benar"] = partial
    return fields


def _classify_fields(f: _Fields) -> dict[str, Any]:
    categories, items = f.texts("kategori", minimum=2), f.texts("butir", minimum=2)
    answer = f.mapping("jawaban", required=True)
    if set(answer) != set(items):
        f.fail("kunci 'jawaban' harus tepat sama dengan daftar 'butir'.")
    f.within("jawaban", answer.values(), categories)
    mistakes = f.mapping("kesalahan_umum")
    f.within("kesalahan_umum", mistakes, items)
    return {"kategori": categories, "butir": items, "jawaban": answer, "kesalahan_umum": mistakes}


def _order_fields(f: _Fields) -> dict[str, Any]:
    items, answer = f.texts("butir", minimum=2), f.texts("jawaban", minimum=2)
    if sorted(items) != sorted(answer):
        f.fail("'jawaban' harus berisi butir yang sama dengan 'butir', dalam urutan yang benar.")
    if list(items) == list(answer):
        f.fail("'butir' (urutan tampilan) tidak boleh sama dengan 'jawaban' (urutan benar).")
    scale = f.texts("skala", minimum=2)
    if len(scale) != 2:
        f.fail("'skala' harus berisi tepat dua teks: ujung awal dan ujung akhir.")
    mistakes = f.mapping("kesalahan_umum")
    f.within("kesalahan_umum", mistakes, items)
    return {"butir": items, "jawaban": answer, "skala": scale, "kesalahan_umum": mistakes}


def _numeric_fields(f: _Fields) -> dict[str, Any]:
    literal, computed = f.get("jawaban", (int, float), False), f.text("jawaban_dari", False)
    if (literal is None) == (not computed):
        f.fail(
            "isi tepat satu dari 'jawaban' (angka dari sumber) atau 'jawaban_dari' "
            "(nama perhitungan untuk angka turunan)."
        )
    mistakes = f.mapping("kesalahan_umum")
    for spec in [computed, *(k for k in mistakes if isinstance(k, str))]:
        if spec and spec.partition(":")[0] not in COMPUTATIONS:
            f.fail(f"perhitungan '{spec}' tidak dikenal. Yang ada: {', '.join(COMPUTATIONS)}.")
    tolerance = f.get("toleransi", (int, float))
    if tolerance < 0:
        f.fail("'toleransi' tidak boleh negatif.")
    decimals = f.get("desimal", int, False)
    return {
        "jawaban": literal,
        "jawaban_dari": computed,
        "toleransi": float(tolerance),
        "satuan": f.text("satuan", False),
        "kesalahan_umum": mistakes,
        "desimal": 1 if decimals is None else decimals,
    }


def _reflection_fields(f: _Fields) -> dict[str, Any]:
    for name in ("jawaban", "kesalahan_umum", "jawaban_dari"):
        if name in f.raw:
            f.fail(f"latihan refleksi tidak punya '{name}': tidak ada jawaban benar atau salah.")
    return {"pertanyaan_diskusi": f.texts("pertanyaan_diskusi")}


TYPE_FIELDS: dict[str, Callable[[_Fields], dict[str, Any]]] = {
    "pilihan_ganda": lambda f: _choice_fields(f, many=False),
    "pilihan_jamak": lambda f: _choice_fields(f, many=True),
    "kelompokkan": _classify_fields,
    "urutkan": _order_fields,
    "angka": _numeric_fields,
    "refleksi": _reflection_fields,
}


def _build_exercise(raw: object, file: str, index: int, notebook: str) -> Exercise:
    where = f"Bank latihan '{file}', latihan ke-{index}"
    if not isinstance(raw, dict):
        raise BankError(f"{where}: setiap latihan harus berupa pasangan kunci: nilai.")
    if isinstance(raw.get("id"), str):
        where = f"Bank latihan '{file}', latihan '{raw['id']}'"
    f = _Fields(raw, where)
    kind = f.text("jenis")
    if kind not in EXERCISE_TYPES:
        f.fail(f"jenis '{kind}' tidak dikenal. Gunakan: {', '.join(EXERCISE_TYPES)}.")
    return EXERCISE_TYPES[kind](**_common(f, notebook), **TYPE_FIELDS[kind](f))


def load_bank_file(path: str | Path) -> NotebookExercises:
    """Read and validate one bank file (one notebook's exercises).

    Example:
        >>> chapter = load_bank_file(BANK_DIR / "03_kontinum_kelembagaan.yaml")
        >>> chapter.notebook, "kontinum-3" in [ex.id for ex in chapter.exercises]
        ('03_kontinum_kelembagaan', True)
    """
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise BankError(f"Bank latihan '{path.name}' tidak bisa dibaca: {error}") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("latihan"), list) or not raw["latihan"]:
        raise BankError(f"Bank latihan '{path.name}': harus berisi 'judul' dan daftar 'latihan'.")
    title = _Fields(raw, f"Bank latihan '{path.name}'").text("judul")
    exercises = tuple(
        _build_exercise(item, path.name, i, path.stem)
        for i, item in enumerate(raw["latihan"], start=1)
    )
    return NotebookExercises(path.stem, title, exercises)


def load_bank(folder: str | Path | None = None) -> Bank:
    """Read every ``*.yaml`` in the bank folder; exercise ids must be unique across files.

    Example:
        >>> bank = load_bank()
        >>> bank.get("praktik-2").notebook
        '05_praktik_dan_tantangan'
    """
    files = sorted(Path(folder or BANK_DIR).glob("*.yaml"))
    chapters = {p.stem: load_bank_file(p) for p in files}
    seen: dict[str, str] = {}
    for chapter in chapters.values():
        for ex in chapter.exercises:
            if ex.id in seen:
                raise BankError(
                    f"Bank latihan '{chapter.notebook}.yaml', latihan '{ex.id}': "
                    f"id ini sudah dipakai di '{seen[ex.id]}.yaml'."
                )
            seen[ex.id] = chapter.notebook
    return Bank(chapters)


@cache
def default_bank() -> Bank:
    """The package's own bank, read once.

    Example:
        >>> default_bank() is default_bank()
        True
    """
    return load_bank()


def get_exercise(exercise_id: str) -> Exercise:
    """One exercise of the package's bank by its id, e.g. ``get_exercise("pelayanan-3")``.

    Example:
        >>> get_exercise("pelayanan-3").jawaban_dari
        'persen_bentuk:Peraturan Menteri'
    """
    return default_bank().get(exercise_id)
