"""The exercise bank: as shipped (kinds, notebooks, figures from the sources) and its validation.

Figures are typed from the course text and from figures-and-sources.md, never copied from the
code's output.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from helpers.exercises import get_exercise
from helpers.exercises.bank import BANK_DIR, load_bank, load_bank_file
from helpers.exercises.kinds import KINDS, BankError
from tests.exercises.common import KONTINUM_1, KONTINUM_2

# Figures that may appear in the bank's text, typed from the course text (Bab III.A) and from
# figures-and-sources.md. The residual 1,665 is left out on purpose: it is derived, so it must
# be computed (jawaban_dari), never typed. Besides these, the test allows counting words 0-10
# (ordinals, "tiga kategori") and years 1990-2030, which are points in time, not figures.
SOURCE_NUMBERS = {
    # Bab III.A: regulations 2000-2015 and KPK integrity scores; Bab I.D/II.C numbering.
    "12471", "8311", "2446", "49", "276", "411", "516", "136", "92", "1061", "6.64", "6.69",
    "1.1",
    # figures-and-sources.md: context regulation counts (PSHK, peraturan.go.id).
    "8945", "1686", "180", "4551", "2002", "14456", "4165", "15965", "43005",
    # KPK surveys: ISP (0-10) and SPI (0-100) scores; 30 central agencies in 2007.
    "5.53", "6.50", "6.5", "5.42", "6.31", "7.07", "6.40", "6.4", "6.00", "72.43", "72.4",
    "71.94", "70.97", "71.53", "30",
    # Practice: Perpres 97/2014, Permendagri 138/2017, MPP counts and share, OSS NIB counts.
    "97", "138", "152", "191", "272", "305", "53", "704417", "4061883",
    # SAMSAT: trial from 1972, joint decree of 28 December 1976.
    "1972", "1976", "28",
    # Scales and percentages.
    "100",
}  # fmt: skip
YEARS = range(1990, 2031)


def _allowed(number: str) -> bool:
    if number in SOURCE_NUMBERS:
        return True
    return number.isdigit() and (int(number) <= 10 or int(number) in YEARS)


# --- the bank as shipped -------------------------------------------------------------------


def test_bank_covers_every_question_type_and_the_notebooks():
    bank = load_bank()
    assert {ex.jenis for ex in bank.exercises()} == set(KINDS)
    assert len(bank.notebook("00_mulai").exercises) >= 2
    service = bank.notebook("04_kondisi_pelayanan_publik.ipynb").exercises
    assert len(service) >= 4
    assert {"angka", "refleksi"} <= {ex.jenis for ex in service}
    assert all(1 <= ex.indikator <= 4 for ex in bank.exercises())


def test_perry6_exercises_follow_table_1_1():
    assert dict(get_exercise("kontinum-1").jawaban) == dict(KONTINUM_1)
    assert list(get_exercise("kontinum-2").jawaban) == KONTINUM_2


def _texts(value: object):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key != "id":  # ids such as "pelayanan-3" are names, not figures
                yield from _texts(key)
                yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


@pytest.mark.parametrize(
    "path", sorted([*BANK_DIR.glob("*.yaml"), *BANK_DIR.glob("tes/*.yaml")]), ids=lambda p: p.name
)
def test_numbers_in_bank_text_come_from_the_sources(path):
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    found = set()
    for text in _texts(raw):
        for token in re.findall(r"\d+(?:[.,]\d+)*", text):
            number = token.replace(".", "") if re.fullmatch(r"\d{1,3}(\.\d{3})+", token) else token
            found.add(number.replace(",", "."))
    assert found, "the bank should mention at least one figure"
    unknown = sorted(n for n in found if not _allowed(n))
    assert not unknown, (
        f"{path.name}: numbers not found in the course text or figures-and-sources.md: {unknown}. "
        "Quote a source figure, or compute a derived number with 'jawaban_dari'."
    )


def test_get_unknown_exercise_names_the_known_ones():
    with pytest.raises(KeyError, match="kontinum-1"):
        get_exercise("tidak-ada")


# --- bank validation -----------------------------------------------------------------------


def _exercise(**changes) -> dict:
    base = {
        "id": "uji-1",
        "indikator": 1,
        "jenis": "pilihan_ganda",
        "sumber": "Bab II.C",
        "pertanyaan": "Kategori mana?",
        "pilihan": ["Koordinasi", "Integrasi"],
        "jawaban": "Koordinasi",
        "penjelasan": "Karena strukturnya tetap.",
        "petunjuk": ["Lihat Bab II.C."],
    }
    base.update(changes)
    return {k: v for k, v in base.items() if v is not None}


def _write_bank(folder: Path, name: str, *exercises: dict) -> Path:
    path = folder / name
    text = yaml.safe_dump({"judul": "Uji", "latihan": list(exercises)}, allow_unicode=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_bank_file_loads(tmp_path):
    chapter = load_bank_file(_write_bank(tmp_path, "09_uji.yaml", _exercise()))
    assert chapter.notebook == "09_uji"
    assert chapter.exercises[0].check("A").status == "benar"


@pytest.mark.parametrize(
    ("changes", "says"),
    [
        ({"jenis": "esai"}, "jenis 'esai' tidak dikenal"),
        ({"jawaban": "Merger"}, "'Merger' di 'jawaban'"),
        ({"penjelasan": None}, "kolom wajib 'penjelasan'"),
        ({"petunjuk": []}, "'petunjuk' harus berisi minimal 1"),
        ({"indikator": 5}, "indikator 5"),
        ({"indikator": "satu"}, "'indikator' harus berupa bilangan bulat"),
        ({"pilihan": ["Koordinasi", True]}, "tanda kutip"),
        ({"pilihan": ["Koordinasi", "koordinasi"]}, "butir ganda"),
        ({"kesalahan_umum": {"Koordinasi": "x"}}, "'Koordinasi' di 'kesalahan_umum'"),
        (
            {"jenis": "angka", "jawaban": 49, "jawaban_dari": "total_regulasi", "toleransi": 0},
            "tepat satu",
        ),
        (
            {"jenis": "angka", "jawaban": None, "jawaban_dari": "rata_rata", "toleransi": 1},
            "perhitungan 'rata_rata'",
        ),
        (
            {
                "jenis": "kelompokkan",
                "kategori": ["A", "B"],
                "butir": ["x", "y"],
                "jawaban": {"x": "A"},
            },
            "tepat sama",
        ),  # fmt: skip
        (
            {
                "jenis": "urutkan",
                "butir": ["a", "b"],
                "jawaban": ["a", "b"],
                "skala": ["awal", "akhir"],
            },
            "tidak boleh sama",
        ),  # fmt: skip
        ({"jenis": "refleksi", "pertanyaan_diskusi": ["Mengapa?"]}, "refleksi tidak punya"),
    ],
)
def test_bank_errors_name_file_exercise_and_problem(tmp_path, changes, says):
    path = _write_bank(tmp_path, "09_uji.yaml", _exercise(**changes))
    with pytest.raises(BankError) as error:
        load_bank_file(path)
    message = str(error.value)
    assert "09_uji.yaml" in message
    assert "uji-1" in message
    assert says in message


def test_duplicate_ids_across_files(tmp_path):
    _write_bank(tmp_path, "01_a.yaml", _exercise())
    _write_bank(tmp_path, "02_b.yaml", _exercise())
    with pytest.raises(BankError, match="uji-1.*sudah dipakai di '01_a.yaml'"):
        load_bank(tmp_path)


def test_exercise_without_id_is_named_by_position(tmp_path):
    path = _write_bank(tmp_path, "09_uji.yaml", _exercise(), _exercise(id=None))
    with pytest.raises(BankError, match="latihan ke-2: kolom wajib 'id'"):
        load_bank_file(path)


@pytest.mark.parametrize(
    "text", ["judul: Uji\nlatihan: [\n", "judul: Uji\nlatihan: []\n", "- satu\n- dua\n"]
)
def test_malformed_bank_file(tmp_path, text):
    path = tmp_path / "09_uji.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BankError, match="09_uji.yaml"):
        load_bank_file(path)
