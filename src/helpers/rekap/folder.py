"""Reading a folder of trainees' work files for the class rekap, one line per bad file.

Every file is read and validated by the one reader of the format,
:func:`helpers.exercises.workfile.read_workfile` (docs/format-hasil.md). What the reader refuses
(not JSON, truncated, too large, another course, a newer format, a missing key) becomes one line
in Bahasa Indonesia and the file is left out; the rest of the class is still counted. What the
reader accepts but the facilitator should know (an older bank, unknown exercise ids, the same
trainee twice, text that looks like code) also becomes one line; such a file is still counted,
except the older copy of a trainee handed in twice.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from helpers.exercises.bank import Bank, default_bank
from helpers.exercises.workfile import WorkFile, WorkFileError, bank_version, read_workfile

MAX_FILES = 2000  # a class is tens of trainees; a folder beyond this is the wrong folder
MAX_SECONDS = 120.0  # forty trainees take well under a second (bench/rekap_kelas.py)
SET_ASIDE_MARK = ".rusak-"  # files the course set aside (workfile.set_aside) are not read again
# Text that a spreadsheet runs as a formula, or that a browser would read as markup.
CODE_LIKE = re.compile(r"^\s*[=+\-@]|<\s*/?\s*[a-zA-Z!]")


@dataclass(frozen=True)
class Trainee:
    """One trainee's file as the rekap counts it."""

    file: str  # the file name, as the facilitator sees it in the folder
    work: WorkFile

    @property
    def name(self) -> str:
        return self.work.nama

    @property
    def class_code(self) -> str:
        return self.work.kode_kelas

    @property
    def identity(self) -> tuple[str, str]:
        """Name and class code as compared for "the same trainee twice" (case, spaces ignored).

        Example:
            >>> from helpers.rekap.fiktif import example_trainee
            >>> example_trainee({}).identity
            ('contoh (fiktif)', '')
        """
        return (" ".join(self.name.split()).casefold(), self.class_code.strip().casefold())


@dataclass
class ClassFiles:
    """The trainees counted and one line per file that needs the facilitator's attention."""

    folder: Path
    trainees: list[Trainee] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def visible_text(text: str) -> str:
    """``text`` with control and direction-changing characters shown as '?' (they can hide or
    reorder what a facilitator reads).

    Example:
        >>> visible_text("Ani\\u202eFIKTIF\\x07")
        'Ani?FIKTIF?'
    """
    return "".join(
        "?" if unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\n\t" else ch for ch in text
    )


def _texts(work: WorkFile) -> Iterable[str]:
    yield work.nama
    yield work.kode_kelas
    for entry in work.latihan.values():
        for attempt in entry.get("percobaan", []):
            if isinstance(attempt.get("jawaban"), str):
                yield attempt["jawaban"]
    yield from (v for v in work.rencana_aksi.values() if isinstance(v, str))


def _notices(work: WorkFile, bank: Bank, version: str) -> list[str]:
    """What the facilitator should know about a file the reader accepted."""
    notes = []
    if work.record["versi_bank"] != version:
        notes.append(
            "dibuat dengan versi bank soal lain (soal mungkin sudah berubah); "
            "skornya tetap dihitung ulang dengan bank soal sekarang"
        )
    known = {ex.id for ex in [*bank.exercises(), *bank.test_items()]}
    unknown = sorted(i for i in work.latihan if i not in known)
    if unknown:
        notes.append(f"{len(unknown)} latihan tidak ada di bank soal sekarang dan tidak dihitung")
    texts = list(_texts(work))
    if any(visible_text(t) != t for t in texts):
        notes.append("ada karakter tersembunyi di teksnya; ditampilkan sebagai '?'")
    if any(CODE_LIKE.search(t) for t in texts):
        notes.append("ada teks yang tampak seperti kode; ditampilkan sebagai teks biasa")
    return notes


def _where(name: str) -> str:
    return f"Berkas hasil '{name}'"


def _files(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.glob("*.json")
        if p.is_file() and SET_ASIDE_MARK not in p.name and not p.name.startswith(".")
    )


def _duplicates(trainees: list[Trainee]) -> tuple[list[Trainee], dict[str, str]]:
    """Keep each trainee's most recently updated file; a note for each older copy."""
    latest: dict[tuple[str, str], Trainee] = {}
    for trainee in sorted(trainees, key=lambda t: (t.work.record["diperbarui"], t.file)):
        latest[trainee.identity] = trainee
    kept = [t for t in trainees if latest[t.identity] is t]
    notes = {
        t.file: f"peserta yang sama dengan {latest[t.identity].file} (nama dan kode kelas sama); "
        f"yang dihitung hanya berkas yang terakhir diperbarui, {latest[t.identity].file}"
        for t in trainees
        if latest[t.identity] is not t
    }
    return kept, notes


def _read_files(
    paths: list[Path], bank: Bank, seconds: float
) -> tuple[list[Trainee], dict[str, list[str]], dict[str, str], int]:
    """Read the files until done or ``seconds`` have passed: the trainees, the notes on each
    accepted file, the refused files' lines, and how many were read."""
    version = bank_version(bank)  # once: it hashes the whole bank
    deadline = time.monotonic() + seconds
    read: list[Trainee] = []
    notes: dict[str, list[str]] = {}
    errors: dict[str, str] = {}
    for count, path in enumerate(paths):
        if time.monotonic() > deadline:
            return read, notes, errors, count
        try:
            work = read_workfile(path)
        except WorkFileError as error:
            errors[path.name] = visible_text(str(error))
            continue
        read.append(Trainee(path.name, work))
        notes[path.name] = _notices(work, bank, version)
    return read, notes, errors, len(paths)


def read_class(
    folder: str | Path,
    bank: Bank | None = None,
    max_files: int = MAX_FILES,
    max_seconds: float = MAX_SECONDS,
) -> ClassFiles:
    """Read every ``*.json`` work file in ``folder`` (not its subfolders), at most ``max_files``
    of them and for at most ``max_seconds``.

    Example:
        >>> from helpers.rekap.fiktif import invented_class_dir
        >>> rekap = read_class(invented_class_dir())
        >>> len(rekap.trainees) > 0, all(line.startswith("Berkas") for line in rekap.problems)
        (True, True)
    """
    folder = Path(folder)
    result = ClassFiles(folder)
    if not folder.is_dir():
        result.problems.append(f"Folder '{folder}' tidak ada; periksa lagi alamatnya.")
        return result
    paths = _files(folder)
    read, notes, errors, done = _read_files(paths[:max_files], bank or default_bank(), max_seconds)
    if done < len(paths):
        result.problems.append(
            f"Folder '{folder.name}': ada {len(paths)} berkas; hanya {done} yang pertama dibaca "
            f"(paling banyak {max_files} berkas dan {max_seconds:g} detik)."
        )
    result.trainees, twice = _duplicates(read)
    for name, note in twice.items():
        notes[name].append(note)
    errors |= {name: f"{_where(name)}: {'; '.join(n)}." for name, n in notes.items() if n}
    result.problems += [errors[name] for name in sorted(errors)]
    return result
