"""The exercise base class, the registry of kinds, and typed reading of a bank entry's fields.

A kind is one frozen dataclass deriving from :class:`Exercise` with a ``jenis`` (the name used
in the bank's YAML) and a ``label``: defining the class registers it in :data:`KINDS`. The class
says how to read its own fields (:meth:`Exercise.read_fields`), what a trainee's answer means
(:meth:`Exercise.parse`), how to judge it (:meth:`Exercise.judge`), and how its answer and
common mistakes read in the solution and the facilitator's key. Its answer widget is registered
in ``helpers.exercises.inputs`` with ``@input_for(Kind)``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from helpers.exercises.answers import is_blank, key
from helpers.exercises.model import Verdict, unanswered

KINDS: dict[str, type[Exercise]] = {}


class BankError(ValueError):
    """The exercise bank is malformed; the message names the file and the exercise."""


TYPE_NAMES = {
    str: "teks",
    list: "daftar",
    dict: "pasangan kunci: nilai",
    int: "bilangan bulat",
    float: "angka",
}


def _kind_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " atau ".join(TYPE_NAMES.get(k, k.__name__) for k in kinds)


class BankFields:
    """Typed access to one exercise's raw YAML mapping; every problem raises BankError.

    Example:
        >>> BankFields({"pilihan": ["Ya", "Tidak"]}, "Bank latihan 'x.yaml'").texts("pilihan")
        ('Ya', 'Tidak')
    """

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
        if len({key(v) for v in values}) != len(values):
            self.fail(f"ada butir ganda di '{name}'.")
        return tuple(v.strip() for v in values)

    def mapping(self, name: str, required: bool = False) -> dict:
        value = self.get(name, dict, required) or {}
        if not all(isinstance(v, str) and v.strip() for v in value.values()):
            self.fail(f"setiap penjelasan di '{name}' harus teks yang tidak kosong.")
        return {k.strip() if isinstance(k, str) else k: v.strip() for k, v in value.items()}

    def within(self, name: str, keys: object, allowed: Sequence[str]) -> None:
        for value in keys:  # type: ignore[attr-defined]
            if value not in allowed:
                self.fail(f"'{value}' di '{name}' bukan salah satu dari: {', '.join(allowed)}.")

    def mistakes_about(self, allowed: Sequence[str]) -> dict:
        """``kesalahan_umum``, whose keys must be among ``allowed`` (wrong options, items)."""
        mistakes = self.mapping("kesalahan_umum")
        self.within("kesalahan_umum", mistakes, allowed)
        return mistakes


@dataclass(frozen=True)
class Exercise:
    """Fields shared by every kind; a subclass adds its own fields and the behaviour below.

    Example:
        >>> sorted(KINDS)[:2]
        ['angka', 'kelompokkan']
    """

    id: str
    notebook: str
    indikator: int
    pertanyaan: str
    penjelasan: str
    petunjuk: tuple[str, ...]
    sumber: str
    kesalahan_umum: Mapping[Any, str] = field(default_factory=dict)

    jenis: ClassVar[str] = ""  # the kind's name in the bank's YAML
    label: ClassVar[str] = ""  # the kind as trainees read it
    graded: ClassVar[bool] = True  # False: no right answer, left out of the scores
    check_label: ClassVar[str] = "Periksa jawaban"  # the widget's check button

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.jenis:
            if cls.jenis in KINDS:
                raise TypeError(f"Exercise kind {cls.jenis!r} is defined twice.")
            KINDS[cls.jenis] = cls

    @classmethod
    def read_fields(cls, fields: BankFields) -> dict[str, Any]:
        """The kind's own fields from a bank entry, validated (BankError when wrong)."""
        raise NotImplementedError

    def check(self, answer: object) -> Verdict:
        """Judge an answer; never raises for anything a trainee could type."""
        if is_blank(answer):
            return unanswered()
        meant = self.parse(answer)
        return meant if isinstance(meant, Verdict) else self.judge(meant)

    def parse(self, answer: object) -> object:
        """What a non-blank answer means for this kind, or a verdict saying why it cannot."""
        return answer

    def judge(self, meant: object) -> Verdict:
        """Judge a parsed answer (the kind's own rules)."""
        raise NotImplementedError

    def answer_lines(self) -> list[str]:
        """The correct answer, one line each, as shown in solutions and the answer key."""
        raise NotImplementedError

    def mistakes(self) -> list[tuple[str, str]]:
        """Common wrong answers and why, as (answer, why) pairs for the facilitator's key."""
        return [(str(wrong), why) for wrong, why in self.kesalahan_umum.items()]

    def key_parts(self) -> list[tuple[str, tuple[str, ...]]]:
        """What the answer key lists under the question, as (title, lines); "" = no title."""
        return []

    @property
    def discussion(self) -> tuple[str, ...]:
        """The facilitator's discussion prompts shown with the feedback (reflections only)."""
        return ()
