"""Notebook 03 (Bab II.C): Tabel 1.1 (Perry 6, 2004), its checks, tables, chart and explorer."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest

from helpers.chapters import kontinum
from helpers.core.content import ContentError, Fields
from helpers.core.datasets import DataError, schema
from helpers.core.figures import alt_text

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


def annotation_texts(fig: go.Figure) -> str:
    return " ".join(a.text for a in fig.layout.annotations)


@pytest.fixture
def table():
    return kontinum.read_perry6_continuum()


# --- content file --------------------------------------------------------------------------------


def test_content_categories_are_the_schema_categories_in_continuum_order():
    enum = next(f for f in schema("perry6_continuum")["fields"] if f["name"] == "kategori")
    assert kontinum.content().categories == ("Koordinasi", "Integrasi", "Kedekatan dan pelibatan")
    assert list(kontinum.content().categories) == enum["constraints"]["enum"]
    assert kontinum.content().sic == {"Pertkaran": "pertukaran"}


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ({"merger": {"tipe": "M", "perubahan": "x"}, "salah_ketik": [{}]}, "'kategori'"),
        ({"kategori": [{"nama": "K"}], "merger": {}, "salah_ketik": [{}]}, "'perubahan'"),
        (
            {"kategori": [{"nama": "K", "perubahan": "x"}], "merger": [], "salah_ketik": []},
            "merger",
        ),
    ],
)
def test_malformed_content_names_file_and_key(raw, words):
    with pytest.raises(ContentError) as error:
        kontinum.Content.parse(Fields(raw, "Berkas isi '03_kontinum_kelembagaan.yaml'"))
    assert "03_kontinum_kelembagaan.yaml" in str(error.value)
    assert words in str(error.value)


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
    assert kontinum.category_spans(table) == [
        ("Koordinasi", 1, 3),
        ("Integrasi", 4, 6),
        ("Kedekatan dan pelibatan", 7, 9),
    ]


def test_participant_file_is_returned_in_continuum_order(write_csv):
    shuffled = [TABLE_1_1[2], TABLE_1_1[0], TABLE_1_1[1]]
    table = kontinum.read_perry6_continuum(write_csv(rows_csv(shuffled)))
    assert list(table["tipe"]) == ["Penyertaan", "Dialog", "Joint planning"]
    assert list(table.index) == [0, 1, 2]


def test_semicolon_file_from_excel_is_read(write_csv):
    text = "urutan;kategori;tipe;keterangan;sumber;bagian_sumber\n1;Koordinasi;Dialog;x;y;z\n"
    assert list(kontinum.read_perry6_continuum(write_csv(text))["tipe"]) == ["Dialog"]


@pytest.mark.parametrize(
    ("rows", "line", "column", "words"),
    [
        ([(1, "Kolaborasi", "Dialog", "x")], 2, "kategori", "tidak dikenal"),
        ([(1, "Koordinasi", "Dialog", "x"), (3, "Integrasi", "Satelit", "y")], 3, "urutan", "3"),
        ([(0, "Koordinasi", "Dialog", "x")], 2, "urutan", "≥ 1"),
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
        kontinum.read_perry6_continuum(write_csv(rows_csv(rows)))
    assert error.value.line == line
    assert error.value.column == column
    assert words in str(error.value)


def test_missing_column_and_missing_file(write_csv, tmp_path):
    with pytest.raises(DataError, match="kolom wajib"):
        kontinum.read_perry6_continuum(write_csv("urutan,kategori,tipe\n1,Koordinasi,Dialog\n"))
    with pytest.raises(DataError, match="tidak ditemukan"):
        kontinum.read_perry6_continuum(tmp_path / "tidak_ada.csv")


def test_continuum_type_by_position(table):
    assert kontinum.continuum_type(table, 6)["tipe"] == "Satelit"
    assert kontinum.continuum_type(table, 6)["kategori"] == "Integrasi"
    with pytest.raises(ValueError, match="1 sampai 9"):
        kontinum.continuum_type(table, 10)


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
    assert expected in kontinum.institutional_change({"tipe": tipe, "kategori": kategori})


def test_only_merger_mentions_a_new_structure(table):
    changes = {r["tipe"]: kontinum.institutional_change(r) for r in table.to_dict("records")}
    assert [t for t, c in changes.items() if "struktur baru" in c] == ["Merger"]
    with pytest.raises(ValueError, match="tidak dikenal"):
        kontinum.institutional_change({"tipe": "Dialog", "kategori": "Kolaborasi"})


def test_typo_is_marked_not_silently_fixed():
    assert kontinum.marked_description("Pertkaran informasi") == (
        "Pertkaran [sic: pertukaran] informasi"
    )
    assert kontinum.marked_description("Kolaborasi sementara") == "Kolaborasi sementara"


def test_continuum_table_marks_the_typo(table):
    frame = kontinum.continuum_table(table).data
    assert list(frame.columns) == ["Posisi", "Kategori hubungan", "Tipe", "Keterangan (kutipan)"]
    assert frame.iloc[1]["Keterangan (kutipan)"] == "Pertkaran [sic: pertukaran] informasi"


def test_change_table_one_row_per_category(table):
    frame = kontinum.change_table(table).data
    assert list(frame["Posisi"]) == ["1–3", "4–6", "7–9"]
    assert frame.iloc[0]["Tipe"] == "Penyertaan, Dialog, Joint planning"
    assert "struktur baru" in frame.iloc[2, 3]
    assert "struktur baru" not in frame.iloc[1, 3]


# --- the chart -----------------------------------------------------------------------------------


def test_continuum_chart_places_nine_types_in_table_order(table):
    fig = kontinum.continuum_chart(table)
    assert list(fig.layout.xaxis.tickvals) == [1, 2, 3, 4, 5, 6, 7, 8, 9]
    assert fig.layout.xaxis.ticktext[0] == "Penyertaan"
    assert fig.layout.xaxis.ticktext[-1] == "Merger"
    assert fig.layout.xaxis.ticktext[6] == "Aliansi<br>strategis"
    assert list(fig.data[2].x) == []  # nothing highlighted
    assert "bukan ukuran" in annotation_texts(fig)


def test_continuum_chart_colours_by_category(table):
    colours = list(kontinum.continuum_chart(table).data[1].marker.color)
    assert len(set(colours[0:3])) == len(set(colours[3:6])) == len(set(colours[6:9])) == 1
    assert len({colours[0], colours[3], colours[6]}) == 3


def test_continuum_chart_highlights_and_describes_the_chosen_type(table):
    fig = kontinum.continuum_chart(table, 2)
    assert list(fig.data[2].x) == [2]
    texts = annotation_texts(fig)
    assert "Dialog" in texts and "Koordinasi" in texts
    assert "Pertkaran [sic: pertukaran] informasi" in texts
    assert "tidak berubah" in texts
    assert "Dipilih: Dialog (posisi 2, kategori Koordinasi)" in alt_text(fig)


def test_continuum_chart_merger_mentions_new_structure(table):
    fig = kontinum.continuum_chart(table, 9)
    assert "struktur baru" in alt_text(fig)
    assert "relatif lebih permanen" in alt_text(fig)


def test_continuum_alt_text_lists_the_categories(table):
    text = alt_text(kontinum.continuum_chart(table))
    assert "Koordinasi: Penyertaan, Dialog, dan Joint planning" in text
    assert "Kedekatan dan pelibatan: Aliansi strategis, Union, dan Merger" in text


def test_participant_text_is_escaped_in_the_chart(write_csv):
    odd = kontinum.read_perry6_continuum(write_csv(rows_csv([(1, "Koordinasi", "<b>X", "a&b")])))
    fig = kontinum.continuum_chart(odd, 1)
    assert fig.layout.xaxis.ticktext[0] == "&lt;b&gt;X"
    assert "a&amp;b" in annotation_texts(fig) and "<b>X" not in annotation_texts(fig)


# --- the explorer --------------------------------------------------------------------------------


@pytest.fixture
def explorer(table):
    return kontinum.ContinuumExplorer(table)


def test_explorer_starts_at_the_first_type(explorer):
    assert explorer.position == 1
    assert list(explorer.figure.data[2].x) == [1]
    assert explorer.caption.value.startswith("<p><em>Teks alternatif:</em> Garis kontinum")
    assert "Penyertaan" in explorer.caption.value
    assert explorer.slider.description == "Tipe hubungan:"
    assert [label for label, _ in explorer.slider.options][-1] == "Merger"


def test_sliding_updates_the_same_figure_and_caption(explorer):
    figure = explorer.figure
    explorer.slider.value = 5
    assert explorer.figure is figure
    assert list(figure.data[2].x) == [5]
    assert "Joint venture" in annotation_texts(figure) and "Integrasi" in annotation_texts(figure)
    assert "mulai cair" in explorer.caption.value


def test_sliding_to_merger_then_back(explorer):
    explorer.slider.value = 9
    assert "struktur baru" in explorer.caption.value
    explorer.slider.value = 2
    assert list(explorer.figure.data[2].x) == [2]
    assert "Pertkaran [sic: pertukaran] informasi" in explorer.caption.value
    assert "struktur baru" not in explorer.caption.value


def test_play_button_is_linked_to_the_slider_index(explorer):
    assert explorer.play.max == 8
    assert explorer.play.description == "Putar otomatis"


def test_explorer_figure_keeps_its_width_after_updates(explorer):
    assert explorer.figure.layout.width == 800
    explorer.slider.value = 4
    assert explorer.figure.layout.width == 800
