"""Session plans (content/sesi.yaml, kit.sessions) against the notebooks and the manifest."""

from __future__ import annotations

import copy
import re

import pytest

from helpers.core.content import ContentError, Fields, chapter_content, read_content
from kit import guide, sessions
from kit import structure as st

JP_MINUTES = 45  # one JP (jam pelajaran) of Latsar CPNS is 45 minutes
NOTEBOOKS = st.read_course()
BY_STEM = {nb.stem: nb for nb in NOTEBOOKS}


def _plans_with(change) -> sessions.Plans:
    raw = copy.deepcopy(dict(read_content(sessions.PLANS_FILE)))
    change(raw)
    return sessions.read_plans(Fields(raw, "sesi.yaml (uji)"))


def test_the_plans_match_the_notebooks_and_the_manifest():
    assert sessions.check_plans(sessions.read_plans(), NOTEBOOKS) == []


def test_blocks_of_two_three_and_four_jp_fill_every_jp():
    plans = sessions.read_plans()
    assert plans.jp_minutes == JP_MINUTES
    assert sorted(b.jp for b in plans.blocks) == [2, 3, 4]
    for block in plans.blocks:
        assert len(block.hours) == block.jp
        assert [sum(s.minutes for s in hour) for hour in block.hours] == [JP_MINUTES] * block.jp
        assert block.hours[0][0].kind == sessions.OPENING
        assert block.hours[-1][-1].kind == sessions.CLOSING


def test_no_block_gives_a_notebook_more_than_its_manifest_time():
    for block in sessions.read_plans().blocks:
        for stem, minutes in sessions.class_minutes(block).items():
            chapter = BY_STEM[stem].chapter
            assert minutes <= chapter.minutes + chapter.discussion_minutes, (block.jp, stem)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda raw: raw["blok"][0]["jam"][0][1].update(menit=10), "JP 1: 40 menit, bukan 45"),
        (lambda raw: raw["blok"][0]["jam"][0][1].update(bagian=[9]), "tidak punya bagian 9"),
        (
            lambda raw: raw["blok"][0]["jam"][0][1].update(notebook="99_tidak_ada"),
            "notebook '99_tidak_ada' tidak ada",
        ),
        (
            lambda raw: raw["jawaban_diskusi"]["03_kontinum_kelembagaan"].pop(4),
            "1 pertanyaan Diskusi, 0 jawaban",
        ),
        (lambda raw: raw["blok"][1]["jam"].pop(), "berisi 2 JP, bukan 3"),
    ],
)
def test_the_check_reports_each_problem(change, problem):
    problems = sessions.check_plans(_plans_with(change), NOTEBOOKS)
    assert any(problem in p for p in problems), problems


def test_the_check_reports_a_notebook_given_more_than_its_manifest_time():
    nb = BY_STEM["02_konsep_wog"]
    allowed = nb.chapter.minutes + nb.chapter.discussion_minutes
    four = next(b for b in sessions.read_plans().blocks if b.jp == 4)
    extra = allowed - sessions.class_minutes(four)["02_konsep_wog"] + 5
    segment = {"notebook": "02_konsep_wog", "bagian": [3], "menit": extra}
    plans = _plans_with(lambda raw: raw["blok"][2]["jam"][1].append(segment))
    expected = f"Blok 4 JP: 02_konsep_wog mendapat {allowed + 5} menit, peta kursus {allowed}."
    assert expected in sessions.check_plans(plans, NOTEBOOKS)


def test_a_malformed_plan_is_named_by_file_and_key():
    with pytest.raises(ContentError, match=r"sesi.yaml \(uji\), blok ke-1, JP 1 segmen 2"):
        _plans_with(lambda raw: raw["blok"][0]["jam"][0][1].update(bagian="satu"))


def test_the_guide_refuses_plans_that_do_not_fit():
    plans = _plans_with(lambda raw: raw["blok"][0]["jam"][0][1].update(menit=10))
    with pytest.raises(ContentError, match="Blok 2 JP, JP 1: 40 menit"):
        sessions.sessions_part(NOTEBOOKS, plans)


def test_the_guide_has_a_timetable_per_jp_for_each_block():
    text = guide.build_guide()
    for jp in (2, 3, 4):
        part = text.split(f"### Blok {jp} JP ({jp * JP_MINUTES} menit)", 1)[1].split("### ", 1)[0]
        assert [f"**JP {i}**" in part for i in range(1, jp + 1)] == [True] * jp
        assert "| Menit | Segmen | Metode | Di layar |" in part
        assert "| 0–5 | **Pembuka.**" in part
        assert "**Belajar mandiri sesudah blok ini**" in part
        # Optional material is never class time: the glossary and own data are self-study.
        mandiri = part.split("**Belajar mandiri sesudah blok ini**", 1)[1]
        for stem in ("07_referensi_dan_glosarium", "09_analisis_lanjutan"):
            assert re.search(rf"\[`{stem}`\]\([^)]*\): seluruhnya", mandiri), (jp, stem)


def test_the_three_jp_block_projects_the_two_live_widgets():
    text = guide.build_guide()
    part = text.split("### Blok 3 JP", 1)[1].split("### Blok 4 JP", 1)[0]
    assert "`RegulationExplorer(" in part and "`SpanOfControlSimulator(" in part
    assert "kendali langsung" in part and "kerja kelompok" in part and "diskusi" in part


def test_every_discussion_question_has_an_expected_answer_in_the_guide():
    text = guide.build_guide()
    asked = 0
    for nb in NOTEBOOKS:
        for section in nb.sections:
            for prompt in (p for p in section.prompts if p.kind == "Diskusi"):
                asked += 1
                quoted = f"**{nb.stem}, {section.title}.** {prompt.text}\n\n"
                assert quoted + "> *Jawaban yang diharapkan:* " in text, (nb.stem, section.title)
    assert asked >= 10


def test_key_messages_are_the_notebooks_own_summary():
    nb = BY_STEM["05_praktik_dan_tantangan"]
    summary = next(s for s in nb.sections if s.title == "Rangkuman")
    source = "\n".join(c.source for c in summary.cells)
    messages = sessions.key_messages(nb)
    assert len(messages) >= 3 and all(m in source for m in messages)


def test_methods_are_read_from_roles_and_prompts():
    exercise = st.Cell(0, "code", 'latihan("x").tampilkan()', st.EXERCISE)
    group = st.Cell(1, "markdown", "> **Untuk fasilitator:** minta setiap kelompok memilih.")
    assert sessions.methods([st.Section("1. A", [exercise, group])]) == [
        "presentasi",
        "latihan individu",
        "kerja kelompok",
    ]


def test_the_case_study_uses_only_the_practice_facts_of_notebook_06():
    """Agencies and milestones are those of 06's sourced practice table, word for word."""
    practice = chapter_content("06_pola_pelayanan").get("praktik", dict)
    table = Fields(practice, "06_pola_pelayanan.yaml, praktik").records("baris")
    rows = {r.text("nama").split(" (")[0]: r for r in table}
    case = sessions.read_plans().case
    practices = case.records("praktik")
    assert [p.text("nama").split(" (")[0] for p in practices] == [
        "SAMSAT",
        "PTSP",
        "Mal Pelayanan Publik",
        "OSS",
    ]
    for practice in practices:
        row = rows[practice.text("nama").split(" (")[0]]
        assert practice.text("instansi") == " ".join(row.text("yang_terlibat").split())
        numbers = re.findall(r"\d[\d.]*", practice.text("fakta"))
        assert numbers and all(n.rstrip(".") in row.text("tonggak") for n in numbers)
    # The patterns as Bab III.D names them.
    patterns = [p.text("pola") for p in practices]
    assert patterns == ["Satu atap", "Satu pintu", "Satu atap", "Elektronik"]
    for key in ("masalah", "hasil", "laporan", "jawaban"):
        assert case.text(key)
    assert len(case.texts("pertanyaan")) == 5 and len(case.texts("peran")) == 4


def test_the_full_course_plan_uses_the_manifest_times():
    lines = sessions.full_course_lines(NOTEBOOKS, JP_MINUTES)
    in_class = [nb for nb in NOTEBOOKS if nb.chapter.kind in sessions.IN_CLASS_KINDS]
    total = sum(nb.chapter.minutes + nb.chapter.discussion_minutes for nb in in_class)
    assert lines[0] == f"### Kursus penuh: {total} menit di kelas, {-(-total // JP_MINUTES)} JP"
    jp_lines = [line for line in lines if re.match(r"\d+\. JP \d+:", line)]
    minutes = [int(m) for line in jp_lines for m in re.findall(r"(\d+) menit", line)]
    assert sum(minutes) == total
    assert all(sum(map(int, re.findall(r"(\d+) menit", line))) <= JP_MINUTES for line in jp_lines)
