"""The trainee's session: who they are, their work file, and every check written to it at once.

``mulai("Siti Nurhaliza", "LATSAR-B")`` on the start page opens (or creates) the file
``hasil/hasil-siti-nurhaliza.json`` and records it as the active one (``hasil/.aktif``), so every
other notebook's kernel finds it again by itself. From then on each check of an exercise, each
opened solution, each test submission and each action-plan save is written at once
(``helpers.exercises.workfile`` writes atomically). A broken or foreign file is reported in Bahasa
Indonesia and set aside (renamed, never overwritten); a new file is started beside it.

Example:
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     print(mulai("Budi Santoso", folder=folder))  # doctest: +ELLIPSIS
    ...     session = active_session()
    ...     tutup()
    Selamat datang, Budi Santoso. Berkas kerja Anda: .../hasil-budi-santoso.json (baru dibuat).
    ...
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from IPython import get_ipython

from helpers.core.safe_html import MUTED_STYLE, escape
from helpers.exercises.kinds import Exercise
from helpers.exercises.model import Verdict
from helpers.exercises.workfile import (
    WorkFileError,
    answer_json,
    bank_version,
    course_version,
    hasil_dir,
    new_record,
    now,
    read_workfile,
    set_aside,
    workfile_path,
    write_workfile,
)

ACTIVE_MARK = ".aktif"
PLAN_TIME = "diperbarui"
SAVED_NOTE = (
    "Setiap jawaban, refleksi, dan tes Anda tersimpan otomatis di berkas ini. Di Binder, berkas "
    "hilang ketika sesi berakhir: unduh berkasnya dari sel Kemajuan di akhir setiap notebook dan "
    "serahkan kepada fasilitator."
)


@dataclass
class Session:
    """One trainee's open work file: the record in memory, written back after every change."""

    path: Path
    record: dict[str, Any]
    notes: list[str] = field(default_factory=list)

    @property
    def nama(self) -> str:
        return self.record["peserta"]["nama"]

    def refresh(self) -> None:
        """Read the file again before a change: another notebook's kernel may have written it.

        A file that became unreadable is set aside (never overwritten); a missing one is written
        again from what this kernel holds.
        """
        try:
            self.record = read_workfile(self.path).record
        except WorkFileError:
            if self.path.exists():
                set_aside(self.path)

    def save(self) -> None:
        """Write the record (atomically), with this course's and bank's versions."""
        self.record["diperbarui"] = now()
        self.record["versi_kursus"] = course_version()
        self.record["versi_bank"] = bank_version()
        write_workfile(self.path, self.record)

    def entry(self, exercise: Exercise) -> dict[str, Any]:
        """The file's entry for this exercise (created empty when missing)."""
        blank = {"notebook": exercise.notebook, "percobaan": [], "melihat_solusi": False}
        return self.record["latihan"].setdefault(exercise.id, blank)

    def record_check(self, exercise: Exercise, answer: object, result: Verdict) -> None:
        """Append one check (answer in its normal form, the verdict shown, the time) and save."""
        attempt = {"jawaban": answer_json(exercise, answer), "status": result.status}
        self.refresh()
        self.entry(exercise)["percobaan"].append({**attempt, "waktu": now()})
        self.save()

    def record_solution(self, exercise: Exercise) -> None:
        """Remember that the solution was opened, and save."""
        self.refresh()
        entry = self.entry(exercise)
        if not entry["melihat_solusi"]:
            entry["melihat_solusi"] = True
            self.save()

    def submitted(self, form: str) -> dict[str, Any] | None:
        """The first submission of a test form ("pretest"/"posttest"), or None."""
        return self.record["tes"].get(form)

    def submit_test(self, form: str, answers: Mapping[str, object]) -> bool:
        """Keep the first submission of a form; False (nothing changed) if one exists."""
        self.refresh()
        if self.submitted(form):
            return False
        self.record["tes"][form] = {"dikirim": now(), "jawaban": dict(answers)}
        self.save()
        return True

    def save_action_plan(self, fields: Mapping[str, str]) -> None:
        """Store the capstone's fields (text each) with the time, and save."""
        plan = {str(k): str(v) for k, v in fields.items() if k != PLAN_TIME}
        self.refresh()
        self.record["rencana_aksi"] = {**plan, PLAN_TIME: now()}
        self.save()


_SESSION: list[Session] = []  # zero or one session for this kernel


def _open(path: Path, nama: str, kode_kelas: str) -> Session:
    """Open the file at ``path``; set a broken one aside and start again beside it."""
    notes = []
    if path.exists():
        try:
            return Session(path, read_workfile(path).record)
        except WorkFileError as error:
            moved = set_aside(path)
            notes.append(f"{error} Berkas itu disimpan sebagai '{moved.name}'; berkas baru dibuat.")
    session = Session(path, new_record(nama, kode_kelas), notes)
    session.save()
    return session


def _mark_active(path: Path) -> None:
    (path.parent / ACTIVE_MARK).write_text(path.name + "\n", encoding="utf-8")


@dataclass(frozen=True)
class Started:
    """What :func:`mulai` reports: plain text for ``print``, HTML in a notebook."""

    lines: tuple[str, ...]

    def __str__(self) -> str:
        return "\n".join(self.lines)

    def _repr_html_(self) -> str:
        first, *rest = self.lines
        others = "".join(f"<p style='{MUTED_STYLE}'>{escape(line)}</p>" for line in rest)
        return f"<div><p><strong>{escape(first)}</strong></p>{others}</div>"


def mulai(nama: str, kode_kelas: str = "", folder: str | Path | None = None) -> Started:
    """Give your name (and class code) once: opens or creates your work file and keeps it.

    Example:
        >>> print(mulai("  "))
        Tulis nama Anda di antara tanda kutip, mis. mulai("Siti Nurhaliza", "LATSAR-B").
    """
    if not isinstance(nama, str) or not nama.strip():
        return Started(('Tulis nama Anda di antara tanda kutip, mis. mulai("Siti Nurhaliza", '
                        '"LATSAR-B").',))  # fmt: skip
    path = workfile_path(nama, folder or hasil_dir())
    existed = path.exists()
    session = _open(path, nama, str(kode_kelas or ""))
    if kode_kelas and session.record["peserta"].get("kode_kelas") != kode_kelas.strip():
        session.record["peserta"]["kode_kelas"] = kode_kelas.strip()
        session.save()
    _mark_active(path)
    _SESSION[:] = [session]
    state = "dibuka kembali" if existed and not session.notes else "baru dibuat"
    return Started((f"Selamat datang, {session.nama}. Berkas kerja Anda: {path} ({state}).",
                    *session.notes, SAVED_NOTE))  # fmt: skip


def _find(folder: Path) -> Path | None:
    mark = folder / ACTIVE_MARK
    if mark.is_file():
        name = mark.read_text(encoding="utf-8").strip()
        if name.startswith("hasil-") and "/" not in name and (folder / name).is_file():
            return folder / name
    files = [p for p in folder.glob("hasil-*.json") if ".rusak-" not in p.name]
    return files[0] if len(files) == 1 else None


def in_notebook_kernel() -> bool:
    """True inside a Jupyter kernel (not in a plain Python, a test run or a doctest).

    Example:
        >>> in_notebook_kernel()
        False
    """
    shell = get_ipython()
    return shell is not None and type(shell).__name__ == "ZMQInteractiveShell"


def active_session() -> Session | None:
    """This kernel's session; if none yet, in a notebook kernel the active file in ``hasil/``
    is opened again (so a restarted kernel or another notebook keeps writing to it).

    A file that cannot be read is left alone here (``mulai`` reports and sets it aside). Outside
    a notebook kernel nothing is opened by itself, so tests never touch the real ``hasil/``.

    Example:
        >>> tutup()
        >>> active_session() is None or active_session().path.name.startswith("hasil-")
        True
    """
    if _SESSION or not in_notebook_kernel():
        return _SESSION[0] if _SESSION else None
    try:
        path = _find(hasil_dir())
        if path is not None:
            _SESSION[:] = [Session(path, read_workfile(path).record)]
    except (WorkFileError, OSError, ValueError):
        return None
    return _SESSION[0] if _SESSION else None


def tutup() -> None:
    """Forget this kernel's session (the file stays; as a kernel restart would).

    Example:
        >>> tutup()
        >>> _SESSION
        []
    """
    _SESSION.clear()


def identity_note() -> str:
    """One sentence on where work is kept, for the progress cell.

    Example:
        >>> tutup()
        >>> isinstance(identity_note(), str)
        True
    """
    session = active_session()
    if session is None:
        return (
            "Anda belum mengisi nama, jadi jawaban Anda belum tersimpan di berkas. Jalankan "
            'mulai("Nama Anda") di notebook 00_mulai.'
        )
    return f"Berkas kerja {session.nama}: {session.path}. {SAVED_NOTE}"
