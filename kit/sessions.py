"""Session plans for the facilitator guide: 2-, 3- and 4-JP blocks and the full course.

The blocks, the expected answers to the notebooks' "Diskusi" questions and the group case study
are written in ``src/helpers/content/sesi.yaml``; everything else is read from the notebooks
(methods from the cells' role tags and prompts, key messages from each *Rangkuman*) and from the
course manifest (each notebook's time). ``check_plans`` reports, in Bahasa Indonesia, a block
whose JP does not add up, a section that does not exist, a notebook given more class time than
the manifest gives it, and a discussion question without an expected answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from helpers.core.content import ContentError, Fields, chapter_content
from kit import structure as st
from kit.structure import CourseNotebook

PLANS_FILE = "sesi"
OPENING, CLOSING, NOTEBOOK, CASE = "pembuka", "penutup", "notebook", "studi_kasus"
IN_CLASS_KINDS = {"mulai", "bab", "evaluasi"}  # referensi and pilihan are self-study
GROUP_WORDS = re.compile(r"\b(kelompok|berpasangan)\b", re.I)
SECTION_NUMBER = re.compile(r"^(\d+)\.\s")


@dataclass(frozen=True)
class Segment:
    minutes: int
    kind: str  # OPENING, CLOSING, NOTEBOOK or CASE
    text: str = ""
    notebook: str = ""
    sections: tuple[int, ...] = ()


@dataclass(frozen=True)
class Block:
    jp: int
    title: str
    audience: str
    hours: tuple[tuple[Segment, ...], ...]

    @property
    def minutes(self) -> int:
        return sum(s.minutes for hour in self.hours for s in hour)


@dataclass(frozen=True)
class Plans:
    jp_minutes: int
    blocks: tuple[Block, ...]
    answers: dict[str, dict[str, tuple[str, ...]]]  # notebook -> section key -> answers
    case: Fields


def _segment(f: Fields) -> Segment:
    minutes = f.get("menit", int)
    for kind in (OPENING, CLOSING):
        if kind in f.raw:
            return Segment(minutes, kind, f.text(kind))
    if CASE in f.raw:
        return Segment(minutes, CASE)
    sections = f.get("bagian", list)
    if not sections or not all(isinstance(n, int) for n in sections):
        f.fail("'bagian' harus berupa daftar nomor bagian.")
    return Segment(minutes, NOTEBOOK, notebook=f.text("notebook"), sections=tuple(sections))


def _block(f: Fields) -> Block:
    hours = f.get("jam", list)
    if not hours or not all(isinstance(h, list) and h for h in hours):
        f.fail("'jam' harus berupa daftar JP, masing-masing daftar segmen.")
    read = tuple(
        tuple(_segment(Fields(s, f"{f.where}, JP {i} segmen {j}")) for j, s in enumerate(h, 1))
        for i, h in enumerate(hours, 1)
    )
    return Block(f.get("jp", int), f.text("judul"), f.text("untuk"), read)


def _answers(f: Fields) -> dict[str, dict[str, tuple[str, ...]]]:
    raw = f.get("jawaban_diskusi", dict)
    answers: dict[str, dict[str, tuple[str, ...]]] = {}
    for stem, sections in raw.items():
        per = Fields(sections, f"{f.where}, jawaban_diskusi {stem}")
        answers[stem] = {str(key): per.texts(key) for key in per.raw}
    return answers


def read_plans(fields: Fields | None = None) -> Plans:
    """The plans in ``content/sesi.yaml`` (or in ``fields``), with their shape checked.

    >>> sorted(block.jp for block in read_plans().blocks)
    [2, 3, 4]
    """
    f = fields or chapter_content(PLANS_FILE)
    blocks = tuple(_block(b) for b in f.records("blok"))
    case = Fields(f.get("studi_kasus", dict), f"{f.where}, studi_kasus")
    return Plans(f.get("jp_menit", int), blocks, _answers(f), case)


def section_key(section: st.Section) -> str:
    """How sesi.yaml names a section: its number ('3'), or its title when it has none.

    >>> section_key(st.Section("3. Jelajahi kontinum")), section_key(st.Section("Latihan"))
    ('3', 'Latihan')
    """
    match = SECTION_NUMBER.match(section.title)
    return match.group(1) if match else section.title


def sections_of(nb: CourseNotebook, numbers: tuple[int, ...]) -> list[st.Section]:
    wanted = {str(n) for n in numbers}
    return [s for s in nb.sections if section_key(s) in wanted]


def _discussions(section: st.Section) -> list[st.Prompt]:
    return [p for p in section.prompts if p.kind == "Diskusi"]


def check_plans(plans: Plans, notebooks: list[CourseNotebook]) -> list[str]:
    """Every problem of the plans against the notebooks and the manifest (empty: all good)."""
    by_stem = {nb.stem: nb for nb in notebooks}
    problems = []
    for block in plans.blocks:
        name = f"Blok {block.jp} JP"
        if len(block.hours) != block.jp:
            problems.append(f"{name}: berisi {len(block.hours)} JP, bukan {block.jp}.")
        for i, hour in enumerate(block.hours, 1):
            total = sum(s.minutes for s in hour)
            if total != plans.jp_minutes:
                problems.append(f"{name}, JP {i}: {total} menit, bukan {plans.jp_minutes}.")
        problems += _notebook_problems(name, block, by_stem)
    for nb in notebooks:
        for section in nb.sections:
            asked = len(_discussions(section))
            given = len(plans.answers.get(nb.stem, {}).get(section_key(section), ()))
            if asked != given:
                problems.append(
                    f"{nb.stem}, bagian '{section.title}': {asked} pertanyaan Diskusi, "
                    f"{given} jawaban di sesi.yaml."
                )
    return problems


def _notebook_problems(name: str, block: Block, by_stem: dict) -> list[str]:
    problems = []
    for stem, minutes in class_minutes(block).items():
        nb = by_stem.get(stem)
        if nb is None:
            problems.append(f"{name}: notebook '{stem}' tidak ada di peta kursus.")
            continue
        allowed = manifest_minutes(nb)
        if minutes > allowed:
            problems.append(f"{name}: {stem} mendapat {minutes} menit, peta kursus {allowed}.")
        used = {n for s in block_segments(block, stem) for n in s.sections}
        known = {section_key(s) for s in nb.sections}
        problems += [
            f"{name}: {stem} tidak punya bagian {n}." for n in sorted(used) if str(n) not in known
        ]
    return problems


def manifest_minutes(nb: CourseNotebook) -> int:
    """A notebook's time in the course manifest, its class discussion included."""
    return nb.chapter.minutes + nb.chapter.discussion_minutes


def block_segments(block: Block, stem: str) -> list[Segment]:
    return [s for hour in block.hours for s in hour if s.kind == NOTEBOOK and s.notebook == stem]


def class_minutes(block: Block) -> dict[str, int]:
    """Minutes of class time the block gives each notebook, in the order it first appears."""
    minutes: dict[str, int] = {}
    for hour in block.hours:
        for s in hour:
            if s.kind == NOTEBOOK:
                minutes[s.notebook] = minutes.get(s.notebook, 0) + s.minutes
    return minutes


def methods(sections: list[st.Section]) -> list[str]:
    """The teaching methods a segment uses, read from its cells' roles and its prompts.

    >>> methods([st.Section("1. Contoh", [st.Cell(0, "code", "x", st.WIDGET)])])
    ['presentasi', 'kendali langsung']
    """
    found = ["presentasi"]
    cells = [c for s in sections for c in s.cells]
    prompts = [p for s in sections for p in s.prompts]
    if any(c.role == st.WIDGET for c in cells):
        found.append("kendali langsung")
    if any(c.role == st.EXERCISE for c in cells):
        found.append("latihan individu")
    if any(p.kind == "Untuk fasilitator" and GROUP_WORDS.search(p.text) for p in prompts):
        found.append("kerja kelompok")
    if any(p.kind == "Diskusi" for p in prompts):
        found.append("diskusi")
    return found


def key_messages(nb: CourseNotebook) -> list[str]:
    """The bullet points of the notebook's *Rangkuman* (its own key messages)."""
    summary = next((s for s in nb.sections if s.title == "Rangkuman"), None)
    if summary is None:
        return []
    text = "\n".join(c.source for c in summary.cells if c.kind == "markdown")
    text = re.sub(r"^#+ .*$", "", text, flags=re.M)
    bullets = re.findall(r"^\s*[-*]\s+(.+)$", text, re.M)
    if bullets:
        return [b.strip() for b in bullets]
    paragraph = " ".join(line.strip() for line in text.splitlines() if line.strip())
    return [paragraph] if paragraph else []


def require_valid(plans: Plans, notebooks: list[CourseNotebook]) -> None:
    problems = check_plans(plans, notebooks)
    if problems:
        raise ContentError("Rencana sesi (sesi.yaml) tidak cocok:\n- " + "\n- ".join(problems))


# --- the guide's part ------------------------------------------------------------------------

INTRO = """Satu JP = {jp} menit. Setiap blok di bawah memberi jadwal per JP (pembuka, segmen,
penutup), metode setiap segmen, apa yang diproyeksikan, pesan kunci, dan apa yang ditinggalkan
untuk belajar mandiri. Menit sebuah notebook di kelas tidak pernah melebihi waktunya di peta
kursus (`src/helpers/content/course.yaml`); sisanya menjadi belajar mandiri. Metode dibaca dari
sel notebook: *kendali langsung* bila bagian itu punya kendali interaktif, *latihan individu*
bila ada latihan, *diskusi* bila ada pertanyaan *Diskusi*, *kerja kelompok* bila kegiatan
*Untuk fasilitator* meminta kelompok atau pasangan. Jadwal, jawaban diskusi, dan studi kasus
ditulis di `src/helpers/content/sesi.yaml`.

Di kelas, buka notebook lalu tekan tombol **Salindia langsung** (bagian
[Menjalankan bagian interaktif](#4-menjalankan-bagian-interaktif)). Sel set-up, kemajuan, dan
sel pribadi peserta otomatis dilewati salindia; bagian yang tidak dibahas dilompati dengan
tombol **→**.
"""


def _link(nb: CourseNotebook) -> str:
    return nb.link


def _span(start: int, minutes: int) -> str:
    return f"{start}–{start + minutes}"


def _segment_row(segment: Segment, start: int, by_stem: dict[str, CourseNotebook]) -> str:
    span = _span(start, segment.minutes)
    if segment.kind == OPENING:
        return f"| {span} | **Pembuka.** {segment.text} | presentasi | — |"
    if segment.kind == CLOSING:
        return f"| {span} | **Penutup.** {segment.text} | diskusi | — |"
    if segment.kind == CASE:
        where = "[studi kasus kelompok](#studi-kasus-kelompok)"
        return (
            f"| {span} | **Studi kasus kelompok** ({where}) | kerja kelompok | tabel praktik 06 |"
        )
    nb = by_stem[segment.notebook]
    sections = sections_of(nb, segment.sections)
    titles = "; ".join(s.title for s in sections)
    shown = [f"`{call}`" for s in sections for call in s.widget_calls]
    charts = sum(s.count(st.CHART) for s in sections)
    screen = ", ".join([*shown, *([f"{charts} grafik"] if charts else [])]) or "salindia bagian ini"
    return f"| {span} | {_link(nb)}: {titles} | {', '.join(methods(sections))} | {screen} |"


def _hour_lines(hour: tuple[Segment, ...], number: int, by_stem: dict) -> list[str]:
    lines = [
        f"**JP {number}**",
        "",
        "| Menit | Segmen | Metode | Di layar |",
        "| --- | --- | --- | --- |",
    ]
    start = 0
    for segment in hour:
        lines.append(_segment_row(segment, start, by_stem))
        start += segment.minutes
    stems = list(dict.fromkeys(s.notebook for s in hour if s.kind == NOTEBOOK))
    for stem in stems:
        messages = key_messages(by_stem[stem])
        if messages:
            lines += ["", f"*Pesan kunci {stem}* (dari *Rangkuman*-nya):", ""]
            lines += [f"- {m}" for m in messages]
    return [*lines, ""]


def self_study(block: Block, notebooks: list[CourseNotebook]) -> list[str]:
    """What the block leaves for self-study: whole notebooks and untaught numbered sections."""
    taught = {nb.stem: set() for nb in notebooks}
    for hour in block.hours:
        for s in hour:
            if s.kind == NOTEBOOK:
                taught[s.notebook].update(str(n) for n in s.sections)
    lines = []
    for nb in notebooks:
        numbered = [s for s in nb.sections if SECTION_NUMBER.match(s.title)]
        rest = [s.title for s in numbered if section_key(s) not in taught[nb.stem]]
        if not taught[nb.stem]:
            lines.append(f"- {_link(nb)}: seluruhnya ({nb.author_time})")
        elif rest:
            lines.append(f"- {_link(nb)}: {'; '.join(rest)}")
    return lines


def block_lines(block: Block, notebooks: list[CourseNotebook]) -> list[str]:
    by_stem = {nb.stem: nb for nb in notebooks}
    lines = [
        f"### Blok {block.jp} JP ({block.minutes} menit): {block.title}",
        "",
        block.audience,
        "",
    ]
    for number, hour in enumerate(block.hours, 1):
        lines += _hour_lines(hour, number, by_stem)
    used = ", ".join(
        f"`{stem}` {m} dari {manifest_minutes(by_stem[stem])} menit"
        for stem, m in class_minutes(block).items()
    )
    lines += [f"**Waktu notebook di kelas** (dari waktu di peta kursus): {used}.", ""]
    lines += ["**Belajar mandiri sesudah blok ini** (latihan di akhir setiap notebook juga):", ""]
    return [*lines, *self_study(block, notebooks), ""]


def full_course_lines(notebooks: list[CourseNotebook], jp_minutes: int) -> list[str]:
    """The whole course in class, in JPs, with each notebook's manifest time (split across JPs
    where a JP ends); reference and optional notebooks are self-study."""
    in_class = [nb for nb in notebooks if nb.chapter.kind in IN_CLASS_KINDS]
    hours: list[list[str]] = [[]]
    left = jp_minutes
    for nb in in_class:
        minutes = manifest_minutes(nb)
        while minutes:
            if not left:
                hours.append([])
                left = jp_minutes
            used = min(minutes, left)
            hours[-1].append(f"`{nb.stem}` {used} menit")
            minutes, left = minutes - used, left - used
    total = sum(manifest_minutes(nb) for nb in in_class)
    lines = [
        f"### Kursus penuh: {total} menit di kelas, {len(hours)} JP",
        "",
        "Urutan peta kursus dengan waktu masing-masing notebook; sebuah notebook yang melewati",
        "akhir JP dilanjutkan di JP berikutnya. JP terakhir boleh lebih pendek.",
        "",
    ]
    lines += [f"{i}. JP {i}: {', '.join(items)}" for i, items in enumerate(hours, 1)]
    mandiri = [nb for nb in notebooks if nb.chapter.kind not in IN_CLASS_KINDS]
    lines += [
        "",
        "**Belajar mandiri (pilihan):** "
        + ", ".join(f"{_link(nb)} ({nb.author_time})" for nb in mandiri),
        "",
    ]
    return lines


ANSWERS_HEAD = """### Jawaban yang diharapkan untuk pertanyaan diskusi

Setiap pertanyaan *Diskusi* di notebook, dikutip apa adanya, dengan isi jawaban yang dicari.
Pertanyaan tentang pengalaman peserta tidak punya satu jawaban benar: yang ditulis adalah apa
yang perlu didengar dan dikaitkan dengan bahan ajar.
"""


def answers_lines(notebooks: list[CourseNotebook], plans: Plans) -> list[str]:
    lines = [ANSWERS_HEAD]
    for nb in notebooks:
        for section in nb.sections:
            answers = plans.answers.get(nb.stem, {}).get(section_key(section), ())
            for prompt, answer in zip(_discussions(section), answers, strict=True):
                lines += [
                    f"**{nb.stem}, {section.title}.** {prompt.text}",
                    "",
                    f"> *Jawaban yang diharapkan:* {answer}",
                    "",
                ]
    return lines


CASE_HEAD = """### Studi kasus kelompok

**{title}**

**Masalah.** {problem}

| Praktik | Instansi yang terlibat | Fakta (tabel praktik 06) | Pola terdekat |
| --- | --- | --- | --- |"""


def case_lines(case: Fields) -> list[str]:
    """The group case study, from the facts already sourced in notebook 06."""
    lines = [CASE_HEAD.format(title=case.text("judul"), problem=case.text("masalah"))]
    for row in case.records("praktik"):
        cells = (row.text(k) for k in ("nama", "instansi", "fakta", "pola"))
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", "**Pertanyaan untuk setiap kelompok:**", ""]
    lines += [f"{i}. {q}" for i, q in enumerate(case.texts("pertanyaan"), 1)]
    lines += ["", "**Peran dalam kelompok:**", ""]
    lines += [f"- {role}" for role in case.texts("peran")]
    lines += ["", f"**Hasil.** {case.text('hasil')}", "", f"**Laporan.** {case.text('laporan')}"]
    return [*lines, "", f"**Jawaban yang diharapkan.** {case.text('jawaban')}", ""]


def sessions_part(notebooks: list[CourseNotebook], plans: Plans | None = None) -> list[str]:
    """The guide's session-plan part: the blocks, the full course, answers, case study."""
    plans = plans or read_plans()
    require_valid(plans, notebooks)
    lines = ["## 3. Rencana sesi per blok JP", "", INTRO.format(jp=plans.jp_minutes)]
    for block in sorted(plans.blocks, key=lambda b: b.jp):
        lines += block_lines(block, notebooks)
    lines += full_course_lines(notebooks, plans.jp_minutes)
    lines += answers_lines(notebooks, plans)
    return [*lines, *case_lines(plans.case)]
