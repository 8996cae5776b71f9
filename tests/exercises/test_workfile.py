"""The trainee's work file: every bad-file case, the atomic write, the normal form of answers.

Expected answers come from the course text (tests/exercises/common.py, Ramadhan 2019).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from helpers.exercises import workfile
from helpers.exercises.bank import get_exercise
from helpers.exercises.workfile import (
    MAX_BYTES,
    WorkFileError,
    answer_json,
    judge,
    new_record,
    read_workfile,
    set_aside,
    validate_record,
    write_workfile,
)
from tests.exercises.common import KONTINUM_1, KONTINUM_2, REFLECTION


def _write(path: Path, record: object) -> Path:
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def record() -> dict:
    rec = new_record("Siti Nurhaliza", "LATSAR-B", when="2026-12-01T09:00:00")
    rec["latihan"]["kontinum-3"] = {
        "notebook": "03_kontinum_kelembagaan",
        "percobaan": [{"jawaban": "Koordinasi", "status": "benar", "waktu": "2026-12-01T09:40:02"}],
        "melihat_solusi": False,
    }
    rec["tes"]["pretest"] = {"dikirim": "2026-12-01T09:10:00", "jawaban": {"awal-1": None}}
    return rec


def test_a_record_survives_a_round_trip(tmp_path, record):
    path = write_workfile(tmp_path / "hasil-siti.json", record)
    work = read_workfile(path)
    assert work.record == record
    assert (work.nama, work.kode_kelas) == ("Siti Nurhaliza", "LATSAR-B")
    assert work.latihan["kontinum-3"]["percobaan"][0]["status"] == "benar"
    assert work.same_bank()


def test_the_file_is_readable_json_in_utf8(tmp_path):
    path = write_workfile(tmp_path / "hasil-ani.json", new_record("Ñoño Ábadi"))
    assert "Ñoño Ábadi" in path.read_text(encoding="utf-8")


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, record, monkeypatch):
    path = write_workfile(tmp_path / "hasil-siti.json", record)
    before = path.read_bytes()

    def crash(*_args):
        raise OSError("disk penuh")

    monkeypatch.setattr(os, "replace", crash)
    record["peserta"]["nama"] = "Nama Lain"
    with pytest.raises(OSError):
        write_workfile(path, record)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["hasil-siti.json"]


def test_an_invalid_record_is_never_written(tmp_path, record):
    record["latihan"]["kontinum-3"]["percobaan"][0]["status"] = "lulus"
    with pytest.raises(WorkFileError, match=r"percobaan\[1\]\.status"):
        write_workfile(tmp_path / "hasil-siti.json", record)
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"format": "wog-course/hasil", "versi_f', "bukan JSON yang utuh"),
        (b"", "bukan JSON yang utuh"),
        (b"\xff\xfe\x00bukan", "bukan teks UTF-8"),
        (b"[1, 2, 3]", "harus berupa objek JSON"),
        (b'{"format": "kursus-lain", "versi_format": 1}', "bukan berkas hasil kursus"),
        (b"[" * 100_000 + b"]" * 100_000, "bertingkat terlalu dalam|bukan JSON"),
    ],
)
def test_broken_and_foreign_files_are_named_in_indonesian(tmp_path, content, message):
    path = tmp_path / "hasil-budi.json"
    path.write_bytes(content)
    with pytest.raises(WorkFileError, match=message) as error:
        read_workfile(path)
    assert "'hasil-budi.json'" in str(error.value)


def test_a_huge_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "hasil-besar.json"
    path.write_bytes(b" " * (MAX_BYTES + 1))
    with pytest.raises(WorkFileError, match="terlalu besar"):
        read_workfile(path)


def test_a_missing_file_is_reported(tmp_path):
    with pytest.raises(WorkFileError, match="tidak bisa dibuka"):
        read_workfile(tmp_path / "hasil-tidak-ada.json")


@pytest.mark.parametrize(
    ("change", "key"),
    [
        (lambda r: r.update(versi_format=2), "versi_format"),
        (lambda r: r.update(versi_format="1"), "versi_format"),
        (lambda r: r["peserta"].update(nama="  "), "peserta.nama"),
        (lambda r: r["peserta"].update(nama="x" * 201), "peserta.nama"),
        (lambda r: r.pop("peserta"), "peserta"),
        (lambda r: r.update(diperbarui="kemarin"), "diperbarui"),
        (lambda r: r.update(latihan=[]), "latihan"),
        (lambda r: r["latihan"]["kontinum-3"].update(percobaan="benar"), "percobaan"),
        (lambda r: r["latihan"]["kontinum-3"]["percobaan"][0].pop("jawaban"), "jawaban"),
        (lambda r: r["latihan"]["kontinum-3"].update(melihat_solusi="tidak"), "melihat_solusi"),
        (lambda r: r["tes"].update(ujian={}), "tes.ujian"),
        (lambda r: r["tes"]["pretest"].update(jawaban=[]), "tes.pretest.jawaban"),
        (lambda r: r.update(rencana_aksi={"layanan": 3}), "rencana_aksi.layanan"),
    ],
)
def test_every_ill_typed_key_is_named(record, change, key):
    change(record)
    with pytest.raises(WorkFileError, match=rf"kunci '[^']*{re.escape(key)}"):
        validate_record(record, "hasil-siti.json")


def test_missing_optional_sections_read_as_empty(record):
    for name in ("latihan", "tes", "rencana_aksi"):
        record.pop(name)
    checked = validate_record(record, "x.json")
    assert (checked["latihan"], checked["tes"], checked["rencana_aksi"]) == ({}, {}, {})


def test_set_aside_keeps_the_content_and_never_overwrites(tmp_path):
    first, second = tmp_path / "hasil-budi.json", tmp_path / "hasil-budi.json"
    first.write_text("rusak 1")
    moved_1 = set_aside(first)
    second.write_text("rusak 2")
    moved_2 = set_aside(second)
    assert moved_1 != moved_2
    assert {moved_1.read_text(), moved_2.read_text()} == {"rusak 1", "rusak 2"}
    assert ".rusak-" in moved_1.name and moved_1.suffix == ".json"
    assert not first.exists()


def test_files_go_to_hasil_beside_data_never_into_data_or_the_package():
    folder = workfile.hasil_dir()
    assert folder.name == "hasil"
    assert (folder.parent / "data" / "datapackage.json").is_file()
    assert "site-packages" not in folder.parts and "src" not in folder.parts


def test_slug_and_path():
    assert workfile.slug("Siti Nurhaliza, S.E.") == "siti-nurhaliza-s-e"
    assert workfile.slug("../../etc/passwd") == "etc-passwd"
    assert workfile.workfile_path("Budi", "/tmp/x") == Path("/tmp/x/hasil-budi.json")


# --- answers in their normal form, and the verdict recomputed from them ---------------------


@pytest.mark.parametrize(
    ("exercise_id", "given", "stored"),
    [
        ("kontinum-3", "a", "Koordinasi"),  # Bab II.C: structure unchanged = coordination
        ("kontinum-1", dict(KONTINUM_1), dict(KONTINUM_1)),
        ("kontinum-2", KONTINUM_2, KONTINUM_2),
        ("mulai-3", REFLECTION, REFLECTION),
        ("kontinum-3", "", None),
        ("kontinum-3", "Z", "Z"),
    ],
)
def test_answers_are_stored_as_understood(exercise_id, given, stored):
    exercise = get_exercise(exercise_id)
    value = answer_json(exercise, given)
    assert value == stored
    assert json.loads(json.dumps(value)) == value
    assert judge(exercise_id, value).status == exercise.check(given).status


def test_multiple_answers_are_option_texts_in_bank_order():
    exercise = get_exercise("konsep-2")  # Bab II.A: three focuses of WoG
    three = ["Pelayanan publik", "Manajemen program", "Pengembangan kebijakan"]
    value = answer_json(exercise, three)
    assert set(value) == set(three) and len(value) == 3
    assert value == sorted(value, key=exercise.pilihan.index)
    assert judge("konsep-2", value).status == "benar"


def test_an_edited_status_changes_nothing(tmp_path, record):
    record["latihan"]["kontinum-3"]["percobaan"][0] |= {"jawaban": "Merger", "status": "benar"}
    work = read_workfile(_write(tmp_path / "hasil-siti.json", record))
    attempt = work.latihan["kontinum-3"]["percobaan"][0]
    assert judge("kontinum-3", attempt["jawaban"]).status == "salah"


def test_test_items_are_judged_like_exercises():
    assert judge("awal-1", get_exercise("awal-1").jawaban).status == "benar"
    assert judge("akhir-10", "Peraturan Pemerintah").status == "salah"  # Bab III.A: Perpu, 49


def test_another_bank_version_is_noticed(tmp_path, record):
    record["versi_bank"] = "000000000000"
    assert not read_workfile(_write(tmp_path / "hasil-siti.json", record)).same_bank()
