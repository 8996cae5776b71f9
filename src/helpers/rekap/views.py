"""The class rekap as a facilitator reads it: tables, charts, the bad-file lines, the CSV.

:class:`ClassRekap` reads a folder once (:func:`helpers.rekap.folder.read_class`) and offers one
method per notebook cell. Every text from a file is shown escaped (tables are escaped by
``text_table``, lines by ``safe_html``), with hidden characters shown as '?'. The class table is
exported as CSV only: no spreadsheet library is among the course's dependencies, and a CSV opens
in Excel and LibreOffice alike.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
from IPython.display import HTML

from helpers.chapters.rencana_aksi import plan_fields
from helpers.core.safe_html import MUTED_STYLE, download_link, escape
from helpers.core.tables import TextTable, text_table
from helpers.core.text import format_number
from helpers.exercises.bank import TEST_FORMS, Bank, default_bank
from helpers.rekap.charts import exercise_chart, test_chart
from helpers.rekap.folder import ClassFiles, Trainee, read_class, visible_text
from helpers.rekap.scores import (
    TEST_NAMES,
    Judge,
    answer_text,
    class_test_scores,
    exercise_results,
    form_score,
    judged,
    last_text,
)

NOT_SENT = "—"
SPREADSHEET_START = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet would run these as formulas


def safe_table(frame: pd.DataFrame) -> TextTable:
    """``text_table`` (which escapes every cell) with hidden characters shown (text from files).

    Example:
        >>> "&lt;b&gt;" in safe_table(pd.DataFrame({"Nama": ["<b>"]})).to_html()
        True
    """
    shown = frame.map(lambda v: visible_text(v) if isinstance(v, str) else v)
    return text_table(shown)


def spreadsheet_safe(value: object) -> object:
    """A cell that a spreadsheet shows as text, never runs as a formula.

    Example:
        >>> spreadsheet_safe('=HYPERLINK("x")'), spreadsheet_safe("Ani"), spreadsheet_safe(3)
        ('\\'=HYPERLINK("x")', 'Ani', 3)
    """
    if isinstance(value, str) and value.startswith(SPREADSHEET_START):
        return "'" + value
    return value


def _percent(value: float | None) -> str:
    return NOT_SENT if value is None else f"{format_number(value, 0)}%"


class ClassRekap:
    """A folder of trainees' files, read once, recomputed against the bank.

    Example:
        >>> from helpers.rekap.fiktif import invented_class_dir
        >>> rekap = ClassRekap(invented_class_dir())
        >>> len(rekap.table()) == len(rekap.files.trainees), bool(rekap.files.problems)
        (True, True)
    """

    def __init__(self, folder: str | Path, bank: Bank | None = None):
        self.bank = bank or default_bank()
        self.judge = Judge(self.bank)
        self.files: ClassFiles = read_class(folder, self.bank)
        self.results = exercise_results(self.trainees, self.judge)

    @property
    def trainees(self) -> list[Trainee]:
        return self.files.trainees

    # --- who handed in what ---------------------------------------------------------------

    def summary(self) -> str:
        """One sentence: how many files were counted and how many need attention."""
        counted, lines = len(self.trainees), len(self.files.problems)
        return (
            f"{counted} berkas peserta dihitung dari folder '{self.files.folder.name}'; "
            f"{lines} catatan tentang berkas di bawah ini."
        )

    def problems(self) -> HTML:
        """The summary and one line per file that needs the facilitator's attention."""
        items = "".join(f"<li>{escape(line)}</li>" for line in self.files.problems)
        listed = f"<ul>{items}</ul>" if items else ""
        return HTML(f"<p style='{MUTED_STYLE}'>{escape(self.summary())}</p>{listed}")

    def _row(self, trainee: Trainee) -> dict[str, object]:
        graded = [r.exercise for r in self.results]
        tries = {ex.id: judged(trainee, ex, self.judge) for ex in graded}
        tried = [ex for ex in graded if tries[ex.id]]
        right = [ex for ex in tried if any(s == "benar" for _, s in tries[ex.id])]
        row: dict[str, object] = {
            "Peserta": trainee.name,
            "Kode kelas": trainee.class_code,
            "Berkas": trainee.file,
            "Latihan dicoba": f"{len(tried)} dari {len(graded)}",
            "Latihan benar": len(right),
            "Refleksi ditulis": len(self._reflections_of(trainee)),
        }
        for form in TEST_FORMS:
            score = form_score(trainee, form, self.judge)
            row[TEST_NAMES[form]] = _percent(score.percent if score else None)
            for indicator, (correct, items) in (score.by_indicator if score else {}).items():
                row[f"{TEST_NAMES[form]} indikator {indicator}"] = f"{correct}/{items}"
        filled = [f for f in plan_fields() if trainee.work.rencana_aksi.get(f.key, "").strip()]
        row["Rencana aksi"] = f"{len(filled)} dari {len(plan_fields())} isian"
        row["Terakhir diperbarui"] = trainee.work.record["diperbarui"]
        return row

    @cached_property
    def _table(self) -> pd.DataFrame:
        rows = [self._row(t) for t in self.trainees]
        return pd.DataFrame(rows).fillna(NOT_SENT) if rows else pd.DataFrame({"Peserta": []})

    def table(self) -> pd.DataFrame:
        """The class table: one row per trainee counted (the CSV export has the same columns)."""
        return self._table.copy()

    def handed_in(self) -> TextTable:
        """Who handed in what, as a table to read in the notebook."""
        return safe_table(self.table())

    # --- charts -----------------------------------------------------------------------------

    def test_chart(self) -> go.Figure:
        """Pre-test vs post-test per indicator for the class."""
        return test_chart(class_test_scores(self.trainees, self.judge))

    def exercise_chart(self) -> go.Figure:
        """The correct rate per exercise (right at the first attempt)."""
        return exercise_chart(self.results)

    # --- what to read -------------------------------------------------------------------------

    def wrong_answers(self, top: int = 3) -> TextTable:
        """The most common wrong answers per exercise (each trainee counted once per answer)."""
        rows = [
            {
                "Latihan": r.exercise.id,
                "Pertanyaan": r.exercise.pertanyaan,
                "Jawaban yang belum tepat": answer,
                "Peserta": count,
            }
            for r in self.results
            for answer, count in r.wrong.most_common(top)
        ]
        columns = ["Latihan", "Pertanyaan", "Jawaban yang belum tepat", "Peserta"]
        return safe_table(pd.DataFrame(rows, columns=columns))

    def _reflections_of(self, trainee: Trainee) -> list[tuple[str, str]]:
        found = [(ex, last_text(trainee, ex)) for ex in self.bank.exercises() if not ex.graded]
        return [(ex.id, text) for ex, text in found if text]

    def reflections(self) -> TextTable:
        """Every trainee's last written reflection per question, to read."""
        rows = [
            {"Peserta": t.name, "Latihan": ex_id, "Refleksi": answer_text(text)}
            for t in self.trainees
            for ex_id, text in self._reflections_of(t)
        ]
        return safe_table(pd.DataFrame(rows, columns=["Peserta", "Latihan", "Refleksi"]))

    def action_plans(self) -> TextTable:
        """Every trainee's Rencana Aksi, one row each, one column per field."""
        fields = plan_fields()
        rows = [
            {"Peserta": t.name, **{f.label: t.work.rencana_aksi.get(f.key, "") for f in fields}}
            for t in self.trainees
            if t.work.rencana_aksi
        ]
        return safe_table(pd.DataFrame(rows, columns=["Peserta", *(f.label for f in fields)]))

    # --- export -------------------------------------------------------------------------------

    def csv(self, excel_indonesia: bool = False) -> bytes:
        """The class table as CSV (UTF-8 with BOM; ';' for Excel in an Indonesian locale)."""
        return class_csv(self.table(), excel_indonesia)

    def download(self, excel_indonesia: bool = False) -> HTML:
        """A link that downloads the class table as CSV (nothing is written to disk)."""
        name = "rekap-kelas-excel.csv" if excel_indonesia else "rekap-kelas.csv"
        label = "Unduh tabel kelas (CSV" + (", untuk Excel Indonesia)" if excel_indonesia else ")")
        return HTML(download_link(self.csv(excel_indonesia), name, label))


def class_csv(table: pd.DataFrame, excel_indonesia: bool = False) -> bytes:
    """A table as CSV bytes a spreadsheet opens safely (no cell runs as a formula).

    Example:
        >>> class_csv(pd.DataFrame({"Nama": ["=1+1"]})).decode("utf-8-sig")
        "Nama\\n'=1+1\\n"
    """
    out = io.StringIO()
    table.map(spreadsheet_safe).to_csv(out, index=False, sep=";" if excel_indonesia else ",")
    return out.getvalue().encode("utf-8-sig")


def problem_lines(folder: str | Path) -> Sequence[str]:
    """Only the bad-file lines of a folder, e.g. to check a folder before class.

    Example:
        >>> problem_lines("/tidak/ada")
        ["Folder '/tidak/ada' tidak ada; periksa lagi alamatnya."]
    """
    return read_class(folder).problems
