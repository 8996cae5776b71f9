"""Notebook 07's glossary: loader and its checks, search, HTML and table, the search widget."""

from __future__ import annotations

import pytest

from helpers.chapters import glosarium as gl
from helpers.core.datasets import DataError
from helpers.core.manifest import course

# The abbreviations and terms the course uses (issue 4, item 7), typed from the brief.
REQUIRED_ABBREVIATIONS = {
    "WoG": "Whole of Government",
    "ASN": "Aparatur Sipil Negara",
    "CPNS": "Calon Pegawai Negeri Sipil",
    "Latsar": "Pelatihan Dasar",
    "KPK": "Komisi Pemberantasan Korupsi",
    "ISP": "Integritas Sektor Publik",
    "SPI": "Survei Penilaian Integritas",
    "SOP": "Standard Operating Procedure",
    "PTSP": "Pelayanan Terpadu Satu Pintu",
    "SAMSAT": "Sistem Administrasi Manunggal Satu Atap",
    "MPP": "Mal Pelayanan Publik",
    "OSS": "Online Single Submission",
    "NIB": "Nomor Induk Berusaha",
    "SKB": "Surat Keputusan Bersama",
    "Perpres": "Peraturan Presiden",
    "Permen": "Peraturan Menteri",
    "PP": "Peraturan Pemerintah",
    "Perpu": "Peraturan Pemerintah Pengganti Undang-Undang",
    "Permendagri": "Peraturan Menteri Dalam Negeri",
}
REQUIRED_TERMS = [
    "ego sektoral",
    "fragmentasi",
    "rentang kendali",
    "koordinasi",
    "integrasi",
    "kolaborasi",
    "gugus tugas",
    "lembaga koordinasi khusus",
    "pelayanan satu atap",
    "pelayanan satu pintu",
    "pelayanan terpusat",
    "pelayanan elektronik",
    "teknis fungsional",
    "kontinum",
    "angka turunan",
    "teks alternatif",
]

HEADER = "istilah,singkatan_dari,definisi,notebook,sumber\n"
HOSTILE = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def glossary():
    return gl.read_glossary()


def test_glossary_covers_every_required_abbreviation(glossary):
    expansions = dict(zip(glossary["istilah"], glossary["singkatan_dari"], strict=True))
    for abbreviation, expansion in REQUIRED_ABBREVIATIONS.items():
        assert abbreviation in expansions, abbreviation
        assert expansions[abbreviation].startswith(expansion), abbreviation


def test_glossary_covers_every_required_term(glossary):
    terms = set(glossary["istilah"])
    missing = [t for t in REQUIRED_TERMS if t not in terms]
    assert missing == []
    assert glossary.set_index("istilah").loc["rentang kendali", "singkatan_dari"] == (
        "span of control"
    )


def test_every_row_is_complete_and_sorted(glossary):
    assert list(glossary.columns) == ["istilah", "singkatan_dari", "definisi", "notebook", "sumber"]
    assert (glossary["definisi"].str.len() > 20).all()
    keys = list(glossary["istilah"].str.casefold())
    assert keys == sorted(keys)


def test_every_listed_notebook_is_in_the_course_manifest(glossary):
    stems = {chapter.stem for chapter in course().chapters}
    for cell in glossary["notebook"]:
        for stem in gl.split_notebooks(cell):
            assert stem in stems, stem


def test_terms_follow_the_notebooks_that_use_them(glossary):
    assert "gugus tugas" in gl.terms_in_notebook(glossary, "05_praktik_dan_tantangan")
    assert "SAMSAT" in gl.terms_in_notebook(glossary, "06_pola_pelayanan")
    assert "SAMSAT" not in gl.terms_in_notebook(glossary, "02_konsep_wog")


def test_filter_matches_every_word_ignoring_case(glossary):
    assert "SAMSAT" in set(gl.filter_glossary(glossary, "samsat")["istilah"])
    found = gl.filter_glossary(glossary, "SATU pintu")
    assert "pelayanan satu pintu" in set(found["istilah"])
    assert "pelayanan satu atap" not in set(found["istilah"])  # "pintu" is not in its row
    assert list(gl.filter_glossary(glossary, "Nomor Induk Berusaha")["istilah"]) == ["NIB"]


def test_filter_with_empty_or_unknown_query(glossary):
    assert len(gl.filter_glossary(glossary, "   ")) == len(glossary)
    assert gl.filter_glossary(glossary, "zzz tidak ada").empty


def test_filter_treats_input_as_text_not_pattern(glossary):
    assert gl.filter_glossary(glossary, ".*").empty
    literal = gl.filter_glossary(glossary, "(misalnya")  # an unbalanced regex, taken literally
    assert not literal.empty and literal["definisi"].str.contains("(misalnya", regex=False).all()


def test_count_caption():
    assert gl.count_caption(50, 50) == "Menampilkan semua 50 istilah."
    assert gl.count_caption(2, 50, " OSS ") == 'Menampilkan 2 dari 50 istilah yang memuat "OSS".'
    assert gl.count_caption(0, 50, "abc").startswith('Tidak ada istilah yang memuat "abc"')


def test_html_escapes_every_cell(glossary):
    row = glossary.iloc[[0]].copy()
    row["istilah"] = HOSTILE
    row["singkatan_dari"] = "<b>tebal</b>"
    row["definisi"] = "<script>x</script>"
    page = gl.glossary_html(row)
    assert "<script>x" not in page and "&lt;script&gt;x&lt;/script&gt;" in page
    assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<b>tebal" not in page and "&lt;b&gt;tebal" in page


def test_html_links_notebooks_titled_from_the_manifest(glossary):
    page = gl.glossary_html(gl.filter_glossary(glossary, "Mal Pelayanan Publik"))
    title = course().chapter("06_pola_pelayanan").title
    assert f'<a href="06_pola_pelayanan.ipynb" title="{title}">06</a>' in page
    assert "Bab III.D" in title


def test_links_refuse_a_notebook_outside_the_course():
    with pytest.raises(KeyError, match="tidak ada di peta kursus"):
        gl.notebook_links("10_tidak_ada")


def test_table_has_indonesian_headings_and_wraps(glossary):
    styled = gl.glossary_table(glossary)
    assert list(styled.data.columns) == [
        "Istilah",
        "Kepanjangan",
        "Definisi",
        "Muncul di notebook",
        "Sumber",
    ]
    assert "white-space: normal" in styled.to_html()


def test_widget_filters_the_same_table_in_place(glossary):
    search = gl.GlossarySearch(glossary)
    table, caption = search.table, search.caption
    assert table.value.count("<tr>") == len(glossary) + 1
    search.query.value = "gugus tugas"
    assert search.table is table and search.caption is caption
    assert table.value.count("<tr>") == 2
    assert "gugus tugas" in table.value and "SAMSAT</b>" not in table.value
    assert "Menampilkan 1 dari" in caption.value
    search.query.value = "xyz tak ada"
    assert "Tidak ada istilah" in caption.value
    search.query.value = ""
    assert table.value.count("<tr>") == len(glossary) + 1


def test_widget_escapes_what_is_typed(glossary):
    search = gl.GlossarySearch(glossary)
    search.query.value = HOSTILE
    assert "<img" not in search.caption.value
    assert "&lt;img src=x onerror=alert(1)&gt;" in search.caption.value


def test_glossary_search_reads_the_course_file():
    search = gl.glossary_search()
    assert len(search.shown) == len(search.glossary) >= 40
    assert "application/vnd.jupyter.widget-view+json" in search._repr_mimebundle_()


def write(tmp_path, body: str):
    path = tmp_path / "glosarium.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_reads_a_valid_file(tmp_path):
    path = write(
        tmp_path,
        "B,-,Definisi kedua,02_konsep_wog,Bab II\na,-,Definisi pertama,01_pendahuluan,Bab I\n",
    )
    assert list(gl.read_glossary(path)["istilah"]) == ["a", "B"]


def test_duplicate_term_ignoring_case_names_line_and_column(tmp_path):
    path = write(tmp_path, "WoG,-,Satu,01_pendahuluan,Bab I\nwog,-,Dua,01_pendahuluan,Bab I\n")
    with pytest.raises(DataError) as caught:
        gl.read_glossary(path)
    error = caught.value
    assert (error.line, error.column) == (3, "istilah")
    assert str(path) in str(error) and "baris 2" in error.problem


def test_duplicate_after_a_blank_line_names_the_file_line(tmp_path):
    path = write(tmp_path, "WoG,-,Satu,01_pendahuluan,Bab I\n\nWOG,-,Dua,01_pendahuluan,Bab I\n")
    with pytest.raises(DataError) as caught:
        gl.read_glossary(path)
    assert (caught.value.line, caught.value.column) == (4, "istilah")


@pytest.mark.parametrize(
    ("cell", "problem"),
    [
        ("02_konsep_wog.ipynb", "tidak sesuai bentuk"),  # the schema's pattern
        ("10_tidak_ada", "tidak ada di peta kursus"),  # the manifest
        ("01_pendahuluan; 99_lain", "'99_lain' tidak ada di peta kursus"),
    ],
)
def test_bad_notebook_names_line_and_column(tmp_path, cell, problem):
    path = write(tmp_path, f"WoG,-,Satu,01_pendahuluan,Bab I\nASN,-,Dua,{cell},Bab I\n")
    with pytest.raises(DataError) as caught:
        gl.read_glossary(path)
    assert (caught.value.line, caught.value.column) == (3, "notebook")
    assert problem in caught.value.problem


def test_empty_cell_and_missing_column(tmp_path):
    path = write(tmp_path, "WoG,-,,01_pendahuluan,Bab I\n")
    with pytest.raises(DataError) as caught:
        gl.read_glossary(path)
    assert (caught.value.line, caught.value.column) == (2, "definisi")
    path.write_text(
        "istilah,definisi,notebook,sumber\nWoG,Satu,01_pendahuluan,Bab I\n", encoding="utf-8"
    )
    with pytest.raises(DataError) as caught:
        gl.read_glossary(path)
    assert (caught.value.line, caught.value.column) == (1, "singkatan_dari")


def test_missing_file(tmp_path):
    with pytest.raises(DataError, match="tidak ditemukan"):
        gl.read_glossary(tmp_path / "tidak_ada.csv")
