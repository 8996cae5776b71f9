"""helpers.chapters.pola (notebook 06): service kinds, patterns and practices from the content
file, the press-reported MPP / OSS loaders and charts, and the two activities."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest

from helpers.chapters import pola
from helpers.core.datasets import DataError
from helpers.core.figures import alt_text
from helpers.core.tables import text_table

# The reported figures (figures-and-sources.md: KemenPANRB and the Minister of Investment, as
# reported by the press).
MPP_PERIODS = ["2017", "2023-09", "2024-06", "2024-12", "2025-12"]
MPP_COUNTS = [3, 152, 191, 272, 305]
MPP_OUTLETS = ("Bisnis", "VOI", "beritaktual.id", "Sakunar", "mureks.co.id")
NIB = [704417, 4061883]


def annotations_text(fig: go.Figure) -> str:
    return " ".join(a.text for a in fig.layout.annotations).replace("<br>", " ")


# --- content (Bab III.D) --------------------------------------------------------------------


def test_service_kinds_carry_the_course_examples():
    table = pola.service_kinds().frame()
    assert list(pola.service_kinds().choices()) == ["administratif", "jasa", "barang"]
    examples = table["Contoh dalam bahan ajar"]
    for example in ("KTP", "SIUP", "izin trayek", "izin usaha", "akta", "sertifikat tanah"):
        assert example in examples["Pelayanan administratif"]
    assert examples["Pelayanan jasa"] == "pendidikan, kesehatan, ketenagakerjaan, perhubungan"
    assert examples["Pelayanan barang"] == "jalan, perumahan, jaringan telepon, listrik, air bersih"


def test_five_patterns_in_the_course_order():
    table = pola.patterns().frame()
    assert list(table.index) == [
        "Teknis fungsional",
        "Satu atap",
        "Satu pintu",
        "Terpusat",
        "Elektronik",
    ]
    assert table.shape == (5, 4)
    assert "belum berkurang" in table.loc["Satu atap", "Bagi warga"]
    assert "pelimpahan" in table.loc["Satu pintu", "Kewenangan"].lower()
    assert "koordinator" in table.loc["Terpusat", "Siapa yang melayani"]
    assert "paling maju" in table.loc["Elektronik", "Catatan WoG"]


def test_practices_use_only_the_sourced_figures():
    table = pola.practices().frame()
    assert [name.split(" ")[0] for name in table.index] == ["SAMSAT", "PTSP", "Mal", "OSS"]
    samsat = table.iloc[0]
    assert "1972" in samsat["Tonggak dan angka (laporan)"]
    assert "28 Desember 1976" in samsat["Tonggak dan angka (laporan)"]
    for partner in ("Polri", "STNK", "PKB", "BBN-KB", "Jasa Raharja", "SWDKLLJ"):
        assert partner in samsat["Yang terlibat"]
    assert "Korlantas" in samsat["Sumber"]
    assert "Perpres 97/2014" in table.iloc[1]["Sumber"]
    assert "Permendagri 138/2017" in table.iloc[1]["Sumber"]
    assert "305" in table.iloc[2]["Tonggak dan angka (laporan)"]
    assert "704.417" in table.iloc[3]["Tonggak dan angka (laporan)"]
    assert "4.061.883" in table.iloc[3]["Tonggak dan angka (laporan)"]
    assert table.iloc[3]["Pola terdekat (untuk didiskusikan)"].startswith("Elektronik")


def test_prose_tables_are_shown_whole():
    html = text_table(pola.patterns().frame(), show_index=True).to_html()
    assert "white-space: normal" in html
    assert "Berdasarkan pelimpahan wewenang dari unit kerja lain yang terkait" in html


@pytest.mark.parametrize(
    ("activity", "items"),
    [(pola.pattern_activity, pola.patterns), (pola.service_kind_activity, pola.service_kinds)],
)
def test_every_item_is_the_answer_to_some_case(activity, items):
    assert {case.answer for case in activity().cases} == set(items().choices())


# --- MPP and OSS ----------------------------------------------------------------------------


def test_mpp_counts_are_the_reported_figures():
    mpp = pola.read_mpp_counts()
    assert mpp["periode"].tolist() == MPP_PERIODS
    assert mpp["jumlah"].tolist() == MPP_COUNTS
    assert mpp["label"].tolist() == ["2017", "Sep 2023", "Jun 2024", "Des 2024", "Des 2025"]
    assert all("KemenPANRB" in s for s in mpp["sumber"])
    for outlet in MPP_OUTLETS:
        assert mpp["sumber"].str.contains(outlet, regex=False).sum() == 1
    assert "Banyuwangi" in mpp.loc[0, "catatan"]
    assert "53%" in mpp.loc[3, "catatan"]


def test_oss_nib_are_the_reported_figures():
    oss = pola.read_oss_nib()
    assert oss["tahun"].tolist() == [2019, 2023]
    assert oss["nib_terbit"].tolist() == NIB
    assert all("Kabarsiger" in s and "Menteri Investasi" in s for s in oss["sumber"])


def test_mpp_rows_come_back_in_time_order(write_csv):
    path = write_csv(
        "periode,jumlah,sumber,catatan\n2024-06,191,x,-\n2017,3,y,-\n2023-09,152,z,-\n"
    )
    assert pola.read_mpp_counts(path)["jumlah"].tolist() == [3, 152, 191]


MPP_HEADER = "periode,jumlah,sumber,catatan\n"
OSS_HEADER = "tahun,nib_terbit,sumber,catatan\n"


@pytest.mark.parametrize(
    ("reader", "content", "line", "column"),
    [
        (pola.read_mpp_counts, "periode,jumlah,sumber\n2017,3,x\n", 1, "catatan"),
        (pola.read_mpp_counts, MPP_HEADER + "2017,3,x,-\n2023-13,152,y,-\n", 3, "periode"),
        (pola.read_mpp_counts, MPP_HEADER + "2017,-3,x,-\n", 2, "jumlah"),
        (pola.read_mpp_counts, MPP_HEADER + "2017,3,x,-\n2017,4,y,-\n", 3, "periode"),
        (pola.read_mpp_counts, MPP_HEADER + "2017,3,,-\n", 2, "sumber"),
        (pola.read_mpp_counts, MPP_HEADER + "1890,3,x,-\n", 2, "periode"),
        (pola.read_mpp_counts, MPP_HEADER + "Sep 2023,3,x,-\n", 2, "periode"),
        (pola.read_oss_nib, OSS_HEADER + "2019,banyak,x,-\n", 2, "nib_terbit"),
        (pola.read_oss_nib, OSS_HEADER + "2019,1,x,-\n2019,2,x,-\n", 3, "tahun"),
        (pola.read_oss_nib, OSS_HEADER + "2019,-1,x,-\n", 2, "nib_terbit"),
        (pola.read_oss_nib, OSS_HEADER + "1890,1,x,-\n", 2, "tahun"),
    ],
)
def test_bad_files_name_file_line_and_column(write_csv, reader, content, line, column):
    path = write_csv(content)
    with pytest.raises(DataError) as error:
        reader(path)
    assert error.value.file == str(path) and str(path) in str(error.value)
    assert (error.value.line, error.value.column) == (line, column)


def test_missing_file_is_a_data_error(tmp_path):
    with pytest.raises(DataError, match="tidak ditemukan"):
        pola.read_oss_nib(tmp_path / "tidak_ada.csv")


def test_period_labels():
    assert pola.period_label("2017") == "2017"
    assert pola.period_label("2023-09") == "Sep 2023"
    assert pola.period_label("2024-08") == "Agu 2024"
    assert pola.period_label("2025-12") == "Des 2025"
    with pytest.raises(ValueError):
        pola.period_label("Desember 2025")


def test_growth_multiple():
    assert pola.growth_multiple(3, 305) == pytest.approx(305 / 3)
    with pytest.raises(ValueError):
        pola.growth_multiple(0, 10)


def test_mpp_table_has_indonesian_headers_and_every_source():
    table = pola.mpp_table(pola.read_mpp_counts())
    assert list(table.columns) == ["Jumlah MPP", "Sumber", "Catatan"]
    assert table.index.name == "Periode"
    assert table.loc["Sep 2023", "Jumlah MPP"] == 152
    assert "VOI" in table.loc["Sep 2023", "Sumber"]


# --- charts -------------------------------------------------------------------------------------


@pytest.fixture
def mpp():
    return pola.read_mpp_counts()


def test_mpp_chart_is_one_bar_per_report_without_lines(mpp):
    fig = pola.mpp_chart(mpp)
    assert all(isinstance(trace, go.Bar) for trace in fig.data)
    assert list(fig.data[0].x) == ["2017", "Sep 2023", "Jun 2024", "Des 2024", "Des 2025"]
    assert list(fig.data[0].y) == MPP_COUNTS
    assert fig.layout.xaxis.type == "category"
    assert fig.data[0].marker.color == "#0072B2"  # Okabe-Ito blue


def test_mpp_chart_cites_press_reports(mpp):
    fig = pola.mpp_chart(mpp)
    note = annotations_text(fig)
    for outlet in (*MPP_OUTLETS, "KemenPANRB"):
        assert outlet in note
    assert "bukan dataset" in note and "tidak disambung" in note
    assert "pemberitaan media" in alt_text(fig)


def test_mpp_growth_is_labelled_derived(mpp):
    text = pola.mpp_growth_text(mpp)
    assert "101,7 kali lipat (angka turunan)" in text  # 305 / 3, one decimal, decimal comma
    assert "(angka turunan)" in alt_text(pola.mpp_chart(mpp))


def test_oss_chart_is_two_bars_with_a_derived_ratio():
    fig = pola.oss_chart(pola.read_oss_nib())
    assert len(fig.data) == 1 and isinstance(fig.data[0], go.Bar)
    assert list(fig.data[0].x) == ["2019", "2023"]
    assert list(fig.data[0].text) == ["704.417", "4.061.883"]
    assert "5,8 kali" in alt_text(fig)  # 4.061.883 / 704.417, one decimal
    assert "(angka turunan)" in alt_text(fig)
    note = annotations_text(fig)
    assert "Kabarsiger" in note and "bukan dataset" in note
    assert fig.layout.yaxis.tickformat == ",d"
    assert fig.layout.separators == ",."


def test_charts_are_tall_enough_to_read(mpp):
    assert pola.mpp_chart(mpp).layout.height >= 500
    assert pola.oss_chart(pola.read_oss_nib()).layout.height >= 500


# --- activities ---------------------------------------------------------------------------------


def test_pattern_activity_judges_and_scores():
    activity = pola.pattern_activity()
    assert "Kasus 1 dari 5" in activity.case.value
    activity.choice.value = activity.cases[0].answer
    activity.check_button.click()
    assert "✔" in activity.feedback.value
    assert "Jawaban tepat: 1 dari 5" in activity.score.value


def test_next_case_moves_on_resets_and_wraps():
    activity = pola.service_kind_activity()
    activity.choice.value = activity.cases[0].answer
    activity.check()
    first_text = activity.case.value
    activity.next_button.click()
    assert activity.case.value != first_text
    assert activity.choice.value is None and activity.feedback.value == ""
    for _ in range(len(activity.cases) - 1):
        activity.next_case()
    assert activity.case.value == first_text


def test_activity_options_are_indonesian_labels():
    labels = [label for label, _ in pola.pattern_activity().choice.options]
    assert labels == ["Teknis fungsional", "Satu atap", "Satu pintu", "Terpusat", "Elektronik"]
