"""Figures and answers typed from the course text (Ramadhan 2019), never copied from the code.

Bab II.C Tabel 1.1 (Perry 6, 2004) for the continuum and its cases, Bab III.A for the regulation
counts.
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
# kontinum-1 and kontinum-2 apply Tabel 1.1 to new cases: each case is paired with the type whose
# Keterangan it describes, so its category and its place on the continuum follow PERRY6.
CASES_1 = {
    "Penyertaan": (
        "Dinas pendidikan menyusun rencana gedung sekolah dengan mempertimbangkan dampaknya "
        "bagi rencana dinas perhubungan"
    ),
    "Dialog": (
        "Dinas kesehatan dan dinas sosial bertukar data penerima bantuan setiap bulan; "
        "struktur kedua dinas tidak berubah"
    ),
    "Joint working": (
        "Pegawai dua dinas bekerja dalam satu tim selama enam bulan untuk menuntaskan "
        "pendataan, lalu kembali ke dinasnya"
    ),
    "Satelit": (
        "Tiga dinas membentuk unit layanan yang terpisah dari ketiganya, dimiliki bersama, "
        "untuk memadukan layanan mereka"
    ),
    "Union": (
        "Dua badan disatukan secara resmi menjadi satu badan, tetapi identitas masing-masing "
        "masih tampak di dalamnya"
    ),
    "Merger": (
        "Dua kantor pertanahan dilebur ke dalam satu struktur organisasi baru; kedua kantor "
        "lama tidak ada lagi"
    ),
}
CASES_2 = {
    "Penyertaan": (
        "Dinas lingkungan hidup menyusun strateginya dengan mempertimbangkan dampaknya bagi "
        "dinas pasar dan dinas pariwisata"
    ),
    "Joint working": (
        "Petugas ketiga dinas bekerja bersama dalam satu tim lapangan selama musim hujan, "
        "lalu kembali ke tugas masing-masing"
    ),
    "Satelit": "Ketiga dinas membentuk badan pengelola sampah yang terpisah dan dimiliki bersama",
    "Union": (
        "Ketiga dinas disatukan secara resmi dalam satu wadah, tetapi identitas masing-masing "
        "masih tampak"
    ),
    "Merger": "Ketiga dinas dilebur ke dalam satu dinas baru dengan struktur baru",
}
KONTINUM_1 = [(CASES_1[kind], category) for kind, category in PERRY6 if kind in CASES_1]
KONTINUM_2 = [CASES_2[kind] for kind in CONTINUUM if kind in CASES_2]
REFLECTION = (
    "Saat mengurus izin usaha saya harus datang ke tiga kantor berbeda dan menyerahkan "
    "fotokopi KTP yang sama di setiap loket."
)


def state(exercise_id: str) -> ExerciseState:
    return ExerciseState(get_exercise(exercise_id))


def check(exercise_id: str, answer: object) -> Verdict:
    return get_exercise(exercise_id).check(answer)
