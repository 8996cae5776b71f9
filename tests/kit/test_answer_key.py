"""The facilitator's answer key: generated from the bank, committed, and kept up to date."""

from __future__ import annotations

import re
from pathlib import Path

from helpers.exercises.bank import load_bank
from kit.answer_key import KEY_PATH, build_answer_key, main

ROOT = Path(__file__).resolve().parents[2]
KEY = ROOT / KEY_PATH


def test_committed_answer_key_is_up_to_date():
    assert KEY.is_file(), "facilitator/kunci-jawaban.md is missing: run `make answer-key`"
    assert KEY.read_text(encoding="utf-8") == build_answer_key(), (
        "facilitator/kunci-jawaban.md is out of date: run `make answer-key` and commit it"
    )


def test_key_lists_every_exercise_under_its_notebook():
    key = build_answer_key()
    for chapter in load_bank().notebooks.values():
        heading = key.index(f"(`{chapter.notebook}`)\n")
        for exercise in chapter.exercises:
            assert key.index(f"### {exercise.id} ·") > heading
            assert f"**Indikator {exercise.indikator}:**" in key


def test_key_shows_answers_mistakes_hints_and_prompts():
    key = build_answer_key()
    entry = key[key.index("### kontinum-3 ·") :]
    entry = entry[: entry.index("### ", 4)]
    assert "**Jawaban:**\n\n- A. Koordinasi" in entry
    assert "*Integrasi*:" in entry
    assert "**Petunjuk (berjenjang):**\n\n1. " in entry
    reflection = key[key.index("### pelayanan-7 ·") :]
    assert "**Pertanyaan diskusi untuk fasilitator:**" in reflection


def test_derived_answer_is_labelled_and_computed_from_the_source_figures():
    share = f"{100 * 8311 / 12471:.1f}".replace(".", ",")  # Bab III.A: 8.311 of 12.471
    line = next(x for x in build_answer_key().splitlines() if x.startswith(f"- {share}%"))
    assert "(angka turunan)" in line
    assert "8.311 ÷ 12.471 × 100" in line


def test_cli_writes_and_checks(tmp_path, capsys):
    target = tmp_path / "kunci.md"
    assert main(["--keluaran", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == build_answer_key()
    assert main(["--periksa", "--keluaran", str(target)]) == 0
    target.write_text("lama\n", encoding="utf-8")
    assert main(["--periksa", "--keluaran", str(target)]) == 1
    assert "make answer-key" in capsys.readouterr().err


def test_cli_creates_the_folder(tmp_path):
    target = tmp_path / "fasilitator" / "kunci.md"
    assert main(["--keluaran", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("# Kunci jawaban fasilitator")


def test_key_names_the_bank_folder():
    assert "`src/helpers/content/latihan/*.yaml`" in build_answer_key()
    assert (
        ROOT / "src" / "helpers" / "content" / "latihan" / "04_kondisi_pelayanan_publik.yaml"
    ).is_file()


def test_makefile_runs_the_answer_key_from_the_kit():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    target = re.search(r"^answer-key:.*\n\t(.+)$", makefile, flags=re.MULTILINE)
    assert target
    assert "install" in target.group(0).splitlines()[0]
    assert target.group(1) == "$(BIN)/python -m kit.answer_key"
    facilitator = re.search(r"^facilitator:.*\n\t(.+)$", makefile, flags=re.MULTILINE)
    assert facilitator and facilitator.group(1) == "$(BIN)/python -m kit.answer_key"
