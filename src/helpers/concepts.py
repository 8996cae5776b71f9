"""Pure content and data of Bab I and Bab II: Gambar 1.1, the indicators, definitions, Tabel 1.1.

No widgets and no plotting here. Every trainee-facing string is in Bahasa Indonesia; the two
attributed definitions (APSC and USIP) and the Perry 6 (2004) table are kept verbatim as the
course text quotes them. Files are only read; a bad Perry 6 file raises
:class:`helpers.data.DataError` naming the file, line and column.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from pandas.io.formats.style import Styler

from helpers import data
from helpers.data import Column, DataError
from helpers.exercises import INDICATORS

# --- Bab I.B, Gambar 1.1 -----------------------------------------------------------------------

WOG_LABEL = "Whole of Government"
SCOPES = ("Nasional", "Komunitas", "Sektor kebijakan")
INSTRUMENTS = ("Nilai", "Kerja sama tim", "Keterlibatan sektor", "Kepercayaan", "Kolaborasi")

# --- Bab I.A, the two sides of diversity ---------------------------------------------------------

DIVERSITY_SIDES = (
    (
        "Kekuatan",
        "Beragam cara pandang menjadi kekayaan yang berpotensi mendorong pertumbuhan di semua "
        "sektor.",
    ),
    (
        "Tantangan",
        "Perbedaan pandangan, visi, dan orientasi dapat melahirkan ego sektoral: sektor-sektor "
        "pemerintahan bersaing dan saling mengalahkan, sehingga pemerintahan terpecah-pecah.",
    ),
)


def text_table(frame: pd.DataFrame) -> Styler:
    """A table of prose, shown whole and left-aligned (plain pandas would cut long cells).

    Example:
        >>> styled = text_table(pd.DataFrame({"Unsur": ["Apa"], "Isi": ["Pendekatan"]}))
        >>> styled.data.shape
        (1, 2)
    """
    left = [{"selector": "th, td", "props": [("text-align", "left"), ("vertical-align", "top")]}]
    return frame.style.hide(axis="index").set_table_styles(left)


def diversity_table() -> Styler:
    """The two sides of diversity (Bab I.A) as a two-column table; ``.data`` is the DataFrame.

    Example:
        >>> list(diversity_table().data["Sisi keberagaman"])
        ['Kekuatan', 'Tantangan']
    """
    frame = pd.DataFrame(DIVERSITY_SIDES, columns=["Sisi keberagaman", "Yang dapat terjadi"])
    return text_table(frame)


# --- Bab I.D, the four learning indicators ------------------------------------------------------

# INDICATORS (the wording of Bab I.D) lives in helpers.exercises, the lighter module.
INDICATOR_SHORT = {
    1: "Konsep WoG",
    2: "Penerapan dalam pelayanan terintegrasi",
    3: "Best practices",
    4: "Perspektif kebijakan Indonesia",
}


def indicator_table() -> Styler:
    """The four indicators of Bab I.D, numbered; ``.data`` is the DataFrame.

    Example:
        >>> list(indicator_table().data["Indikator"])
        [1, 2, 3, 4]
    """
    frame = pd.DataFrame(
        {
            "Indikator": list(INDICATORS),
            "Setelah mata diklat ini, peserta diharapkan dapat": list(INDICATORS.values()),
        }
    )
    return text_table(frame)


# --- Bab II.A, the concept at a glance ---------------------------------------------------------

CONCEPT_PARTS = (
    (
        "Apa",
        "Pendekatan penyelenggaraan pemerintahan yang mengoptimalkan upaya kolaboratif dalam "
        "koordinasi seluruh sektor.",
    ),
    (
        "Untuk apa",
        "Mencapai tujuan pembangunan bersama dan pemerintahan yang terintegrasi dalam memecahkan "
        "isu yang muncul.",
    ),
    ("Fokus", "Pengembangan kebijakan, manajemen program, dan pelayanan publik."),
    (
        "Masalah yang dijawab",
        "Dua masalah klasik penyelenggaraan pemerintahan: komunikasi antarlembaga dan koordinasi.",
    ),
    (
        "Nama lain",
        'Joined-up government (bahan ajar menuliskannya "Joint up Government"); dipahami sebagai '
        "cara pandang baru tentang koordinasi antarsektor.",
    ),
    (
        "Di Indonesia",
        "Dinilai terlambat dibandingkan Singapura dan Malaysia, yang sudah memakai WoG untuk isu "
        "dari berbagai sektor, antara lain perekonomian.",
    ),
)


def concept_table() -> Styler:
    """Bab II.A in one table; ``.data`` is the DataFrame.

    Example:
        >>> list(concept_table().data["Unsur"])[:2]
        ['Apa', 'Untuk apa']
    """
    return text_table(pd.DataFrame(CONCEPT_PARTS, columns=["Unsur", "Whole of Government"]))


# --- Bab II.B, the two attributed definitions ---------------------------------------------------


@dataclass(frozen=True)
class Definition:
    """One attributed definition of WoG (Bab II.B): who, the verbatim quote, what it stresses."""

    key: str
    label: str  # who defines, in Bahasa Indonesia
    quote: str  # verbatim, as quoted in the course text
    citation: str  # the in-text citation
    stresses: tuple[str, ...]  # what the course text says it stresses, in Bahasa Indonesia


DEFINITIONS = (
    Definition(
        key="APSC",
        label="Australian Public Service Commission (APSC)",
        quote=(
            "[it] denotes public service agencies working across portfolio boundaries to achieve "
            "a shared goal and an integrated government response to particular issues. "
            "Approaches can be formal and informal. They can focus on policy development, "
            "program management and service delivery"
        ),
        citation="Shergold & others, 2004",
        stresses=(
            "instansi pelayanan publik bekerja melintasi batas sektor (portofolio)",
            "tujuan bersama dan respons pemerintah yang terintegrasi",
            "cara formal maupun informal",
            "fokus pada pengembangan kebijakan, manajemen program, dan pelayanan publik",
            "kebersamaan dalam satu wadah untuk menghapus ego sektoral dan fragmentasi",
        ),
    ),
    Definition(
        key="USIP",
        label="United States Institute of Peace (USIP)",
        quote=(
            "An approach that integrates the collaborative efforts of the departments and "
            "agencies of a government to achieve unity of effort toward a shared goal. Also "
            "known as interagency approach. The terms unity of effort and unity of purpose are "
            "sometimes used to describe cooperation among all actors, government and otherwise"
        ),
        citation="USIP, Glossary of Terms for Conflict Management and Peacebuilding, t.t.",
        stresses=(
            "memadukan upaya kolaboratif kementerian dan lembaga pemerintah",
            "kesatuan upaya (unity of effort) menuju tujuan bersama",
            "disebut juga pendekatan antarlembaga (interagency approach)",
            "kerja sama semua aktor, pemerintah maupun bukan pemerintah",
            "bukan hanya mengurangi sekat sektor, tetapi juga bekerja sama untuk tujuan bersama",
        ),
    ),
)

# Phrases taken verbatim from the quotes, with a gloss for the "which definition?" activity.
KEY_PHRASES = (
    ("shared goal", "tujuan bersama"),
    ("across portfolio boundaries", "melintasi batas portofolio (kementerian/sektor)"),
    ("integrated government response", "respons pemerintah yang terintegrasi"),
    ("formal and informal", "cara formal maupun informal"),
    (
        "policy development, program management and service delivery",
        "pengembangan kebijakan, manajemen program, dan pelayanan publik",
    ),
    ("collaborative efforts", "upaya kolaboratif"),
    ("departments and agencies", "kementerian dan lembaga"),
    ("unity of effort", "kesatuan upaya"),
    ("interagency approach", "pendekatan antarlembaga"),
    ("government and otherwise", "pemerintah maupun bukan pemerintah"),
)


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def definitions_containing(phrase: str) -> tuple[str, ...]:
    """Keys of the definitions whose verbatim quote contains ``phrase`` (case-insensitive).

    Example:
        >>> definitions_containing("shared goal")
        ('APSC', 'USIP')
        >>> definitions_containing("unity of effort")
        ('USIP',)
    """
    needle = _normalise(phrase)
    if not needle:
        return ()
    return tuple(d.key for d in DEFINITIONS if needle in _normalise(d.quote))


def verdict_text(phrase: str) -> str:
    """Which definition contains the phrase, as a sentence in Bahasa Indonesia.

    Example:
        >>> verdict_text("unity of effort")
        '“unity of effort” hanya ada dalam definisi USIP.'
    """
    if not phrase.strip():
        return "Pilih atau ketik sebuah frasa untuk menandainya di kedua definisi."
    keys = definitions_containing(phrase)
    quoted = f"“{phrase.strip()}”"
    if len(keys) == len(DEFINITIONS):
        return f"{quoted} ada dalam kedua definisi."
    if keys:
        return f"{quoted} hanya ada dalam definisi {keys[0]}."
    return f"{quoted} tidak ada dalam kedua definisi. Coba kata lain (dalam bahasa Inggris)."


# --- Bab II.B, related concepts ----------------------------------------------------------------


@dataclass(frozen=True)
class RelatedConcept:
    """A concept related to WoG (Bab II.B): the English term, a plain gloss and a note."""

    name: str  # the English term, as in the literature
    gloss: str  # a plain translation of the term, in Bahasa Indonesia
    note: str = ""


RELATED_CONCEPTS = (
    RelatedConcept("policy integration", "integrasi kebijakan"),
    RelatedConcept("policy coherence", "koherensi (keselarasan) kebijakan"),
    RelatedConcept("cross-cutting policy-making", "perumusan kebijakan lintas sektor"),
    RelatedConcept("joined-up government", "pemerintahan yang tersambung"),
    RelatedConcept(
        "concerted decision making",
        "pengambilan keputusan secara serempak",
        'Bahan ajar menuliskannya "concerned decision making".',
    ),
    RelatedConcept("policy coordination", "koordinasi kebijakan"),
    RelatedConcept("cross government", "lintas pemerintahan"),
)


def related_concepts_table() -> Styler:
    """The related concepts of Bab II.B with a plain translation; ``.data`` is the DataFrame.

    Example:
        >>> related_concepts_table().data.iloc[0].tolist()
        ['policy integration', 'integrasi kebijakan', '']
    """
    frame = pd.DataFrame(
        [(c.name, c.gloss, c.note) for c in RELATED_CONCEPTS],
        columns=["Konsep", "Terjemahan bebas", "Catatan"],
    )
    return text_table(frame)


SHARED_TRAITS = (
    "Integrasi institusi: penyatuan kelembagaan dalam satu wadah, secara formal maupun informal.",
    "Kolaborasi antarsektor dalam menangani isu tertentu.",
)
WOG_DIFFERENCE = (
    "WoG menekankan penyatuan seluruh (whole) elemen pemerintahan. Konsep-konsep lain lebih "
    "menekankan pencapaian tujuan, proses integrasi institusi, atau proses kebijakan, sehingga "
    "penyatuannya hanya berlaku pada sektor-sektor tertentu yang dipandang relevan."
)

# --- Bab II.C, Tabel 1.1 (Perry 6, 2004) -------------------------------------------------------

PERRY6_CATEGORIES = ("Koordinasi", "Integrasi", "Kedekatan dan pelibatan")
# Bab II.C: what happens to the institutions themselves in each category (the only statements
# the course makes about change; there is no numeric measure of it).
CATEGORY_CHANGE = {
    "Koordinasi": "Struktur organisasi lembaga yang terlibat tidak berubah.",
    "Integrasi": (
        "Kelembagaan mulai cair: ada penyamaan perencanaan jangka panjang dan kerja sama."
    ),
    "Kedekatan dan pelibatan": (
        "Lembaga-lembaga menyatukan diri dalam wadah yang relatif lebih permanen."
    ),
}
MERGER_TYPE = "Merger"
MERGER_CHANGE = "Beberapa lembaga melebur ke dalam struktur baru, menjadi satu unit organisasi."
# Typos in the course's table, kept verbatim in the data and marked when shown.
SIC = {"Pertkaran": "pertukaran"}

PERRY6_COLUMNS = [
    Column("urutan", data.parse_count, "posisi pada kontinum (bilangan bulat 1, 2, 3, ...)"),
    Column("kategori", data.parse_text, "salah satu dari: " + ", ".join(PERRY6_CATEGORIES)),
    Column("tipe", data.parse_text, "nama tipe hubungan kelembagaan"),
    Column("keterangan", data.parse_text, "keterangan tipe, dikutip dari tabel sumber"),
    Column("sumber", data.parse_text, "sumber tabel (penulis, tahun, judul)"),
    Column("bagian_sumber", data.parse_text, "bagian sumber yang memuat tabel (mis. Bab II.C)"),
]


def read_perry6_continuum(path: str | Path | None = None) -> pd.DataFrame:
    """Read Tabel 1.1 (data/perry6_continuum.csv, or a file of the same shape), in continuum order.

    Positions must run 1, 2, 3, ... without gaps; categories must be known and follow the
    continuum order (koordinasi, integrasi, kedekatan dan pelibatan); type names are unique.

    Example:
        >>> table = read_perry6_continuum()
        >>> list(table["tipe"].iloc[[0, -1]])
        ['Penyertaan', 'Merger']
    """
    path = Path(path) if path is not None else data.data_dir() / "perry6_continuum.csv"
    rows, lines = data.read_rows(path, PERRY6_COLUMNS)
    name = str(path)
    for row, line in zip(rows, lines, strict=True):
        data.ensure(
            row["kategori"] in PERRY6_CATEGORIES,
            name,
            line,
            "kategori",
            f"kategori '{row['kategori']}' tidak dikenal. Gunakan: {', '.join(PERRY6_CATEGORIES)}.",
        )
        data.ensure(
            row["urutan"] >= 1, name, line, "urutan", "urutan harus dimulai dari 1 (bukan 0)."
        )
    data.check_unique(rows, lines, ("urutan",), name)
    data.check_unique(rows, lines, ("tipe",), name)
    ordered = sorted(zip(rows, lines, strict=True), key=lambda pair: pair[0]["urutan"])
    previous_rank = 0
    for expected, (row, line) in enumerate(ordered, start=1):
        data.ensure(
            row["urutan"] == expected,
            name,
            line,
            "urutan",
            f"urutan melompat ke {row['urutan']}; seharusnya {expected}. Isi urutan tanpa celah.",
        )
        rank = PERRY6_CATEGORIES.index(row["kategori"])
        data.ensure(
            rank >= previous_rank,
            name,
            line,
            "kategori",
            f"kategori '{row['kategori']}' muncul sesudah '{PERRY6_CATEGORIES[previous_rank]}'. "
            f"Urutan kategori pada kontinum: {', '.join(PERRY6_CATEGORIES)}.",
        )
        previous_rank = rank
    frame = pd.DataFrame([row for row, _ in ordered], columns=[c.name for c in PERRY6_COLUMNS])
    return frame.reset_index(drop=True)


def continuum_table(table: pd.DataFrame) -> Styler:
    """Tabel 1.1 as shown to trainees: position, category, type and verbatim description.

    Example:
        >>> shown = continuum_table(read_perry6_continuum()).data
        >>> shown.loc[1, ["Tipe", "Keterangan (kutipan)"]].tolist()
        ['Dialog', 'Pertkaran [sic: pertukaran] informasi']
    """
    frame = table.assign(keterangan=table["keterangan"].map(marked_description))
    frame = frame[["urutan", "kategori", "tipe", "keterangan"]].rename(
        columns={
            "urutan": "Posisi",
            "kategori": "Kategori hubungan",
            "tipe": "Tipe",
            "keterangan": "Keterangan (kutipan)",
        }
    )
    return text_table(frame)


def change_table(table: pd.DataFrame) -> Styler:
    """Per category: its types and what happens to the institutions (Bab II.C statements).

    Example:
        >>> change_table(read_perry6_continuum()).data[["Posisi", "Kategori"]].values.tolist()
        [['1–3', 'Koordinasi'], ['4–6', 'Integrasi'], ['7–9', 'Kedekatan dan pelibatan']]
    """
    rows = []
    for category, first, last in category_spans(table):
        types = table[(table["urutan"] >= first) & (table["urutan"] <= last)]
        change = CATEGORY_CHANGE[category]
        if MERGER_TYPE in set(types["tipe"]):
            change += f" Pada merger: {MERGER_CHANGE[0].lower()}{MERGER_CHANGE[1:]}"
        rows.append((f"{first}–{last}", category, ", ".join(types["tipe"]), change))
    frame = pd.DataFrame(
        rows, columns=["Posisi", "Kategori", "Tipe", "Apa yang terjadi pada lembaga itu sendiri"]
    )
    return text_table(frame)


def continuum_type(table: pd.DataFrame, position: int) -> dict:
    """The row of Tabel 1.1 at a continuum position (1 = first type), as a dict.

    Example:
        >>> continuum_type(read_perry6_continuum(), 2)["tipe"]
        'Dialog'
    """
    match = table[table["urutan"] == position]
    if match.empty:
        raise ValueError(f"Posisi {position} tidak ada pada kontinum; pilih 1 sampai {len(table)}.")
    return match.iloc[0].to_dict()


def institutional_change(row: dict) -> str:
    """What happens to the institutions themselves for this type (Bab II.C), in words.

    Example:
        >>> institutional_change({"kategori": "Koordinasi", "tipe": "Dialog"})
        'Struktur organisasi lembaga yang terlibat tidak berubah.'
    """
    if row["kategori"] not in CATEGORY_CHANGE:
        raise ValueError(f"Kategori '{row['kategori']}' tidak dikenal.")
    change = CATEGORY_CHANGE[row["kategori"]]
    if row["tipe"] == MERGER_TYPE:
        change = f"{change} {MERGER_CHANGE}"
    return change


def marked_description(text: str) -> str:
    """The verbatim description with the course's typos marked [sic: ...].

    Example:
        >>> marked_description("Pertkaran informasi")
        'Pertkaran [sic: pertukaran] informasi'
    """
    for typo, fix in SIC.items():
        text = re.sub(rf"\b{typo}\b", f"{typo} [sic: {fix}]", text)
    return text


def category_spans(table: pd.DataFrame) -> list[tuple[str, int, int]]:
    """Each category with its first and last continuum position, in order.

    Example:
        >>> category_spans(read_perry6_continuum())[0]
        ('Koordinasi', 1, 3)
    """
    spans = []
    for category in PERRY6_CATEGORIES:
        positions = table.loc[table["kategori"] == category, "urutan"]
        if not positions.empty:
            spans.append((category, int(positions.min()), int(positions.max())))
    return spans


# --- Bab I.D mapped to the notebooks of the course ----------------------------------------------


@dataclass(frozen=True)
class NotebookEntry:
    """One chapter notebook: its file stem, title and the Bab I.D indicators it serves."""

    stem: str
    title: str
    indicators: frozenset[int]


_INDICATOR_RUN = re.compile(r"indikator\s+((?:\d(?:\s*(?:,|dan|&|–|-|sampai)\s*)?)+)", re.I)


def indicators_mentioned(text: str) -> frozenset[int]:
    """The indicator numbers (1-4) named in a notebook's learning objectives.

    Understands "indikator 2", "indikator 2 dan 4", "indikator 1, 3", "indikator 1–4"
    and "semua indikator".

    Example:
        >>> sorted(indicators_mentioned("(indikator 2 dan 4) ... indikator 1"))
        [1, 2, 4]
    """
    found: set[int] = set()
    if re.search(r"\b(semua|seluruh)\s+indikator", text, re.I):
        found.update(INDICATORS)
    for run in _INDICATOR_RUN.findall(text):
        numbers = [int(d) for d in re.findall(r"\d", run)]
        if re.search(r"–|-|sampai", run) and len(numbers) == 2:
            numbers = list(range(numbers[0], numbers[1] + 1))
        found.update(n for n in numbers if n in INDICATORS)
    return frozenset(found)


def notebook_entry(stem: str, markdown_cells: list[str]) -> NotebookEntry:
    """Title and indicators of a notebook, from its markdown (objectives up to 'Perkiraan waktu').

    Example:
        >>> notebook_entry("x", ["# Bab I — Judul\\n**Tujuan pembelajaran** (indikator 1)"])
        NotebookEntry(stem='x', title='Bab I — Judul', indicators=frozenset({1}))
    """
    text = "\n".join(markdown_cells)
    title_match = re.search(r"^# (.+)$", text, re.M)
    title = title_match.group(1).strip() if title_match else stem
    start = text.find("Tujuan pembelajaran")
    end = text.find("Perkiraan waktu", max(start, 0))
    objectives = text[start : end if end > start else None] if start >= 0 else ""
    return NotebookEntry(stem, title, indicators_mentioned(objectives))


def guess_feedback(indicator: int, guess: set[str], entries: Sequence[NotebookEntry]) -> str:
    """Compare a guessed set of notebook stems with the notebooks that serve ``indicator``.

    Example:
        >>> e = [NotebookEntry("01_a", "A", frozenset({1}))]
        >>> guess_feedback(1, {"01_a"}, e)
        'Tepat! Indikator 1 dilayani oleh: 01_a.'
    """
    actual = {e.stem for e in entries if indicator in e.indicators}
    listed = ", ".join(sorted(actual)) or "belum ada notebook"
    if guess == actual:
        return f"Tepat! Indikator {indicator} dilayani oleh: {listed}."
    parts = [f"Indikator {indicator} dilayani oleh: {listed}."]
    if actual - guess:
        parts.append(f"Terlewat: {', '.join(sorted(actual - guess))}.")
    if guess - actual:
        parts.append(f"Tidak melayani indikator ini: {', '.join(sorted(guess - actual))}.")
    return " ".join(parts)


def read_course_map(notebooks_dir: str | Path | None = None) -> list[NotebookEntry]:
    """Every chapter notebook of the course (the start page 00_* left out), in file order.

    Example:
        >>> read_course_map()[0].stem
        '01_pendahuluan'
    """
    folder = Path(notebooks_dir) if notebooks_dir else data.data_dir().parent / "notebooks"
    if not folder.is_dir():
        raise DataError(str(folder), "folder notebook tidak ditemukan.")
    entries = []
    for path in sorted(folder.glob("[0-9][0-9]_*.ipynb")):
        if path.stem.startswith("00"):
            continue
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        texts = ["".join(c["source"]) for c in cells if c["cell_type"] == "markdown"]
        entries.append(notebook_entry(path.stem, texts))
    return entries


def example_sectors() -> list[str]:
    """The sectors named in Bab III.A (from data/regulations.csv), used as examples in Bab II.B.

    Example:
        >>> example_sectors()[0]
        'Perdagangan'
    """
    regulations = data.read_regulations()
    return list(regulations.loc[regulations["dimensi"] == "sektor", "kategori"])
