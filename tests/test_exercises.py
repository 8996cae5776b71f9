"""The pure exercise logic: every question type against right, wrong, partial, unattempted and
malformed answers; hints, the solution lock, derived numbers and bank validation.

Expected answers are typed here from the course text (Ramadhan 2019, Bab II.C Tabel 1.1 and
Bab III.A), never copied from the code's output.
"""

from __future__ import annotations

import math
import re
from itertools import combinations
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import yaml

from helpers import data
from helpers.exercises import (
    BANK_DIR,
    DERIVED_LABEL,
    EXERCISE_TYPES,
    STATUSES,
    BankError,
    ExerciseState,
    get_exercise,
    load_bank,
    load_bank_file,
    parse_number,
    progress_summary,
    resolve_number,
)

# Bab III.A, regulations 2000-2015.
TOTAL, PERMEN, PP, PERPU = 12471, 8311, 2446, 49
PERMEN_SHARE = 100 * PERMEN / TOTAL
SECTORS = {
    "Perdagangan": 276,
    "Perindustrian": 411,
    "Standarisasi dan pengendalian mutu": 516,
    "Tata kelola birokrasi dan pelayanan publik": 136,
    "Tata cara penanaman modal": 92,
    "Jenis pajak": 1061,
}
# Bab II.C, Tabel 1.1 (Perry 6, 2004), in the order of the continuum.
PERRY6 = [
    ("Penyertaan", "Koordinasi"),
    ("Dialog", "Koordinasi"),
    ("Joint planning", "Koordinasi"),
    ("Joint working", "Integrasi"),
    ("Joint venture", "Integrasi"),
    ("Satelit", "Integrasi"),
    ("Aliansi strategis", "Kedekatan dan pelibatan"),
    ("Union", "Kedekatan dan pelibatan"),
    ("Merger", "Kedekatan dan pelibatan"),
]
CONTINUUM = [kind for kind, _ in PERRY6]
REFLECTION = (
    "Saat mengurus izin usaha saya harus datang ke tiga kantor berbeda dan menyerahkan "
    "fotokopi KTP yang sama di setiap loket."
)
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


def state(exercise_id: str) -> ExerciseState:
    return ExerciseState(get_exercise(exercise_id))


def check(exercise_id: str, answer: object):
    return get_exercise(exercise_id).check(answer)


# --- pilihan_ganda -------------------------------------------------------------------------


@pytest.mark.parametrize("answer", ["Koordinasi", "A", "a", "  koordinasi  "])
def test_multiple_choice_right_by_text_or_letter(answer):
    verdict = check("kontinum-3", answer)
    assert verdict.status == "benar"
    assert "tidak mengalami perubahan struktur" in verdict.message


def test_multiple_choice_wrong_explains_the_common_mistake():
    verdict = check("kontinum-3", "Integrasi")
    assert verdict.status == "salah"
    assert "mulai cair" in verdict.message
    assert "petunjuk" in verdict.message


def test_multiple_choice_partly_right_option():
    verdict = check("mulai-2", "A")
    assert verdict.status == "sebagian"
    assert "ego sektoral" in verdict.message


@pytest.mark.parametrize("answer", [None, "", "   "])
def test_multiple_choice_unattempted(answer):
    assert check("pelayanan-1", answer).status == "belum_dijawab"


@pytest.mark.parametrize("answer", [3, ["A"], "Z", "Kolaborasi"])
def test_multiple_choice_malformed_is_explained(answer):
    verdict = check("pelayanan-1", answer)
    assert verdict.status == "tidak_valid"
    assert "A–D" in verdict.message or "satu jawaban" in verdict.message


def test_survey_instruments_exercise_rejects_rescaling():
    verdict = check("pelayanan-4", "B")
    assert verdict.status == "salah"
    assert "metode" in verdict.message
    assert check("pelayanan-4", "A").status == "benar"


# --- pilihan_jamak -------------------------------------------------------------------------

# Bab III.A: the integrity indicators are bribery, SOPs and coordination between agencies.
INTEGRITY_INDICATORS = [
    "Ada tidaknya suap",
    "Standar operasional prosedur (SOP)",
    "Koordinasi antarinstansi terkait",
]


@pytest.mark.parametrize(
    "answer", [INTEGRITY_INDICATORS, ["A", "C", "E"], "A, C, E", "a c e", {"E", "A", "C"}]
)
def test_multiple_answer_right(answer):
    assert check("pelayanan-2", answer).status == "benar"


def test_multiple_answer_partial_counts_hits_without_naming_the_missed_one():
    verdict = check("pelayanan-2", ["A", "C"])
    assert verdict.status == "sebagian"
    assert "2 dari 3" in verdict.message
    assert "Koordinasi" not in verdict.message


def test_multiple_answer_partial_with_a_wrong_pick_explains_it():
    verdict = check("pelayanan-2", ["A", "B"])
    assert verdict.status == "sebagian"
    assert any("jumlah pegawai" in d for d in verdict.details)


def test_multiple_answer_all_wrong():
    verdict = check("pelayanan-2", ["B", "D"])
    assert verdict.status == "salah"
    assert len(verdict.details) == 2


@pytest.mark.parametrize("answer", [None, [], ""])
def test_multiple_answer_unattempted(answer):
    assert check("pelayanan-2", answer).status == "belum_dijawab"


@pytest.mark.parametrize("answer", [5, ["Z"], ["A", "Gaji pegawai"]])
def test_multiple_answer_malformed(answer):
    verdict = check("pelayanan-2", answer)
    assert verdict.status == "tidak_valid"
    assert verdict.message


def test_four_indicators_of_bab_i_d():
    indicators = [
        "Memahami konsep Whole of Government.",
        "Memahami penerapan Whole of Government dalam pemberian pelayanan yang terintegrasi.",
        "Memahami best practices penerapan Whole of Government.",
        "Memahami implementasi Whole of Government dalam perspektif kebijakan di Indonesia.",
    ]
    assert check("mulai-1", indicators).status == "benar"


# --- kelompokkan ---------------------------------------------------------------------------


def test_classify_right_as_item_mapping_and_as_category_lists():
    assert check("kontinum-1", dict(PERRY6)).status == "benar"
    by_category: dict[str, list[str]] = {}
    for kind, category in PERRY6:
        by_category.setdefault(category.lower(), []).append(kind.upper())
    assert check("kontinum-1", by_category).status == "benar"


def test_classify_partial_names_the_misplaced_item_and_why():
    answer = dict(PERRY6) | {"Joint venture": "Koordinasi"}
    verdict = check("kontinum-1", answer)
    assert verdict.status == "sebagian"
    assert "8 dari 9" in verdict.message
    assert any(d.startswith("Joint venture:") and "jangka panjang" in d for d in verdict.details)


def test_classify_all_wrong():
    shift = {"Koordinasi": "Integrasi", "Integrasi": "Kedekatan dan pelibatan",
             "Kedekatan dan pelibatan": "Koordinasi"}  # fmt: skip
    verdict = check("kontinum-1", {kind: shift[cat] for kind, cat in PERRY6})
    assert verdict.status == "salah"
    assert "0 dari 9" in verdict.message


def test_classify_incomplete_is_partial_and_lists_what_is_missing():
    answer = dict(PERRY6[:6]) | {"Merger": None}
    verdict = check("kontinum-1", answer)
    assert verdict.status == "sebagian"
    assert "Belum dikelompokkan" in verdict.message
    assert "Merger" in verdict.message


@pytest.mark.parametrize("answer", [None, {}, {kind: None for kind in CONTINUUM}])
def test_classify_unattempted(answer):
    assert check("kontinum-1", answer).status == "belum_dijawab"


@pytest.mark.parametrize(
    "answer",
    ["Koordinasi", ["Dialog"], {"Rapat": "Koordinasi"}, {"Dialog": "Kolaborasi"}, {"Dialog": 3}],
)
def test_classify_malformed(answer):
    verdict = check("kontinum-1", answer)
    assert verdict.status == "tidak_valid"
    assert verdict.message


def test_source_and_derived_numbers_are_classified():
    exercise = get_exercise("pelayanan-6")
    derived = [item for item, cat in exercise.jawaban.items() if cat == "Angka turunan"]
    assert all("persen" in item or "dikurangi" in item for item in derived)


# --- urutkan -------------------------------------------------------------------------------


def test_order_right_as_list_or_positions():
    assert check("kontinum-2", CONTINUUM).status == "benar"
    positions = {kind: str(pos) for pos, kind in enumerate(CONTINUUM, start=1)}
    assert check("kontinum-2", positions).status == "benar"


def test_order_reversed_is_told_so():
    verdict = check("kontinum-2", list(reversed(CONTINUUM)))
    assert verdict.status == "salah"
    assert "terbalik" in verdict.message


def test_order_partial_counts_right_positions():
    swapped = CONTINUUM.copy()
    swapped[0], swapped[8] = swapped[8], swapped[0]
    verdict = check("kontinum-2", swapped)
    assert verdict.status == "sebagian"
    assert "7 dari 9" in verdict.message
    assert any(d.startswith("Merger:") for d in verdict.details)


def test_order_all_wrong():
    rotated = CONTINUUM[1:] + CONTINUUM[:1]
    verdict = check("kontinum-2", rotated)
    assert verdict.status == "salah"
    assert "0 dari 9" in verdict.message


@pytest.mark.parametrize("answer", [None, [], {kind: None for kind in CONTINUUM}])
def test_order_unattempted(answer):
    assert check("kontinum-2", answer).status == "belum_dijawab"


@pytest.mark.parametrize(
    ("answer", "says"),
    [
        (CONTINUUM[:8], "belum lengkap"),
        (CONTINUUM[:8] + ["Dialog"], "lebih dari sekali"),
        (CONTINUUM[:8] + ["Kolaborasi"], "Tidak dikenal"),
        ("Penyertaan, Dialog", "daftar"),
        ({kind: 1 for kind in CONTINUUM}, "dua kali"),
        ({"Penyertaan": 12}, "posisi"),
        ({"Penyertaan": "pertama"}, "posisi"),
    ],
)
def test_order_malformed(answer, says):
    verdict = check("kontinum-2", answer)
    assert verdict.status == "tidak_valid"
    assert says in verdict.message


def test_sector_order_follows_the_course_figures():
    by_count = sorted(SECTORS, key=SECTORS.get, reverse=True)
    assert check("pelayanan-5", by_count).status == "benar"
    table = data.regulations_by_sector(data.read_regulations())
    assert list(table["kategori"]) == by_count


# --- angka ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [66.6, "66,6", "66.6", " 66,6 % ", "66,64", PERMEN_SHARE, np.float64(PERMEN_SHARE), 66.7],
)
def test_number_right_within_tolerance(answer):
    verdict = check("pelayanan-3", answer)
    assert verdict.status == "benar"
    assert "dihitung dari data" in verdict.message


def test_number_tolerance_is_a_tenth_of_a_point():
    exercise = get_exercise("pelayanan-3")
    assert exercise.check(PERMEN_SHARE + 0.09).status == "benar"
    assert exercise.check(PERMEN_SHARE - 0.09).status == "benar"
    assert exercise.check(PERMEN_SHARE + 0.2).status != "benar"


@pytest.mark.parametrize(
    ("answer", "says"),
    [
        (PERMEN / TOTAL, "Kalikan"),  # a ratio, not a percentage
        (100 * PERMEN / (PERMEN + PP + PERPU), "bentuk lain"),  # wrong denominator
        (PERMEN, "jumlah Peraturan Menteri"),  # the count, not the share
        (100 * PP / TOTAL, "lebih kecil"),
    ],
)
def test_number_wrong_explains_why(answer, says):
    verdict = check("pelayanan-3", answer)
    assert verdict.status == "salah"
    assert says in verdict.message


def test_number_close_but_outside_tolerance_is_partial():
    verdict = check("pelayanan-3", 67)
    assert verdict.status == "sebagian"
    assert "pembulatan" in verdict.message


@pytest.mark.parametrize("answer", [None, "", "  "])
def test_number_unattempted(answer):
    assert check("pelayanan-3", answer).status == "belum_dijawab"


@pytest.mark.parametrize(
    ("answer", "says"),
    [
        ("enam puluh enam", "bukan angka"),
        ("8311/12471*100", "bukan angka"),  # an expression is never evaluated
        ([66.6, 1.0], "lebih dari satu"),
        (pd.Series([66.6, 19.6]), ".iloc[0]"),
        (True, "satu angka"),
        (float("nan"), "satu angka"),
        (float("inf"), "satu angka"),
        ({"jawaban": 66.6}, "satu angka"),
    ],
)
def test_number_malformed_is_explained(answer, says):
    verdict = check("pelayanan-3", answer)
    assert verdict.status == "tidak_valid"
    assert says in verdict.message


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("66,6", 66.6),
        ("66.6", 66.6),
        ("12.471", 12471.0),
        ("12.471,5", 12471.5),
        ("1,234.5", 1234.5),
        ("−3,5", -3.5),
        ("66,6%", 66.6),
        (".5", 0.5),
    ],
)
def test_parse_number_accepts_indonesian_and_english_notation(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "1e5", "66,6 persen", "__import__('os')", "6-6"])
def test_parse_number_rejects_non_numbers(text):
    assert parse_number(text) is None


def test_numeric_answer_is_not_typed_in_the_bank():
    exercise = get_exercise("pelayanan-3")
    assert exercise.jawaban is None
    assert exercise.jawaban_dari == "persen_bentuk:Peraturan Menteri"
    raw = (BANK_DIR / "04_kondisi_pelayanan_publik.yaml").read_text(encoding="utf-8")
    assert not re.search(r"66[.,]6", raw)


# --- derived numbers -----------------------------------------------------------------------


def test_derived_share_is_computed_from_the_data():
    share = resolve_number("persen_bentuk:Peraturan Menteri")
    assert share.value == pytest.approx(PERMEN_SHARE)
    assert share.derived
    assert "8.311" in share.formula and "12.471" in share.formula
    assert share.label("%").endswith(DERIVED_LABEL)


def test_other_derived_numbers():
    assert resolve_number("jumlah_bentuk_lain").value == TOTAL - PERMEN - PP - PERPU
    assert resolve_number("rasio_bentuk:Perpu").value == pytest.approx(PERPU / TOTAL)
    assert resolve_number("total_regulasi").value == TOTAL
    assert not resolve_number("total_regulasi").derived
    assert resolve_number("skor_survei:ISP:2009:pusat").value == pytest.approx(6.64)


@pytest.mark.parametrize("n", [1, 2, 3, 4, 7, 12])
def test_span_of_control_channels(n):
    pairs = list(combinations(range(n), 2))
    direct = resolve_number(f"saluran_langsung:{n}")
    via_coordinator = resolve_number(f"saluran_lewat_koordinator:{n}")
    assert direct.value == len(pairs)
    # With agency 0 as the coordinator, only the pairs that include it remain.
    assert via_coordinator.value == len([pair for pair in pairs if 0 in pair])
    assert direct.derived and via_coordinator.derived
    assert direct.label("saluran") == f"{len(pairs)} saluran {DERIVED_LABEL}"


def test_channel_exercise_is_derived_not_typed():
    exercise = get_exercise("praktik-2")
    assert exercise.jawaban is None
    assert exercise.jawaban_dari == "saluran_langsung:4"
    assert exercise.check("6").status == "benar"
    assert exercise.check("3").status == "salah"
    assert DERIVED_LABEL in exercise.answer_lines()[0]


@pytest.mark.parametrize(
    "spec", ["saluran_langsung", "saluran_langsung:0", "saluran_lewat_koordinator:empat"]
)
def test_channel_count_must_be_a_positive_whole_number(spec):
    with pytest.raises(KeyError, match="tidak valid"):
        resolve_number(spec)


@pytest.mark.parametrize("spec", ["rata_rata", "persen_bentuk:Undang-Undang", "skor_survei:ISP"])
def test_unknown_computation_is_a_clear_error(spec):
    with pytest.raises(KeyError, match="tidak"):
        resolve_number(spec)


# --- refleksi ------------------------------------------------------------------------------


def test_reflection_written_shows_discussion_prompts():
    exercise = get_exercise("pelayanan-7")
    verdict = exercise.check(REFLECTION)
    assert verdict.status == "benar"
    assert "tidak disimpan" in verdict.message
    assert verdict.details == exercise.pertanyaan_diskusi
    assert len(verdict.details) >= 2


def test_reflection_too_short_is_partial_but_still_shows_prompts():
    verdict = check("mulai-3", "ego sektoral")
    assert verdict.status == "sebagian"
    assert verdict.details == get_exercise("mulai-3").pertanyaan_diskusi


@pytest.mark.parametrize("answer", [None, "", " \n "])
def test_reflection_unattempted(answer):
    assert check("mulai-3", answer).status == "belum_dijawab"


@pytest.mark.parametrize("answer", [42, ["satu", "dua"]])
def test_reflection_malformed(answer):
    verdict = check("mulai-3", answer)
    assert verdict.status == "tidak_valid"
    assert "teks" in verdict.message


# --- any input, any exercise ---------------------------------------------------------------

ODD_INPUTS = [None, "", 0, -1, 1e308, float("inf"), "A", [], {}, {"x": 1}, object(), b"A",
              [None], {"Dialog": 5}, "__import__('os').system('echo hi')", ("A",), 1j]  # fmt: skip


@pytest.mark.parametrize("exercise_id", [ex.id for ex in load_bank().exercises()])
def test_no_input_raises_and_every_verdict_has_a_message(exercise_id):
    exercise = get_exercise(exercise_id)
    for answer in ODD_INPUTS:
        verdict = exercise.check(answer)
        assert verdict.status in STATUSES
        assert verdict.message.strip()


# --- hints, solution, attempts -------------------------------------------------------------


def test_hints_come_in_levels_and_stop_at_the_last():
    s = state("pelayanan-3")
    titles = [s.hint().title for _ in range(4)]
    assert titles[0] == "Petunjuk 1 dari 3"
    assert titles[1] == "Petunjuk 2 dari 3"
    assert titles[2] == titles[3] == "Petunjuk 3 dari 3 (petunjuk terakhir)"
    assert s.hint().message == get_exercise("pelayanan-3").petunjuk[-1]


def test_solution_locked_until_a_judged_attempt():
    s = state("pelayanan-3")
    assert s.solution().kind == "terkunci"
    s.check("")
    s.check("enam puluh")
    assert s.attempts == 0
    assert s.solution().kind == "terkunci"
    assert not s.solution_seen
    s.check(20)
    assert s.attempts == 1
    solution = s.solution()
    assert solution.kind == "solusi"
    assert s.solution_seen
    shown = f"{PERMEN_SHARE:.1f}".replace(".", ",")
    assert any(shown in line and DERIVED_LABEL in line for line in solution.answer)


def test_solution_of_reflection_lists_prompts():
    s = state("mulai-3")
    s.check(REFLECTION)
    solution = s.solution()
    assert solution.details == get_exercise("mulai-3").pertanyaan_diskusi


def test_state_remembers_a_right_answer():
    s = state("kontinum-3")
    s.check("A")
    s.check("B")
    assert s.solved
    assert s.attempts == 2
    assert s.last.status == "salah"


def test_progress_summary_counts_attempts_and_correct_answers():
    states = {i: state(i) for i in ("pelayanan-1", "pelayanan-3", "pelayanan-7")}
    states["pelayanan-1"].check("A")
    states["pelayanan-3"].check(20)
    states["pelayanan-7"].check(REFLECTION)
    summary = progress_summary("04_kondisi_pelayanan_publik", states)
    assert (summary.total, summary.attempted, summary.correct) == (7, 3, 1)
    assert summary.graded_total == 6
    assert summary.reflections_written == 1
    record = summary.as_dict()
    assert record["dicoba"] == 3
    assert REFLECTION not in str(record)


def test_progress_summary_of_unknown_notebook():
    with pytest.raises(KeyError, match="tidak punya latihan"):
        progress_summary("99_tidak_ada", {})


# --- the bank as shipped -------------------------------------------------------------------


def test_bank_covers_every_question_type_and_the_notebooks():
    bank = load_bank()
    assert {ex.jenis for ex in bank.exercises()} == set(EXERCISE_TYPES)
    assert len(bank.notebook("00_mulai").exercises) >= 2
    service = bank.notebook("04_kondisi_pelayanan_publik.ipynb").exercises
    assert len(service) >= 4
    assert {"angka", "refleksi"} <= {ex.jenis for ex in service}
    assert all(1 <= ex.indikator <= 4 for ex in bank.exercises())


def test_perry6_exercises_follow_table_1_1():
    assert dict(get_exercise("kontinum-1").jawaban) == dict(PERRY6)
    assert list(get_exercise("kontinum-2").jawaban) == CONTINUUM


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


@pytest.mark.parametrize("path", sorted(BANK_DIR.glob("*.yaml")), ids=lambda p: p.name)
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


def test_math_is_not_used_on_text():
    # A reminder that parse_number handles text by pattern only: inf/nan words are not numbers.
    assert parse_number("inf") is None
    assert parse_number("nan") is None
    assert math.isfinite(parse_number("1.000.000"))
