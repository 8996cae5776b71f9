"""Reading a folder of work files: one Indonesian line per bad file, the rest still counted."""

from __future__ import annotations

import json

from helpers.exercises.workfile import MAX_BYTES
from helpers.rekap.folder import read_class, visible_text
from tests.rekap.conftest import edit, write


def names(rekap) -> list[str]:
    return sorted(t.name for t in rekap.trainees)


def only_line(rekap, file: str) -> str:
    lines = [line for line in rekap.problems if f"'{file}'" in line]
    assert len(lines) == 1, rekap.problems
    return lines[0]


def test_a_good_class_has_no_lines(folder):
    rekap = read_class(folder)
    assert names(rekap) == ["Ani Uji (FIKTIF)", "Budi Uji (FIKTIF)"]
    assert rekap.problems == []


def test_not_json(folder):
    (folder / "hasil-catatan.json").write_text("Ini catatan, bukan JSON.", encoding="utf-8")
    rekap = read_class(folder)
    assert "bukan JSON" in only_line(rekap, "hasil-catatan.json")
    assert len(rekap.trainees) == 2


def test_truncated(folder):
    path = folder / "hasil-ani-uji-fiktif.json"
    text = path.read_text(encoding="utf-8")
    (folder / "hasil-potong.json").write_text(text[: len(text) // 2], encoding="utf-8")
    rekap = read_class(folder)
    assert "terpotong" in only_line(rekap, "hasil-potong.json")
    assert len(rekap.trainees) == 2


def test_another_course(folder):
    other = write(folder, "Cici Uji (FIKTIF)", {})
    edit(other, lambda r: r.update(format="kursus-lain/hasil"))
    rekap = read_class(folder)
    assert "bukan berkas hasil kursus Whole of Government" in only_line(rekap, other.name)
    assert "Cici Uji (FIKTIF)" not in names(rekap) and len(rekap.trainees) == 2


def test_huge(folder):
    huge = folder / "hasil-besar.json"
    huge.write_text('{"format": "wog-course/hasil", "x": "' + "a" * MAX_BYTES + '"}')
    rekap = read_class(folder)
    assert "terlalu besar" in only_line(rekap, huge.name)
    assert len(rekap.trainees) == 2


def test_older_bank_is_counted_and_reported(folder):
    old = write(folder, "Dodi Uji (FIKTIF)", {"kontinum-3": ["Koordinasi"]})
    edit(old, lambda r: r.update(versi_bank="000000000000"))
    rekap = read_class(folder)
    assert "versi bank soal lain" in only_line(rekap, old.name)
    assert "Dodi Uji (FIKTIF)" in names(rekap)


def test_unknown_exercise_ids_are_reported(folder):
    path = folder / "hasil-ani-uji-fiktif.json"
    entry = {"notebook": "99_x", "percobaan": [], "melihat_solusi": False}
    edit(path, lambda r: r["latihan"].update({"latihan-hilang": entry}))
    line = only_line(read_class(folder), path.name)
    assert "1 latihan tidak ada di bank soal sekarang" in line


def test_same_trainee_twice_keeps_the_latest(folder):
    copy = folder / "hasil-ani-salinan.json"
    copy.write_text((folder / "hasil-ani-uji-fiktif.json").read_text(encoding="utf-8"))
    edit(copy, lambda r: r.update(diperbarui="2026-11-30T08:00:00"))
    # the same person, written with other spaces and capitals
    edit(copy, lambda r: r["peserta"].update(nama="  ani  UJI (FIKTIF) "))
    rekap = read_class(folder)
    line = only_line(rekap, copy.name)
    assert "peserta yang sama dengan hasil-ani-uji-fiktif.json" in line
    assert [t.file for t in rekap.trainees if t.name.startswith("Ani")] == [
        "hasil-ani-uji-fiktif.json"
    ]


def test_hostile_text_is_counted_and_reported(folder):
    path = write(folder, "<script>alert(1)</script>\u202e (FIKTIF)", {"mulai-3": ["=1+1 ok"]})
    rekap = read_class(folder)
    line = only_line(rekap, path.name)
    assert "karakter tersembunyi" in line and "tampak seperti kode" in line
    assert len(rekap.trainees) == 3


def test_every_bad_case_at_once_still_counts_the_class(folder):
    (folder / "hasil-a.json").write_text("[1, 2", encoding="utf-8")
    (folder / "hasil-b.json").write_text(json.dumps({"format": "lain"}), encoding="utf-8")
    (folder / "hasil-c.json").write_bytes(b"\xff\xfe bukan utf-8")
    rekap = read_class(folder)
    assert len(rekap.problems) == 3 and len(rekap.trainees) == 2
    assert all(line.startswith("Berkas hasil '") for line in rekap.problems)


def test_set_aside_and_other_files_are_not_read(folder):
    (folder / "hasil-ani.rusak-20261201-090000.json").write_text("rusak")
    (folder / "catatan.txt").write_text("bukan berkas hasil")
    rekap = read_class(folder)
    assert rekap.problems == [] and len(rekap.trainees) == 2


def test_too_many_files_are_bounded(folder):
    rekap = read_class(folder, max_files=1)
    assert len(rekap.trainees) == 1
    assert rekap.problems == [
        f"Folder '{folder.name}': ada 2 berkas; hanya 1 yang pertama dibaca "
        "(paling banyak 1 berkas dan 120 detik)."
    ]


def test_reading_is_bounded_in_time(folder):
    rekap = read_class(folder, max_seconds=-1)  # the deadline has passed before the first file
    assert rekap.trainees == []
    assert "hanya 0 yang pertama dibaca" in rekap.problems[0]


def test_a_missing_folder_is_one_line(tmp_path):
    rekap = read_class(tmp_path / "tidak-ada")
    assert rekap.trainees == [] and len(rekap.problems) == 1
    assert "tidak ada" in rekap.problems[0]


def test_hidden_characters_are_shown():
    assert visible_text("Ani\u202e\u200bRahma\x1b") == "Ani??Rahma?"
    assert visible_text("baris\nbaru\ttab") == "baris\nbaru\ttab"
