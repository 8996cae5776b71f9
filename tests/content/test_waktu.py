"""Times that add up: each chapter's estimate in content/course.yaml is the count of its own
content at the rates the manifest states (`tarif_menit`, explained in `dasar_menit`), within one
rounding step (a sentence added elsewhere need not move a boundary), and a notebook with another
basis says so in its own `dasar_menit`."""

from __future__ import annotations

import math

import pytest

from helpers.core.content import read_content
from helpers.core.manifest import course
from helpers.exercises.bank import load_bank
from kit import structure as st

RAW = read_content("course")
RATES = RAW["tarif_menit"]
BANK = load_bank()
OWN_BASIS = {c["stem"] for c in RAW["notebook"] if "dasar_menit" in c}
COUNTED = [c for c in course().chapters if c.stem not in OWN_BASIS and c.stem in BANK.notebooks]


def locked_test_items(code: str) -> int:
    """Items of the locked test forms a code cell shows (``tes_awal()``, ``tes_akhir()``)."""
    forms = {"tes_awal()": "pretest", "tes_akhir()": "posttest"}
    return sum(len(BANK.form(key).exercises) for call, key in forms.items() if call in code)


def round_up(minutes: float) -> int:
    step = RATES["pembulatan"]
    return int(math.ceil(minutes / step - 1e-9) * step)


def counted_minutes(stem: str) -> tuple[int, int]:
    """(learning minutes, discussion minutes) counted from the notebook at the stated rates."""
    notebook = st.read_structure(st.NOTEBOOK_DIR / f"{stem}.ipynb")
    own = discussion = 0.0
    for s in notebook.sections:
        kinds = [BANK.get(i).jenis for i in s.exercises]
        own += (
            s.words / RATES["kata_per_menit"]
            + RATES["sel"] * s.count(st.CODE)
            + RATES["grafik"] * s.count(st.CHART)
            + RATES["kendali"] * s.count(st.WIDGET)
            + RATES["latihan"] * sum(k != "refleksi" for k in kinds)
            + RATES["refleksi"] * sum(k == "refleksi" for k in kinds)
        )
        code = [c.source for c in s.cells if c.kind == "code"]
        own += RATES["soal_tes"] * sum(locked_test_items(source) for source in code)
        discussion += RATES["diskusi"] * sum(p.kind == "Diskusi" for p in s.prompts)
        discussion += RATES["untuk_fasilitator"] * sum(
            p.kind == "Untuk fasilitator" for p in s.prompts
        )
    return round_up(own), round_up(discussion)


def test_rounding_goes_up_to_the_step():
    assert [round_up(x) for x in (0, 0.5, 5, 21.3, 45.6)] == [0, 5, 5, 25, 50]


def test_the_manifest_explains_its_times():
    assert "kata per menit" in RAW["dasar_menit"]
    wanted = {"kata_per_menit", "latihan", "soal_tes", "refleksi", "diskusi", "pembulatan"}
    assert set(RATES) >= wanted


def test_most_chapters_are_counted_not_set_by_hand():
    assert len(COUNTED) >= 8


@pytest.mark.parametrize("chapter", COUNTED, ids=lambda c: c.stem)
def test_estimate_is_the_count_of_the_notebook(chapter):
    own, discussion = counted_minutes(chapter.stem)
    step = RATES["pembulatan"]
    stated = (chapter.minutes, chapter.discussion_minutes)
    assert all(abs(a - b) <= step for a, b in zip(stated, (own, discussion), strict=True)), (
        f"{chapter.stem}: course.yaml menulis {chapter.minutes} + {chapter.discussion_minutes} "
        f"menit, hitungan isinya {own} + {discussion} menit (tarif_menit). Perbarui course.yaml, "
        "baris Perkiraan waktu notebook, peta 00_mulai, dan tabel README."
    )
