"""The facilitator's answer key, generated from the exercise bank (never written by hand).

Run ``make answer-key`` or ``python -m helpers.answer_key`` to rewrite
``facilitator/kunci-jawaban.md``; ``--periksa`` only checks that the file is up to date.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from helpers.exercises import (
    DERIVED_LABEL,
    INDICATORS,
    Bank,
    Classify,
    Exercise,
    MultipleAnswer,
    MultipleChoice,
    NotebookExercises,
    Order,
    Reflection,
    default_bank,
)

KEY_PATH = Path("facilitator") / "kunci-jawaban.md"

HEADER = f"""# Kunci jawaban fasilitator: Whole of Government (Latsar CPNS)

> Berkas ini dibuat otomatis dari bank latihan (`src/helpers/exercise_bank/*.yaml`) dengan
> perintah `make answer-key`. Jangan menyuntingnya langsung: ubah bank latihannya, lalu buat
> ulang berkas ini.

Semua isi latihan bersumber dari bahan ajar *Whole of Government* (Ramadhan, 2019) dan daftar
angka kursus. Angka berlabel "{DERIVED_LABEL}" tidak dikutip dari sumber, tetapi dihitung dari
data kursus (`data/`) atau dengan rumus aritmetika setiap kali berkas ini dibuat.

Peserta dapat membuka solusi hanya setelah mencoba menjawab minimal satu kali. Jawaban refleksi
tidak disimpan di mana pun; pertanyaan diskusinya tercantum di bawah.
"""


def project_root() -> Path:
    """The project folder (where pyproject.toml is), found from the package or the working dir.

    Example:
        >>> (project_root() / "pyproject.toml").is_file()
        True
    """
    for root in [Path(__file__).resolve().parents[2], Path.cwd(), *Path.cwd().parents]:
        if (root / "pyproject.toml").is_file():
            return root
    return Path.cwd()


def _numbered(lines) -> list[str]:
    return [f"{i}. {line}" for i, line in enumerate(lines, start=1)]


def _bullets(lines) -> list[str]:
    return [f"- {line}" for line in lines]


def _section(title: str, lines: list[str]) -> list[str]:
    return [f"**{title}**", "", *lines, ""] if lines else []


def _question_parts(ex: Exercise) -> list[str]:
    if isinstance(ex, MultipleChoice | MultipleAnswer):
        return _section(
            "Pilihan:", _bullets(f"{chr(65 + i)}. {o}" for i, o in enumerate(ex.pilihan))
        )
    if isinstance(ex, Classify):
        return _section("Kelompok:", _bullets(ex.kategori)) + _section(
            "Butir (urutan tampilan):", _bullets(ex.butir)
        )
    if isinstance(ex, Order):
        scale = f"Posisi 1 = {ex.skala[0]}; posisi terakhir = {ex.skala[1]}."
        return _section("Butir (urutan tampilan):", _bullets(ex.butir)) + [scale, ""]
    return []


def exercise_markdown(ex: Exercise) -> list[str]:
    """The answer-key entry for one exercise, as Markdown lines.

    Example:
        >>> exercise_markdown(default_bank().get("kontinum-3"))[0]
        '### kontinum-3 · Pilihan ganda (satu jawaban)'
    """
    lines = [
        f"### {ex.id} · {ex.type_label}",
        "",
        f"- **Indikator {ex.indikator}:** {INDICATORS[ex.indikator]}",
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
    ]
    if isinstance(ex, Reflection):
        lines += _section("Pertanyaan diskusi untuk fasilitator:", _numbered(ex.pertanyaan_diskusi))
    return lines


def _overview(bank: Bank) -> list[str]:
    rows = [
        f"| {ex.notebook} | {ex.id} | {ex.indikator} | {ex.type_label} |" for ex in bank.exercises()
    ]
    return ["| Buku catatan | Latihan | Indikator | Jenis |", "| --- | --- | --- | --- |", *rows]


def _chapter(chapter: NotebookExercises) -> list[str]:
    lines = [
        f"## {chapter.judul} (`{chapter.notebook}`)",
        "",
        f"Buku catatan: `notebooks/{chapter.notebook}.ipynb`",
        "",
    ]
    for ex in chapter.exercises:
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
    lines += _numbered(INDICATORS.values()) + ["", "## Daftar latihan", "", *_overview(bank), ""]
    for chapter in bank.notebooks.values():
        lines += _chapter(chapter)
    return "\n".join(lines).rstrip() + "\n"


def write_answer_key(path: str | Path | None = None, bank: Bank | None = None) -> Path:
    """Write the answer key (default: facilitator/kunci-jawaban.md in the project).

    Example:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     written = write_answer_key(Path(folder) / "kunci.md")
        ...     written.name, written.read_text(encoding="utf-8") == build_answer_key()
        ('kunci.md', True)
    """
    target = Path(path) if path else project_root() / KEY_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(build_answer_key(bank), encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    """The command line: write the answer key, or with ``--periksa`` only check it (exit code).

    Example:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as folder:  # doctest: +ELLIPSIS
        ...     target = str(Path(folder) / "kunci.md")
        ...     main(["--keluaran", target]), main(["--keluaran", target, "--periksa"])
        Kunci jawaban ditulis ke ...kunci.md
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
    target = Path(args.keluaran) if args.keluaran else project_root() / KEY_PATH
    if args.periksa:
        current = target.read_text(encoding="utf-8") if target.is_file() else ""
        if current != build_answer_key():
            print(f"{target} belum mutakhir. Jalankan: make answer-key", file=sys.stderr)
            return 1
        print(f"{target} mutakhir.")
        return 0
    print(f"Kunci jawaban ditulis ke {write_answer_key(target)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
