"""The exercise bank: one YAML file per notebook in ``content/latihan/``, loaded and validated.

Bank latihan (the exercise bank): each file is named like its notebook
(``04_kondisi_pelayanan_publik.yaml``) and holds ``judul`` (the notebook's title) and ``latihan``
(a list). Every exercise has:

    id            unique across the bank, e.g. "pelayanan-3"
    indikator     1-4, the learning indicator of Bab I.D it serves (content/course.yaml)
    jenis         the kind: a ``jenis`` registered in helpers.exercises.kinds.KINDS
    sumber        the section of the course text (or source) the content comes from
    pertanyaan    the question
    penjelasan    why the answer is right (shown when right and in the solution)
    petunjuk      list of hints, from gentle to nearly the answer (one per click)
    kesalahan_umum  optional mapping: wrong answer -> why it is wrong

and the fields of its kind, described in each kind's docstring (``helpers.exercises.kinds``):
pilihan_ganda and pilihan_jamak (kinds/choice.py), kelompokkan and urutkan (kinds/arrange.py),
angka (kinds/numeric.py), refleksi (kinds/reflection.py).

The two locked test forms (pre-test and post-test) are bank files too, in ``latihan/tes/``
(``tes_awal.yaml``, ``tes_akhir.yaml``), with the same fields. They are reached by id
(:meth:`Bank.get`) or by form (:meth:`Bank.form`) but are not among :attr:`Bank.notebooks`,
so practice progress and the per-notebook tables leave them out.

After editing the bank, run ``make answer-key`` to regenerate the facilitator's key.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from helpers.core.content import CONTENT_DIR, parse_yaml
from helpers.core.manifest import course
from helpers.exercises.kinds import KINDS, BankError, BankFields, Exercise

BANK_DIR = CONTENT_DIR / "latihan"
FORMS_FOLDER = "tes"
# The locked tests: form key (as in the work file) -> bank file stem in latihan/tes/.
TEST_FORMS = {"pretest": "tes_awal", "posttest": "tes_akhir"}


@dataclass(frozen=True)
class NotebookExercises:
    """One bank file: the notebook it belongs to, its title and its exercises in order."""

    notebook: str
    judul: str
    exercises: tuple[Exercise, ...]


@dataclass(frozen=True)
class Bank:
    """Every exercise, grouped by notebook in file-name order.

    Example:
        >>> bank = load_bank()
        >>> bank.get("praktik-2").notebook, bank.notebook("00_mulai.ipynb").notebook
        ('05_praktik_dan_tantangan', '00_mulai')
    """

    notebooks: Mapping[str, NotebookExercises]
    forms: Mapping[str, NotebookExercises] = field(default_factory=dict)

    def exercises(self) -> list[Exercise]:
        """The practice exercises (not the test items), in notebook order."""
        return [ex for chapter in self.notebooks.values() for ex in chapter.exercises]

    def test_items(self) -> list[Exercise]:
        """Every item of the test forms, form after form."""
        return [ex for chapter in self.forms.values() for ex in chapter.exercises]

    def get(self, exercise_id: str) -> Exercise:
        """A practice exercise or a test item by its id (KeyError, in Indonesian, if unknown)."""
        for ex in [*self.exercises(), *self.test_items()]:
            if ex.id == exercise_id:
                return ex
        known = ", ".join(ex.id for ex in self.exercises())
        raise KeyError(f"Latihan '{exercise_id}' tidak ada di bank latihan. Yang ada: {known}.")

    def form(self, key: str) -> NotebookExercises:
        """A test form by its key, "pretest" or "posttest" (see TEST_FORMS).

        Example:
            >>> default_bank().form("pretest").notebook
            'tes_awal'
        """
        stem = TEST_FORMS.get(key, key)
        if stem not in self.forms:
            raise KeyError(f"Tes '{key}' tidak ada. Yang ada: {', '.join(TEST_FORMS)}.")
        return self.forms[stem]

    def notebook(self, name: str) -> NotebookExercises:
        stem = Path(name).stem
        if stem not in self.notebooks:
            known = ", ".join(self.notebooks)
            raise KeyError(f"Notebook '{name}' tidak punya latihan. Yang ada: {known}.")
        return self.notebooks[stem]


def _common(fields: BankFields, notebook: str) -> dict[str, Any]:
    indicator = fields.get("indikator", int)
    known = course().indicators
    if indicator not in known:
        *first, last = sorted(known)
        numbers = f"{', '.join(str(n) for n in first)} atau {last}"
        fields.fail(f"indikator {indicator} tidak dikenal; gunakan {numbers} (Bab I.D).")
    return {
        "id": fields.text("id"),
        "notebook": notebook,
        "indikator": indicator,
        "pertanyaan": fields.text("pertanyaan"),
        "penjelasan": fields.text("penjelasan"),
        "petunjuk": fields.texts("petunjuk"),
        "sumber": fields.text("sumber"),
    }


def _build_exercise(raw: object, file: str, index: int, notebook: str) -> Exercise:
    where = f"Bank latihan '{file}', latihan ke-{index}"
    if not isinstance(raw, dict):
        raise BankError(f"{where}: setiap latihan harus berupa pasangan kunci: nilai.")
    if isinstance(raw.get("id"), str):
        where = f"Bank latihan '{file}', latihan '{raw['id']}'"
    fields = BankFields(raw, where)
    kind = fields.text("jenis")
    if kind not in KINDS:
        fields.fail(f"jenis '{kind}' tidak dikenal. Gunakan: {', '.join(KINDS)}.")
    cls = KINDS[kind]
    return cls(**_common(fields, notebook), **cls.read_fields(fields))


def load_bank_file(path: str | Path) -> NotebookExercises:
    """Read and validate one bank file (one notebook's exercises).

    Example:
        >>> chapter = load_bank_file(BANK_DIR / "03_kontinum_kelembagaan.yaml")
        >>> chapter.notebook, "kontinum-3" in [ex.id for ex in chapter.exercises]
        ('03_kontinum_kelembagaan', True)
    """
    path = Path(path)
    try:
        raw = parse_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise BankError(f"Bank latihan '{path.name}' tidak bisa dibaca: {error}") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("latihan"), list) or not raw["latihan"]:
        raise BankError(f"Bank latihan '{path.name}': harus berisi 'judul' dan daftar 'latihan'.")
    title = BankFields(raw, f"Bank latihan '{path.name}'").text("judul")
    exercises = tuple(
        _build_exercise(item, path.name, i, path.stem)
        for i, item in enumerate(raw["latihan"], start=1)
    )
    return NotebookExercises(path.stem, title, exercises)


def _load_folder(folder: Path) -> dict[str, NotebookExercises]:
    return {p.stem: load_bank_file(p) for p in sorted(folder.glob("*.yaml"))}


def _check_unique(chapters: list[NotebookExercises]) -> None:
    seen: dict[str, str] = {}
    for chapter in chapters:
        for ex in chapter.exercises:
            if ex.id in seen:
                raise BankError(
                    f"Bank latihan '{chapter.notebook}.yaml', latihan '{ex.id}': "
                    f"id ini sudah dipakai di '{seen[ex.id]}.yaml'."
                )
            seen[ex.id] = chapter.notebook


def load_bank(folder: str | Path | None = None) -> Bank:
    """Read every ``*.yaml`` in the bank folder and its ``tes/`` folder (the test forms);
    exercise ids must be unique across all files.

    Example:
        >>> bank = load_bank()
        >>> len(bank.notebooks), sorted(bank.forms)
        (9, ['tes_akhir', 'tes_awal'])
    """
    root = Path(folder or BANK_DIR)
    chapters = _load_folder(root)
    forms = _load_folder(root / FORMS_FOLDER)
    _check_unique([*chapters.values(), *forms.values()])
    return Bank(chapters, MappingProxyType(forms))


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
