"""The trainee's work file (``hasil-<name>.json``): read, validate, write. See docs/format-hasil.md.

This is the only code that knows the format. It reads and writes plain dicts; it shows nothing
and keeps no state (the notebooks' session is ``helpers.exercises.store``). Every problem with a
file is a :class:`WorkFileError` whose message, in Bahasa Indonesia, names the file and the key.

Example:
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = workfile_path("Siti Nurhaliza", folder)
    ...     _ = write_workfile(path, new_record("Siti Nurhaliza", "LATSAR-B"))
    ...     work = read_workfile(path)
    >>> path.name, work.nama, work.kode_kelas, work.latihan
    ('hasil-siti-nurhaliza.json', 'Siti Nurhaliza', 'LATSAR-B', {})
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import helpers
from helpers.core.datasets import data_dir
from helpers.exercises.answers import is_blank
from helpers.exercises.bank import TEST_FORMS, Bank, default_bank
from helpers.exercises.kinds import Exercise
from helpers.exercises.model import STATUSES, Verdict

FORMAT = "wog-course/hasil"
FORMAT_VERSION = 1
FORMS = TEST_FORMS
MAX_BYTES = 2_000_000
MAX_NAME = 200
MAX_INVALID_TEXT = 500
PREFIX = "hasil-"


class WorkFileError(ValueError):
    """A work file that cannot be used; the message names the file and the key."""


def now() -> str:
    """The local time, ISO 8601 with seconds, as every time in the file is written.

    Example:
        >>> len(now()), now()[10]
        (19, 'T')
    """
    return datetime.now().isoformat(timespec="seconds")


def course_version() -> str:
    """The course version written into files: ``helpers.__version__``.

    Example:
        >>> course_version() == helpers.__version__
        True
    """
    # Read when called: the package face finishes importing after this module.
    return str(getattr(helpers, "__version__", "0"))


def bank_version(bank: Bank | None = None) -> str:
    """The bank's fingerprint: 12 hex digits of the SHA-256 of every id, kind and answer.

    The package's own bank is read once per kernel, so its fingerprint is computed once.

    Example:
        >>> len(bank_version()), bank_version() == bank_version(default_bank())
        (12, True)
    """
    if bank is None or bank is default_bank():
        return _default_fingerprint()
    return _fingerprint(bank)


@cache
def _default_fingerprint() -> str:
    return _fingerprint(default_bank())


def _fingerprint(bank: Bank) -> str:
    items = sorted(
        (ex.id, ex.jenis, ex.answer_lines()) for ex in [*bank.exercises(), *bank.test_items()]
    )
    digest = hashlib.sha256(json.dumps(items, ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()[:12]


def hasil_dir() -> Path:
    """The default folder of work files: ``hasil/`` beside ``data/`` at the course root.

    Example:
        >>> hasil_dir().name
        'hasil'
    """
    return data_dir().parent / "hasil"


def slug(nama: str) -> str:
    """The name as a file-name part: ASCII lower case, other runs turned into "-".

    Example:
        >>> slug("Siti Nurhaliza, S.E."), slug("Ñoño  Ábadi"), slug("###")
        ('siti-nurhaliza-s-e', 'nono-abadi', 'peserta')
    """
    ascii_text = unicodedata.normalize("NFKD", nama).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60] or "peserta"


def workfile_path(nama: str, folder: str | Path | None = None) -> Path:
    """Where this trainee's file goes: ``<folder or hasil_dir()>/hasil-<slug>.json``.

    Example:
        >>> workfile_path("Budi", "/tmp/kelas").as_posix()
        '/tmp/kelas/hasil-budi.json'
    """
    return Path(folder or hasil_dir()) / f"{PREFIX}{slug(nama)}.json"


def new_record(nama: str, kode_kelas: str = "", when: str | None = None) -> dict[str, Any]:
    """An empty record for one trainee (checked like a file read from disk).

    Example:
        >>> record = new_record("Budi")
        >>> record["format"], record["peserta"], record["tes"]
        ('wog-course/hasil', {'nama': 'Budi', 'kode_kelas': ''}, {})
    """
    when = when or now()
    record = {
        "format": FORMAT,
        "versi_format": FORMAT_VERSION,
        "versi_kursus": course_version(),
        "versi_bank": bank_version(),
        "peserta": {"nama": nama.strip(), "kode_kelas": kode_kelas.strip()},
        "dibuat": when,
        "diperbarui": when,
        "latihan": {},
        "tes": {},
        "rencana_aksi": {},
    }
    return validate_record(record, "(catatan baru)")


# --- validation -----------------------------------------------------------------------------


class _Where:
    """Raises WorkFileError naming the file and the key path."""

    def __init__(self, file: str):
        self.file = file

    def fail(self, key: str, problem: str) -> None:
        at = f", kunci '{key}'" if key else ""
        raise WorkFileError(f"Berkas hasil '{self.file}'{at}: {problem}")

    def typed(self, value: object, kind: type | tuple[type, ...], key: str, name: str) -> Any:
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            self.fail(key, f"harus berupa {name}.")
        return value

    def time(self, value: object, key: str) -> str:
        text = self.typed(value, str, key, "waktu (teks ISO 8601)")
        try:
            datetime.fromisoformat(text)
        except ValueError:
            self.fail(key, f"waktu '{text[:40]}' tidak terbaca (contoh: 2026-12-01T09:00:00).")
        return text


def _check_header(raw: Mapping, at: _Where) -> None:
    if raw.get("format") != FORMAT:
        at.fail("format", "ini bukan berkas hasil kursus Whole of Government.")
    version = raw.get("versi_format")
    at.typed(version, int, "versi_format", "bilangan bulat")
    if version > FORMAT_VERSION:
        at.fail("versi_format", f"versi {version} dibuat oleh kursus yang lebih baru.")
    if version < 1:
        at.fail("versi_format", f"versi {version} tidak dikenal.")
    for key in ("versi_kursus", "versi_bank"):
        at.typed(raw.get(key), str, key, "teks")
    person = at.typed(raw.get("peserta"), dict, "peserta", "objek berisi nama dan kode_kelas")
    name = at.typed(person.get("nama"), str, "peserta.nama", "teks")
    if not name.strip() or len(name) > MAX_NAME:
        at.fail("peserta.nama", f"nama harus diisi, paling panjang {MAX_NAME} huruf.")
    at.typed(person.get("kode_kelas", ""), str, "peserta.kode_kelas", "teks")
    at.time(raw.get("dibuat"), "dibuat")
    at.time(raw.get("diperbarui"), "diperbarui")


def _check_exercises(section: object, at: _Where) -> None:
    for ex_id, entry in at.typed(section, dict, "latihan", "objek").items():
        key = f"latihan.{ex_id}"
        at.typed(entry, dict, key, "objek")
        at.typed(entry.get("notebook"), str, f"{key}.notebook", "teks")
        at.typed(entry.get("melihat_solusi", False), bool, f"{key}.melihat_solusi", "true/false")
        attempts = at.typed(entry.get("percobaan"), list, f"{key}.percobaan", "daftar")
        for n, attempt in enumerate(attempts, start=1):
            where = f"{key}.percobaan[{n}]"
            at.typed(attempt, dict, where, "objek")
            if attempt.get("status") not in STATUSES:
                at.fail(f"{where}.status", f"harus salah satu dari: {', '.join(STATUSES)}.")
            if "jawaban" not in attempt:
                at.fail(f"{where}.jawaban", "tidak ada.")
            at.time(attempt.get("waktu"), f"{where}.waktu")


def _check_tests(section: object, at: _Where) -> None:
    for form, sent in at.typed(section, dict, "tes", "objek").items():
        if form not in FORMS:
            at.fail(f"tes.{form}", f"tes tidak dikenal; yang ada: {', '.join(FORMS)}.")
        at.typed(sent, dict, f"tes.{form}", "objek")
        at.time(sent.get("dikirim"), f"tes.{form}.dikirim")
        at.typed(sent.get("jawaban"), dict, f"tes.{form}.jawaban", "objek")


def _check_plan(section: object, at: _Where) -> None:
    for field, text in at.typed(section, dict, "rencana_aksi", "objek").items():
        at.typed(text, str, f"rencana_aksi.{field}", "teks")


def validate_record(raw: object, where: str) -> dict[str, Any]:
    """The record with its optional sections filled in, or WorkFileError naming ``where``.

    Example:
        >>> try:
        ...     validate_record({"format": "lain"}, "x.json")
        ... except WorkFileError as error:
        ...     print(error)
        Berkas hasil 'x.json', kunci 'format': ini bukan berkas hasil kursus Whole of Government.
    """
    at = _Where(where)
    at.typed(raw, dict, "", "objek JSON ({...})")
    record = {"latihan": {}, "tes": {}, "rencana_aksi": {}, **raw}  # type: ignore[dict-item]
    _check_header(record, at)
    _check_exercises(record["latihan"], at)
    _check_tests(record["tes"], at)
    _check_plan(record["rencana_aksi"], at)
    return record


# --- files ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkFile:
    """One validated work file: where it was read from and its record."""

    path: Path
    record: dict[str, Any]

    @property
    def nama(self) -> str:
        return self.record["peserta"]["nama"].strip()

    @property
    def kode_kelas(self) -> str:
        return self.record["peserta"].get("kode_kelas", "").strip()

    @property
    def latihan(self) -> dict[str, Any]:
        return self.record["latihan"]

    @property
    def tes(self) -> dict[str, Any]:
        return self.record["tes"]

    @property
    def rencana_aksi(self) -> dict[str, str]:
        return self.record["rencana_aksi"]

    def same_bank(self, bank: Bank | None = None) -> bool:
        """True when the file was written against this bank (same ``versi_bank``)."""
        return self.record["versi_bank"] == bank_version(bank)


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise WorkFileError(
                f"Berkas hasil '{path.name}': terlalu besar ({size} bita; paling besar "
                f"{MAX_BYTES} bita)."
            )
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise WorkFileError(f"Berkas hasil '{path.name}': bukan teks UTF-8.") from None
    except OSError as error:
        raise WorkFileError(
            f"Berkas hasil '{path.name}' tidak bisa dibuka: {error.strerror}."
        ) from None


def read_workfile(path: str | Path) -> WorkFile:
    """Read and validate one work file (WorkFileError, in Indonesian, for every problem).

    Example:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     broken = Path(folder) / "hasil-budi.json"
        ...     _ = broken.write_text('{"format": "wog-cou')
        ...     try:  # doctest: +NORMALIZE_WHITESPACE
        ...         read_workfile(broken)
        ...     except WorkFileError as error:
        ...         print(error)
        Berkas hasil 'hasil-budi.json': bukan JSON yang utuh (baris 1, kolom 12); mungkin terpotong
        atau rusak.
    """
    path = Path(path)
    text = _read_text(path)
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        raise WorkFileError(
            f"Berkas hasil '{path.name}': bukan JSON yang utuh (baris {error.lineno}, kolom "
            f"{error.colno}); mungkin terpotong atau rusak."
        ) from None
    except RecursionError:
        raise WorkFileError(
            f"Berkas hasil '{path.name}': isinya bertingkat terlalu dalam."
        ) from None
    return WorkFile(path, validate_record(raw, path.name))


def write_workfile(path: str | Path, record: Mapping[str, Any]) -> Path:
    """Validate ``record`` and write it atomically (temporary file in the folder, then rename).

    Example:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     path = write_workfile(Path(folder) / "hasil-budi.json", new_record("Budi"))
        ...     sorted(p.name for p in Path(folder).iterdir())
        ['hasil-budi.json']
    """
    path = Path(path)
    content = json.dumps(validate_record(dict(record), path.name), ensure_ascii=False, indent=1)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(content + "\n")
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o644)  # mkstemp makes it private; a facilitator's rekap reads it
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def set_aside(path: str | Path) -> Path:
    """Rename a broken or foreign file to ``<stem>.rusak-<time>.json`` beside it; never delete.

    Example:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     broken = Path(folder) / "hasil-budi.json"
        ...     _ = broken.write_text("bukan json")
        ...     moved = set_aside(broken)
        ...     broken.exists(), moved.name.startswith("hasil-budi.rusak-"), moved.read_text()
        (False, True, 'bukan json')
    """
    path = Path(path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.rusak-{stamp}.json")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}.rusak-{stamp}-{n}.json")
    path.rename(target)
    return target


# --- answers --------------------------------------------------------------------------------


def _json_value(meant: object) -> object:
    if isinstance(meant, set | frozenset):
        return sorted(meant, key=str)
    if isinstance(meant, tuple):
        return list(meant)
    return meant


def answer_json(exercise: Exercise, answer: object) -> object:
    """What to store for an answer: what the kind understood, as JSON (docs/format-hasil.md).

    Example:
        >>> from helpers.exercises.bank import get_exercise
        >>> exercise = get_exercise("kontinum-3")
        >>> answer_json(exercise, "a"), answer_json(exercise, " "), answer_json(exercise, "Z")
        ('Koordinasi', None, 'Z')
    """
    if is_blank(answer):
        return None
    meant = exercise.parse(answer)
    if isinstance(meant, Verdict):
        return str(answer)[:MAX_INVALID_TEXT]
    if isinstance(meant, set | frozenset) and hasattr(exercise, "pilihan"):
        return [option for option in exercise.pilihan if option in meant]
    value = _json_value(meant)
    json.dumps(value)  # raise here, not half-way through a write, if a kind returns odd types
    return value


def judge(exercise_id: str, jawaban: object, bank: Bank | None = None) -> Verdict:
    """Recompute the verdict of a stored answer against the bank (KeyError for an unknown id).

    Example:
        >>> judge("kontinum-3", "Koordinasi").status, judge("kontinum-3", None).status
        ('benar', 'belum_dijawab')
    """
    return (bank or default_bank()).get(exercise_id).check(jawaban)
