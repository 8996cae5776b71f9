"""The invented class (contoh/kelas_fiktif/): trainees' work files to try the rekap on.

Every name is obviously invented and marked FIKTIF. The answers are drawn with a fixed seed from
the bank itself (the right answer, or a wrong one the kind recognises), so the files follow the
bank they were made with. Beside the good files the folder holds one file per kind of problem
the rekap reports. After the bank changes, regenerate them::

    .venv/bin/python -m helpers.rekap.fiktif
"""

from __future__ import annotations

import json
import random
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from helpers.core.datasets import data_dir
from helpers.exercises.bank import Bank, default_bank
from helpers.exercises.kinds import Exercise
from helpers.exercises.workfile import (
    WorkFile,
    new_record,
    validate_record,
    workfile_path,
    write_workfile,
)
from helpers.rekap.folder import Trainee

CLASS_CODE = "KELAS-FIKTIF"
DAY = "2026-12-01"
SEED = 13
# (name, chance of a right answer, which plan, tests taken): invented trainees of different
# strengths; one has no plan yet, one missed the pre-test.
TRAINEES = (
    ("Ani Contoh (FIKTIF)", 0.9, 0, ("pretest", "posttest")),
    ("Budi Rekaan (FIKTIF)", 0.5, 1, ("pretest", "posttest")),
    ("Citra Karangan (FIKTIF)", 0.7, 2, ("pretest", "posttest")),
    ("Dedi Khayalan (FIKTIF)", 0.3, None, ("pretest", "posttest")),
    ("Eka Andaian (FIKTIF)", 0.8, 0, ("pretest", "posttest")),
    ("Fajar Misalnya (FIKTIF)", 0.6, 1, ("posttest",)),
)
REFLECTION = (
    "Di kantor saya (FIKTIF) loket izin dan loket pajak belum berbagi data, sehingga warga "
    "mengisi formulir yang sama dua kali."
)
PLANS = (
    {
        "layanan": "Penerbitan izin usaha mikro di kecamatan (contoh FIKTIF)",
        "pengguna": "Pelaku usaha mikro; mereka datang berkali-kali untuk persyaratan yang sama.",
        "instansi": "Kecamatan, DPMPTSP, Dinas Koperasi dan UMKM (contoh FIKTIF)",
        "kontinum": "Dialog (Koordinasi)",
        "alasan_kontinum": "Instansi hanya saling bertukar informasi lewat surat; belum ada "
        "perencanaan bersama.",
        "pola": "Satu pintu",
        "cara": "Penguatan koordinasi antarlembaga",
        "alasan_cara": "Hanya tiga instansi yang terlibat, jadi koordinasi masih terjangkau.",
        "tantangan": "Nilai dan budaya organisasi",
        "alasan_tantangan": "Setiap loket terbiasa memeriksa berkas dengan caranya sendiri.",
        "aksi": "Menyusun daftar persyaratan tiap instansi dan membagikannya ke rekan di loket.",
    },
    {
        "layanan": "Pendaftaran siswa baru di sekolah negeri (contoh FIKTIF)",
        "pengguna": "Orang tua siswa; data kependudukan harus dibawa dan dicetak berulang kali.",
        "instansi": "Dinas Pendidikan, Dinas Kependudukan dan Pencatatan Sipil (contoh FIKTIF)",
        "kontinum": "Joint planning (Koordinasi)",
        "pola": "Elektronik",
        "cara": "Membentuk gugus tugas",
        "tantangan": "Kapasitas SDM dan institusi",
        "aksi": "Mencatat keluhan orang tua selama masa pendaftaran dan melaporkannya ke atasan.",
    },
    {
        "layanan": "Pelayanan posyandu di desa (contoh FIKTIF)",
        "pengguna": "Ibu dan balita di desa.",
        "instansi": "Puskesmas, pemerintah desa, PKK (contoh FIKTIF)",
        "kontinum": "Joint working (Integrasi)",
        "pola": "Satu atap",
        "cara": "Penguatan koordinasi antarlembaga",
        "tantangan": "Kepemimpinan",
        "aksi": "Mengusulkan jadwal bersama puskesmas dan desa untuk tiga bulan ke depan.",
    },
)


def invented_class_dir() -> Path:
    """The folder of the invented class, ``contoh/kelas_fiktif/`` beside ``data/``.

    Example:
        >>> invented_class_dir().parts[-2:]
        ('contoh', 'kelas_fiktif')
    """
    return data_dir().parent / "contoh" / "kelas_fiktif"


def right_answer(exercise: Exercise) -> object:
    """The answer the bank expects, as the work file stores it.

    Example:
        >>> right_answer(default_bank().get("kontinum-3"))
        'Koordinasi'
    """
    if exercise.jenis == "angka":
        return exercise.target.value  # type: ignore[attr-defined]
    if exercise.jenis == "refleksi":
        return REFLECTION
    answer = exercise.jawaban  # type: ignore[attr-defined]
    if exercise.jenis == "pilihan_jamak":
        return [o for o in exercise.pilihan if o in answer]  # type: ignore[attr-defined]
    return dict(answer) if isinstance(answer, Mapping) else answer


def _wrong_candidates(exercise: Exercise) -> list[object]:
    right = right_answer(exercise)
    if exercise.jenis == "angka":
        return [right * 2 + 1]  # type: ignore[operator]
    if exercise.jenis == "pilihan_ganda":
        return [o for o in exercise.pilihan if o != right]  # type: ignore[attr-defined]
    if exercise.jenis == "pilihan_jamak":
        return [[o] for o in exercise.pilihan]  # type: ignore[attr-defined]
    if exercise.jenis == "urutkan":
        return [list(reversed(right))]  # type: ignore[arg-type]
    if exercise.jenis == "kelompokkan":
        first = exercise.kategori[0]  # type: ignore[attr-defined]
        return [{item: first for item in right}]  # type: ignore[union-attr]
    return []


def wrong_answer(exercise: Exercise, rng: random.Random) -> object | None:
    """A wrong answer the kind judges "salah" or "sebagian" (None for a reflection).

    Example:
        >>> wrong = wrong_answer(default_bank().get("kontinum-3"), random.Random(1))
        >>> default_bank().get("kontinum-3").check(wrong).status
        'salah'
    """
    candidates = [c for c in _wrong_candidates(exercise) if exercise.check(c).status != "benar"]
    return rng.choice(candidates) if candidates else None


def _attempts(exercise: Exercise, skill: float, rng: random.Random) -> list[object]:
    wrong = wrong_answer(exercise, rng)
    if wrong is None or rng.random() < skill:
        return [right_answer(exercise)]
    return [wrong, right_answer(exercise)] if rng.random() < skill else [wrong]


def record_for(
    name: str,
    code: str,
    answers: Mapping[str, list[object]],
    tests: Mapping[str, Mapping[str, object]],
    bank: Bank | None = None,
) -> WorkFile:
    """A validated work file with these answers; every stored status says "benar" on purpose
    (the rekap must recompute, never trust it).

    Example:
        >>> work = record_for("Ani (FIKTIF)", "", {"kontinum-3": ["Integrasi"]}, {})
        >>> work.latihan["kontinum-3"]["percobaan"][0]["status"]
        'benar'
    """
    bank = bank or default_bank()
    record = new_record(name, code, when=f"{DAY}T08:00:00")
    for ex_id, tries in answers.items():
        record["latihan"][ex_id] = {
            "notebook": bank.get(ex_id).notebook,
            "percobaan": [
                {"jawaban": a, "status": "benar", "waktu": f"{DAY}T09:{n:02d}:00"}
                for n, a in enumerate(tries)
            ],
            "melihat_solusi": False,
        }
    for form, jawaban in tests.items():
        record["tes"][form] = {"dikirim": f"{DAY}T08:30:00", "jawaban": dict(jawaban)}
    record["diperbarui"] = f"{DAY}T15:00:00"
    return WorkFile(Path(f"hasil-{name}.json"), validate_record(record, name))


def example_trainee(
    answers: Mapping[str, list[object]], tests: Mapping[str, Mapping[str, object]] | None = None
) -> Trainee:
    """An invented trainee with these recorded answers, as the rekap counts them.

    Example:
        >>> example_trainee({"kontinum-3": ["Integrasi"]}).name
        'Contoh (FIKTIF)'
    """
    return Trainee("hasil-contoh.json", record_for("Contoh (FIKTIF)", "", answers, tests or {}))


def _test_answers(bank: Bank, form: str, skill: float, rng: random.Random) -> dict[str, object]:
    try:
        items = bank.form(form).exercises
    except KeyError:
        return {}
    return {
        ex.id: right_answer(ex) if rng.random() < skill else wrong_answer(ex, rng) for ex in items
    }


def invented_trainee(
    name: str,
    skill: float,
    plan: int | None,
    tests: tuple[str, ...],
    rng: random.Random,
    bank: Bank,
) -> WorkFile:
    """One invented trainee: every practice exercise tried, the tests taken, maybe a plan."""
    answers = {ex.id: _attempts(ex, skill, rng) for ex in bank.exercises()}
    # the pre-test is taken before the course: fewer right answers than the post-test
    chance = {"pretest": skill * 0.6, "posttest": skill}
    sent = {form: _test_answers(bank, form, chance[form], rng) for form in tests}
    work = record_for(name, CLASS_CODE, answers, {k: v for k, v in sent.items() if v}, bank)
    if plan is not None:
        work.record["rencana_aksi"] = {**PLANS[plan], "diperbarui": f"{DAY}T14:00:00"}
    return work


def _dumps(record: Mapping[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, indent=1) + "\n"


def bad_files(good: WorkFile) -> dict[str, str]:
    """One file per problem the rekap reports, made from a good one: file name -> content."""
    text = _dumps(good.record)
    old_bank = {**good.record, "versi_bank": "000000000000"}
    twice = {**good.record, "diperbarui": f"{DAY}T10:00:00"}
    hostile = json.loads(text)
    hostile["peserta"]["nama"] = "<script>alert('x')</script> Gina Palsu\u202e (FIKTIF)"
    hostile["rencana_aksi"]["aksi"] = '=HYPERLINK("http://contoh.invalid","klik")'
    return {
        "hasil-bukan-json.json": "Ini catatan biasa, bukan berkas hasil.\n",
        "hasil-terpotong.json": text[: len(text) // 2],
        "hasil-kursus-lain.json": _dumps({**good.record, "format": "kursus-lain/hasil"}),
        "hasil-bank-lama.json": _dumps(
            {**old_bank, "peserta": {"nama": "Hana Lama (FIKTIF)", "kode_kelas": CLASS_CODE}}
        ),
        "hasil-salinan-lama.json": _dumps(twice),
        "hasil-teks-aneh.json": _dumps(hostile),
    }


def write_class(folder: Path | None = None, bank: Bank | None = None) -> list[Path]:
    """Write the invented class into ``folder`` (its ``*.json`` files are replaced)."""
    bank = bank or default_bank()
    folder = folder or invented_class_dir()
    rng = random.Random(SEED)
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.json"):
        old.unlink()
    good = [invented_trainee(*trainee, rng, bank) for trainee in TRAINEES]
    paths = [write_workfile(workfile_path(w.nama, folder), w.record) for w in good]
    for name, content in bad_files(good[0]).items():
        (folder / name).write_text(content, encoding="utf-8")
        paths.append(folder / name)
    return sorted(paths)


if __name__ == "__main__":
    for path in write_class():
        print(path)
