"""A notebook's progress: attempts per exercise, a table, and the one download with everything.

Progress is counted from the kernel's states (``helpers.exercises.widgets``), which are restored
from the trainee's work file. The download is that whole file (identity, answers, reflections,
tests, action plan: docs/format-hasil.md); without a name given yet, only a summary of counts.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from helpers.core.safe_html import MUTED_STYLE, download_link, escape, table
from helpers.exercises.bank import Bank, default_bank
from helpers.exercises.model import STATUS_TITLES, ExerciseState
from helpers.exercises.store import active_session, identity_note
from helpers.exercises.widgets import INK_STYLE, Shown, exercise_states

HEAD = (
    "Latihan",
    "Indikator",
    "Jenis",
    "Percobaan",
    "Status terakhir",
    "Pernah benar",
    "Melihat solusi",
)


@dataclass(frozen=True)
class ProgressRow:
    """One exercise in a progress summary: attempts, last status, solved, solution seen."""

    id: str
    jenis: str
    indikator: int
    graded: bool
    attempts: int
    status: str | None
    solved: bool
    solution_seen: bool

    @property
    def cells(self) -> tuple[str, ...]:
        """The row as the progress table shows it."""
        solved = ("ya" if self.solved else "–") if self.graded else "(refleksi)"
        status = STATUS_TITLES[self.status] if self.status else "belum dicoba"
        seen = "ya" if self.solution_seen else "–"
        return (self.id, str(self.indikator), self.jenis, str(self.attempts), status, solved, seen)


@dataclass(frozen=True)
class ProgressSummary:
    """Attempted and correct counts for one notebook's exercises.

    Example:
        >>> print(progress_summary("00_mulai", {}))  # doctest: +ELLIPSIS
        Kemajuan: Mulai ...
        Dicoba 0 dari 3 latihan; benar 0 dari 2 latihan yang dinilai; refleksi ditulis: 0.
        - mulai-1 (indikator 1, pilihan_jamak): belum dicoba, 0 percobaan
        - mulai-2 (indikator 1, pilihan_ganda): belum dicoba, 0 percobaan
        - mulai-3 (indikator 1, refleksi): belum dicoba, 0 percobaan
    """

    notebook: str
    judul: str
    rows: tuple[ProgressRow, ...]

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def attempted(self) -> int:
        return sum(r.attempts > 0 for r in self.rows)

    @property
    def graded_total(self) -> int:
        return sum(r.graded for r in self.rows)

    @property
    def correct(self) -> int:
        return sum(r.solved and r.graded for r in self.rows)

    @property
    def reflections_written(self) -> int:
        return sum(r.attempts > 0 and not r.graded for r in self.rows)

    @property
    def counts(self) -> str:
        """The counts in one sentence."""
        return (
            f"Dicoba {self.attempted} dari {self.total} latihan; benar {self.correct} dari "
            f"{self.graded_total} latihan yang dinilai; refleksi ditulis: "
            f"{self.reflections_written}."
        )

    def __str__(self) -> str:
        rows = [
            f"- {r.id} (indikator {r.indikator}, {r.jenis}): {r.cells[4]}, {r.attempts} percobaan"
            for r in self.rows
        ]
        return "\n".join([f"Kemajuan: {self.judul}", self.counts, *rows])

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready record (no answers, no reflection text: only counts and statuses)."""
        return {
            "notebook": self.notebook,
            "judul": self.judul,
            "jumlah_latihan": self.total,
            "dicoba": self.attempted,
            "benar": self.correct,
            "dinilai": self.graded_total,
            "refleksi_ditulis": self.reflections_written,
            "latihan": [
                {
                    "id": r.id,
                    "jenis": r.jenis,
                    "indikator": r.indikator,
                    "percobaan": r.attempts,
                    "status_terakhir": r.status,
                    "pernah_benar": r.solved,
                    "melihat_solusi": r.solution_seen,
                }
                for r in self.rows
            ],
        }


def progress_summary(
    notebook: str, states: Mapping[str, ExerciseState], bank: Bank | None = None
) -> ProgressSummary:
    """Summarise a notebook's exercises from the trainee's states (missing = not attempted).

    Example:
        >>> from helpers.exercises.bank import get_exercise
        >>> state = ExerciseState(get_exercise("kontinum-3"))
        >>> _ = state.check("A")
        >>> summary = progress_summary("03_kontinum_kelembagaan", {"kontinum-3": state})
        >>> summary.attempted, summary.correct
        (1, 1)
    """
    chapter = (bank or default_bank()).notebook(notebook)
    rows = []
    for ex in chapter.exercises:
        state = states.get(ex.id) or ExerciseState(ex)
        rows.append(
            ProgressRow(
                id=ex.id,
                jenis=ex.jenis,
                indikator=ex.indikator,
                graded=ex.graded,
                attempts=state.attempts,
                status=state.last.status if state.last else None,
                solved=state.solved,
                solution_seen=state.solution_seen,
            )
        )
    return ProgressSummary(chapter.notebook, chapter.judul, tuple(rows))


def json_download(record: Mapping[str, Any], filename: str, label: str) -> str:
    """A link that downloads ``record`` as a JSON file (nothing is written to disk).

    Example:
        >>> json_download({"benar": 1}, "skor.json", "Unduh")[:38]
        '<a download="skor.json" href="data:app'
    """
    content = json.dumps(record, ensure_ascii=False, indent=2).encode("utf-8")
    return download_link(content, filename, label, mime="application/json")


def now() -> str:
    """The local time as written in a downloaded summary.

    Example:
        >>> len(now())
        19
    """
    return datetime.now().isoformat(timespec="seconds")


def work_download() -> str:
    """The one download with everything: the trainee's whole work file ("" before ``mulai``).

    Example:
        >>> from helpers.exercises.store import tutup
        >>> tutup()
        >>> work_download()
        ''
    """
    session = active_session()
    if session is None:
        return ""
    label = "⬇ Unduh berkas kerja Anda (semua jawaban, refleksi, tes, rencana aksi)"
    return json_download(session.record, session.path.name, label)


def progress_html(summary: ProgressSummary, created: str = "") -> str:
    """A table of attempts per exercise, the work-file download and where work is kept.

    Before a name is given, the download is a summary of counts (no answers).

    Example:
        >>> page = progress_html(progress_summary("01_pendahuluan", {}))
        >>> "Kemajuan: " in page, "kemajuan-01_pendahuluan.json" in page
        (True, True)
    """
    link = work_download()
    if not link:
        record = {**summary.as_dict(), "dibuat": created}
        label = "⬇ Unduh ringkasan kemajuan (JSON, tanpa jawaban)"
        link = json_download(record, f"kemajuan-{summary.notebook}.json", label)
    return (
        f"<div style='{INK_STYLE}'>"
        f"<strong>Kemajuan: {escape(summary.judul)}</strong><p>{escape(summary.counts)}</p>"
        f"{table(HEAD, (row.cells for row in summary.rows))}"
        f"<p>{link}</p><p style='{MUTED_STYLE}'><em>{escape(identity_note())} "
        "Jalankan ulang sel ini untuk memperbarui.</em></p></div>"
    )


def kemajuan(notebook: str) -> Shown:
    """This notebook's progress (attempted and correct) with a download link.

    In a notebook it shows as a table (:func:`progress_html`); ``print`` gives plain text.

    Example:
        >>> print(kemajuan("01_pendahuluan"))  # doctest: +ELLIPSIS
        Kemajuan: ...
        Dicoba ... dari 4 latihan; ...
    """
    summary = progress_summary(notebook, exercise_states())
    return Shown(summary, progress_html(summary, now()))
