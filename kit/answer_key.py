"""The facilitator's answer key, generated from the exercise bank (never written by hand).

Run ``make answer-key`` or ``python -m kit.answer_key`` to rewrite
``facilitator/kunci-jawaban.md``; ``--periksa`` only checks that the file is up to date.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

from helpers.core.manifest import course
from helpers.core.text import DERIVED_LABEL
from helpers.exercises.bank import Bank, NotebookExercises, default_bank
from helpers.exercises.kinds import Exercise
from kit import ROOT, write_or_check

KEY_PATH = Path("facilitator") / "kunci-jawaban.md"
COMMAND = "make answer-key"

HEADER = f"""# Kunci jawaban fasilitator: Whole of Government (Latsar CPNS)

> Berkas ini dibuat otomatis dari bank latihan (`src/helpers/content/latihan/*.yaml`) dengan
> perintah `{COMMAND}`. Jangan menyuntingnya langsung: ubah bank latihannya, lalu buat
> ulang berkas ini.

Semua isi latihan bersumber dari bahan ajar *Whole of Government* (Ramadhan, 2019) dan daftar
angka kursus. Angka berlabel "{DERIVED_LABEL}" tidak dikutip dari sumber, tetapi dihitung dari
data kursus (`data/`) atau dengan rumus aritmetika setiap kali berkas ini dibuat.

Peserta dapat membuka solusi hanya setelah mencoba menjawab minimal satu kali. Setiap jawaban,
termasuk refleksi, tersimpan di berkas kerja peserta (`hasil/hasil-<nama>.json`, lihat
`docs/format-hasil.md`); pertanyaan diskusi refleksi tercantum di bawah. Soal tes awal dan tes
akhir ada di bagian terakhir: soal itu terkunci bagi peserta sampai tesnya dikirim.
"""


def _numbered(lines: Iterable[str]) -> list[str]:
    return [f"{i}. {line}" for i, line in enumerate(lines, start=1)]


def _bullets(lines: Iterable[str]) -> list[str]:
    return [f"- {line}" for line in lines]


def _section(title: str, lines: list[str]) -> list[str]:
    return [f"**{title}**", "", *lines, ""] if lines else []


def _question_parts(ex: Exercise) -> list[str]:
    lines: list[str] = []
    for title, part in ex.key_parts():
        lines += _section(title, _bullets(part)) if title else [*part, ""]
    return lines


def exercise_markdown(ex: Exercise) -> list[str]:
    """The answer-key entry for one exercise, as Markdown lines.

    Example:
        >>> exercise_markdown(default_bank().get("kontinum-3"))[0]
        '### kontinum-3 · Pilihan ganda (satu jawaban)'
    """
    return [
        f"### {ex.id} · {ex.label}",
        "",
        f"- **Indikator {ex.indikator}:** {course().indicators[ex.indikator]}",
        f"- **Sumber:** {ex.sumber}",
        "",
        f"**Pertanyaan.** {ex.pertanyaan}",
        "",
        *_question_parts(ex),
        *_section("Jawaban:", _bullets(ex.answer_lines())),
        f"**Penjelasan.** {ex.penjelasan}",
        "",
        *_section(
            "Jawaban keliru yang umum dan sebabnya:",
            _bullets(f"*{wrong}*: {why}" for wrong, why in ex.mistakes()),
        ),
        *_section("Petunjuk (berjenjang):", _numbered(ex.petunjuk)),
        *_section("Pertanyaan diskusi untuk fasilitator:", _numbered(ex.discussion)),
    ]


def _overview(bank: Bank) -> list[str]:
    rows = [f"| {ex.notebook} | {ex.id} | {ex.indikator} | {ex.label} |" for ex in bank.exercises()]
    return ["| Notebook | Latihan | Indikator | Jenis |", "| --- | --- | --- | --- |", *rows]


def _chapter(chapter: NotebookExercises) -> list[str]:
    lines = [
        f"## {chapter.judul} (`{chapter.notebook}`)",
        "",
        f"Notebook: `notebooks/{chapter.notebook}.ipynb`",
        "",
    ]
    for ex in chapter.exercises:
        lines += exercise_markdown(ex)
    return lines


FORM_PLACES = {"tes_awal": "00_mulai", "tes_akhir": "08_evaluasi"}


def _form(form: NotebookExercises) -> list[str]:
    lines = [
        f"## {form.judul} (`{form.notebook}`)",
        "",
        f"Dikerjakan di `notebooks/{FORM_PLACES.get(form.notebook, form.notebook)}.ipynb`, dalam "
        "mode tes terkunci: tanpa petunjuk, umpan balik, atau solusi sampai seluruh tes dikirim; "
        "kiriman pertama yang dihitung.",
        "",
    ]
    for ex in form.exercises:
        lines += exercise_markdown(ex)
    return lines


def build_answer_key(bank: Bank | None = None) -> str:
    """The whole answer key as Markdown, grouped by notebook.

    Example:
        >>> build_answer_key().startswith("# Kunci jawaban fasilitator")
        True
    """
    bank = bank or default_bank()
    lines = [HEADER, "## Indikator hasil belajar (Bab I.D)", ""]
    lines += _numbered(course().indicators.values())
    lines += ["", "## Daftar latihan", "", *_overview(bank), ""]
    for chapter in bank.notebooks.values():
        lines += _chapter(chapter)
    for form in bank.forms.values():
        lines += _form(form)
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    """The command line: write the answer key, or with ``--periksa`` only check it (exit code).

    Example:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as folder:  # doctest: +ELLIPSIS
        ...     target = str(Path(folder) / "kunci.md")
        ...     main(["--keluaran", target]), main(["--keluaran", target, "--periksa"])
        Ditulis: ...kunci.md
        ...kunci.md mutakhir.
        (0, 0)
    """
    parser = argparse.ArgumentParser(
        description="Buat kunci jawaban fasilitator dari bank latihan."
    )
    parser.add_argument("--keluaran", help="berkas tujuan (bawaan: facilitator/kunci-jawaban.md)")
    parser.add_argument(
        "--periksa", action="store_true", help="hanya periksa bahwa berkasnya mutakhir"
    )
    args = parser.parse_args(argv)
    target = Path(args.keluaran) if args.keluaran else ROOT / KEY_PATH
    return write_or_check(target, build_answer_key(), COMMAND, args.periksa)


if __name__ == "__main__":
    sys.exit(main())
