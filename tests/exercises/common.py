"""Figures and answers typed from the course text (Ramadhan 2019), never copied from the code.

Bab II.C Tabel 1.1 (Perry 6, 2004) for the continuum, Bab III.A for the regulation counts.
"""

from __future__ import annotations

from helpers.exercises import ExerciseState, Verdict, get_exercise

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


def state(exercise_id: str) -> ExerciseState:
    return ExerciseState(get_exercise(exercise_id))


def check(exercise_id: str, answer: object) -> Verdict:
    return get_exercise(exercise_id).check(answer)
