"""helpers.concepts: Bab I-II content and the Perry 6 table, checked against the course text."""

from __future__ import annotations

import json

import pytest

from helpers import concepts
from helpers.data import DataError

HEADER = "urutan,kategori,tipe,keterangan,sumber,bagian_sumber\n"
SOURCE = ",Perry 6 (2004),Bab II.C\n"

# Tabel 1.1 of the course text, typed from the text (Bab II.C).
TABLE_1_1 = [
    (1, "Koordinasi", "Penyertaan", "Pengembangan strategi dengan mempertimbangkan dampak"),
    (2, "Koordinasi", "Dialog", "Pertkaran informasi"),
    (3, "Koordinasi", "Joint planning", "Perencanaan bersama, kerjasama sementara"),
    (4, "Integrasi", "Joint working", "Kolaborasi sementara"),
    (
        5,
        "Integrasi",
        "Joint venture",
        "Perencanaan jangka panjang, kerjasama pada pekerjaan besar yang menjadi urusan utama "
        "salah satu peserta kerjasama",
    ),
    (
        6,
        "Integrasi",
        "Satelit",
        "Entitas yang terpisah, dimiliki bersama, dibentuk sebagai mekanisme integratif",
    ),
    (
        7,
        "Kedekatan dan pelibatan",
        "Aliansi strategis",
        "Perencanaan jangka panjang, kerjasama pada isu besar yang menjadi urusan utama salah "
        "satu peserta kerjasama",
    ),
    (
        8,
        "Kedekatan dan pelibatan",
        "Union",
        "Unifikasi resmi, identitas masing-masing masih nampak",
    ),
    (9, "Kedekatan dan pelibatan", "Merger", "Penggabungan ke dalam struktur baru"),
]


def rows_csv(rows: list[tuple]) -> str:
    return HEADER + "".join(f'{u},{k},{t},"{d}"{SOURCE}' for u, k, t, d in rows)


@pytest.fixture
def table():
    return concepts.read_perry6_continuum()


# --- Tabel 1.1 -----------------------------------------------------------------------------------


def test_table_matches_course_text_verbatim(table):
    got = list(table[["urutan", "kategori", "tipe", "keterangan"]].itertuples(index=False))
    assert [tuple(r) for r in got] == TABLE_1_1


def test_table_carries_its_source(table):
    assert table["sumber"].str.contains("Perry 6 \\(2004\\)").all()
    assert (table["bagian_sumber"] == "Bab II.C, Tabel 1.1").all()


def test_three_categories_of_three_types(table):
    assert table.groupby("kategori").size().to_dict() == {
        "Koordinasi": 3,
        "Integrasi": 3,
        "Kedekatan dan pelibatan": 3,
    }
    assert concepts.category_spans(table) == [
        ("Koordinasi", 1, 3),
        ("Integrasi", 4, 6),
        ("Kedekatan dan pelibatan", 7, 9),
    ]


def test_participant_file_is_returned_in_continuum_order(write_csv):
    shuffled = [TABLE_1_1[2], TABLE_1_1[0], TABLE_1_1[1]]
    table = concepts.read_perry6_continuum(write_csv(rows_csv(shuffled)))
    assert list(table["tipe"]) == ["Penyertaan", "Dialog", "Joint planning"]


def test_semicolon_file_from_excel_is_read(write_csv):
    text = "urutan;kategori;tipe;keterangan;sumber;bagian_sumber\n1;Koordinasi;Dialog;x;y;z\n"
    assert list(concepts.read_perry6_continuum(write_csv(text))["tipe"]) == ["Dialog"]


@pytest.mark.parametrize(
    ("rows", "line", "column", "words"),
    [
        ([(1, "Kolaborasi", "Dialog", "x")], 2, "kategori", "tidak dikenal"),
        ([(1, "Koordinasi", "Dialog", "x"), (3, "Integrasi", "Satelit", "y")], 3, "urutan", "3"),
        ([(0, "Koordinasi", "Dialog", "x")], 2, "urutan", "dimulai dari 1"),
        ([(1, "Koordinasi", "Dialog", "x"), (1, "Koordinasi", "Union", "y")], 3, "urutan", "ulang"),
        ([(1, "Koordinasi", "Dialog", "x"), (2, "Koordinasi", "Dialog", "y")], 3, "tipe", "ulang"),
        (
            [(1, "Integrasi", "Satelit", "x"), (2, "Koordinasi", "Dialog", "y")],
            3,
            "kategori",
            "Urutan kategori",
        ),
        ([(1, "Koordinasi", "", "x")], 2, "tipe", "sel kosong"),
    ],
)
def test_bad_rows_raise_data_error_naming_line_and_column(write_csv, rows, line, column, words):
    with pytest.raises(DataError) as error:
        concepts.read_perry6_continuum(write_csv(rows_csv(rows)))
    assert error.value.line == line
    assert error.value.column == column
    assert words in str(error.value)


def test_missing_column_and_missing_file(write_csv, tmp_path):
    with pytest.raises(DataError, match="kolom wajib"):
        concepts.read_perry6_continuum(write_csv("urutan,kategori,tipe\n1,Koordinasi,Dialog\n"))
    with pytest.raises(DataError, match="tidak ditemukan"):
        concepts.read_perry6_continuum(tmp_path / "tidak_ada.csv")


def test_continuum_type_by_position(table):
    assert concepts.continuum_type(table, 6)["tipe"] == "Satelit"
    assert concepts.continuum_type(table, 6)["kategori"] == "Integrasi"
    with pytest.raises(ValueError, match="1 sampai 9"):
        concepts.continuum_type(table, 10)


@pytest.mark.parametrize(
    ("tipe", "kategori", "expected"),
    [
        ("Dialog", "Koordinasi", "tidak berubah"),
        ("Satelit", "Integrasi", "mulai cair"),
        ("Satelit", "Integrasi", "perencanaan jangka panjang"),
        ("Union", "Kedekatan dan pelibatan", "relatif lebih permanen"),
        ("Merger", "Kedekatan dan pelibatan", "struktur baru"),
    ],
)
def test_institutional_change_uses_the_course_statements(tipe, kategori, expected):
    assert expected in concepts.institutional_change({"tipe": tipe, "kategori": kategori})


def test_only_merger_mentions_a_new_structure(table):
    changes = {r["tipe"]: concepts.institutional_change(r) for r in table.to_dict("records")}
    assert [t for t, c in changes.items() if "struktur baru" in c] == ["Merger"]


def test_typo_is_marked_not_silently_fixed():
    assert concepts.marked_description("Pertkaran informasi") == (
        "Pertkaran [sic: pertukaran] informasi"
    )
    assert concepts.marked_description("Kolaborasi sementara") == "Kolaborasi sementara"


# --- Gambar 1.1 and the indicators ---------------------------------------------------------------


def test_figure_1_1_scopes_and_instruments():
    assert concepts.SCOPES == ("Nasional", "Komunitas", "Sektor kebijakan")
    assert concepts.INSTRUMENTS == (
        "Nilai",
        "Kerja sama tim",
        "Keterlibatan sektor",
        "Kepercayaan",
        "Kolaborasi",
    )


def test_four_indicators():
    assert list(concepts.INDICATORS) == [1, 2, 3, 4]
    assert "best practices" in concepts.INDICATORS[3]
    assert "perspektif kebijakan di Indonesia" in concepts.INDICATORS[4]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(indikator 1)", {1}),
        ("indikator 2 dan 4", {2, 4}),
        ("indikator 1, 3", {1, 3}),
        ("indikator 1–4", {1, 2, 3, 4}),
        ("(semua indikator)", {1, 2, 3, 4}),
        ("(indikator 2: *penerapan*) ... (indikator 4: *implementasi*)", {2, 4}),
        ("tanpa nomor", set()),
    ],
)
def test_indicators_mentioned(text, expected):
    assert concepts.indicators_mentioned(text) == expected


def test_notebook_entry_reads_only_the_objectives():
    cells = [
        "# Bab X — Judul\n\n**Tujuan pembelajaran** (indikator 3)\n\n**Perkiraan waktu:** 5 menit",
        "## 1. Isi\n\nIndikator 1 disebut di sini tetapi bukan tujuan.",
    ]
    entry = concepts.notebook_entry("09_x", cells)
    assert entry == concepts.NotebookEntry("09_x", "Bab X — Judul", frozenset({3}))


def test_course_map_reads_notebooks_and_skips_the_start_page(tmp_path):
    for stem, heading in (("00_mulai", "semua indikator"), ("01_a", "indikator 1")):
        cell = {"cell_type": "markdown", "source": [f"# {stem}\n**Tujuan pembelajaran** {heading}"]}
        (tmp_path / f"{stem}.ipynb").write_text(json.dumps({"cells": [cell]}), encoding="utf-8")
    entries = concepts.read_course_map(tmp_path)
    assert [(e.stem, set(e.indicators)) for e in entries] == [("01_a", {1})]


def test_course_map_of_this_course_includes_bab_iii_a():
    entries = {e.stem: e for e in concepts.read_course_map()}
    assert entries["04_kondisi_pelayanan_publik"].indicators == {2, 4}


def test_guess_feedback():
    entries = [
        concepts.NotebookEntry("01_a", "A", frozenset({1})),
        concepts.NotebookEntry("02_b", "B", frozenset({1, 2})),
    ]
    assert concepts.guess_feedback(1, {"01_a", "02_b"}, entries).startswith("Tepat!")
    message = concepts.guess_feedback(2, {"01_a"}, entries)
    assert "Terlewat: 02_b" in message and "Tidak melayani indikator ini: 01_a" in message
    assert "belum ada notebook" in concepts.guess_feedback(3, set(), entries)


# --- Bab II.A-B: definitions and related concepts ------------------------------------------------


def test_definitions_are_verbatim_from_the_course_text():
    apsc, usip = concepts.DEFINITIONS
    assert apsc.quote.startswith("[it] denotes public service agencies working across portfolio")
    assert apsc.quote.endswith("policy development, program management and service delivery")
    assert apsc.citation == "Shergold & others, 2004"
    assert usip.quote.startswith("An approach that integrates the collaborative efforts")
    assert "Also known as interagency approach." in usip.quote
    assert usip.quote.endswith("cooperation among all actors, government and otherwise")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("shared goal", ("APSC", "USIP")),
        ("Across Portfolio   Boundaries", ("APSC",)),
        ("formal and informal", ("APSC",)),
        ("unity of effort", ("USIP",)),
        ("interagency", ("USIP",)),
        ("ego sektoral", ()),
        ("   ", ()),
    ],
)
def test_definitions_containing(phrase, expected):
    assert concepts.definitions_containing(phrase) == expected


def test_every_key_phrase_occurs_in_a_definition():
    for phrase, _gloss in concepts.KEY_PHRASES:
        assert concepts.definitions_containing(phrase), phrase


def test_verdict_text():
    assert concepts.verdict_text("shared goal") == "“shared goal” ada dalam kedua definisi."
    assert concepts.verdict_text("formal") == "“formal” hanya ada dalam definisi APSC."
    assert "tidak ada" in concepts.verdict_text("ego sektoral")
    assert concepts.verdict_text("").startswith("Pilih atau ketik")


def test_related_concepts_as_listed_in_bab_ii_b():
    names = [c.name for c in concepts.RELATED_CONCEPTS]
    assert names == [
        "policy integration",
        "policy coherence",
        "cross-cutting policy-making",
        "joined-up government",
        "concerted decision making",
        "policy coordination",
        "cross government",
    ]
    concerted = concepts.RELATED_CONCEPTS[4]
    assert "concerned decision making" in concerted.note


def test_what_sets_wog_apart():
    assert "seluruh (whole) elemen pemerintahan" in concepts.WOG_DIFFERENCE
    assert "sektor-sektor tertentu" in concepts.WOG_DIFFERENCE
    assert any("formal maupun informal" in t for t in concepts.SHARED_TRAITS)


def test_example_sectors_come_from_bab_iii_a():
    assert concepts.example_sectors() == [
        "Perdagangan",
        "Perindustrian",
        "Standarisasi dan pengendalian mutu",
        "Tata kelola birokrasi dan pelayanan publik",
        "Tata cara penanaman modal",
        "Jenis pajak",
    ]


# --- tables shown to trainees --------------------------------------------------------------------


def test_diversity_table_has_both_sides():
    frame = concepts.diversity_table().data
    assert list(frame["Sisi keberagaman"]) == ["Kekuatan", "Tantangan"]
    assert "ego sektoral" in frame.iloc[1, 1]


def test_indicator_table_numbers_the_four_indicators():
    frame = concepts.indicator_table().data
    assert list(frame["Indikator"]) == [1, 2, 3, 4]
    assert frame.iloc[0, 1] == "Memahami konsep Whole of Government."


def test_concept_table_covers_bab_ii_a():
    text = " ".join(concepts.concept_table().data["Whole of Government"])
    for words in (
        "pengembangan kebijakan, manajemen program, dan pelayanan publik",
        "komunikasi antarlembaga dan koordinasi",
        "Singapura dan Malaysia",
        "perekonomian",
        "Joint up Government",
    ):
        assert words.lower() in text.lower()


def test_related_concepts_table_keeps_the_typo_note():
    frame = concepts.related_concepts_table().data
    assert len(frame) == 7
    assert frame.loc[frame["Konsep"] == "concerted decision making", "Catatan"].item() != ""


def test_continuum_table_marks_the_typo(table):
    frame = concepts.continuum_table(table).data
    assert list(frame.columns) == ["Posisi", "Kategori hubungan", "Tipe", "Keterangan (kutipan)"]
    assert frame.iloc[1]["Keterangan (kutipan)"] == "Pertkaran [sic: pertukaran] informasi"


def test_change_table_one_row_per_category(table):
    frame = concepts.change_table(table).data
    assert list(frame["Posisi"]) == ["1–3", "4–6", "7–9"]
    assert frame.iloc[0]["Tipe"] == "Penyertaan, Dialog, Joint planning"
    assert "struktur baru" in frame.iloc[2, 3]
    assert "struktur baru" not in frame.iloc[1, 3]
