"""helpers.practice: channel arithmetic, course content as data, MPP / OSS loaders."""

from __future__ import annotations

import math
from itertools import combinations

import pytest

from helpers import practice
from helpers.data import DataError


def count_pairs(n: int) -> int:
    """Direct channels by definition: one per unordered pair of agencies."""
    return sum(1 for _ in combinations(range(n), 2))


@pytest.mark.parametrize("n", range(1, 21))
def test_channel_counts_follow_their_definition(n):
    assert practice.pairwise_channels(n) == count_pairs(n)
    assert practice.hub_channels(n) == n - 1


def test_five_agencies_have_ten_pairwise_and_four_hub_channels():
    assert practice.pairwise_channels(5) == count_pairs(5) == 10
    assert practice.hub_channels(5) == 4


@pytest.mark.parametrize("bad", [0, -3, 2.5, "5", True, None])
def test_channel_counts_reject_non_counts(bad):
    with pytest.raises(ValueError, match="Jumlah lembaga"):
        practice.pairwise_channels(bad)


def test_edges_match_the_counts():
    edges = practice.pairwise_edges(6)
    assert len(edges) == len(set(edges)) == count_pairs(6)
    assert all(a < b for a, b in edges)
    hub = practice.hub_edges(6)
    assert len(hub) == 5 and all(a == 0 for a, _ in hub)
    assert sorted(b for _, b in hub) == [1, 2, 3, 4, 5]


def test_circle_layout_puts_points_on_the_circle_starting_at_the_top():
    points = practice.circle_layout(8, radius=2.0)
    assert len(points) == 8
    assert points[0] == pytest.approx((0.0, 2.0))
    assert all(math.hypot(x, y) == pytest.approx(2.0) for x, y in points)
    assert len({(round(x, 6), round(y, 6)) for x, y in points}) == 8


def test_hub_layout_puts_the_coordinator_in_the_centre():
    points = practice.hub_layout(5)
    assert points[0] == (0.0, 0.0)
    assert len(points) == 5
    assert all(math.hypot(x, y) == pytest.approx(1.0) for x, y in points[1:])
    assert practice.hub_layout(1) == [(0.0, 0.0)]


def test_channel_table_spans_the_range_and_computes_the_gap():
    table = practice.channel_table(2, 20)
    assert table["jumlah_lembaga"].tolist() == list(range(2, 21))
    row = table.set_index("jumlah_lembaga").loc[20]
    assert row["saluran_langsung"] == count_pairs(20)
    assert row["saluran_lewat_koordinator"] == 19
    assert row["selisih"] == count_pairs(20) - 19
    with pytest.raises(ValueError):
        practice.channel_table(10, 3)


def test_three_ways_in_the_course_order():
    names = [w.nama.lower() for w in practice.WAYS]
    assert "koordinasi antarlembaga" in names[0]
    assert "lembaga koordinasi khusus" in names[1]
    assert "gugus tugas" in names[2]
    special, task_force = practice.WAYS[1], practice.WAYS[2]
    assert "permanen" in special.permanen.lower()
    assert "setingkat lebih tinggi" in special.struktur and "setara" in special.struktur
    assert "tidak permanen" in task_force.permanen.lower()
    assert "di luar struktur formal" in task_force.struktur.lower()
    assert "mengurangi jumlah lembaga" in practice.WAYS[0].rentang_kendali


def test_three_challenges_in_the_course_order():
    assert [c.key for c in practice.CHALLENGES] == ["kapasitas", "nilai_budaya", "kepemimpinan"]
    assert "merger" in practice.CHALLENGES[0].kapan_terasa
    assert "penyatuan lembaga" in practice.CHALLENGES[1].kapan_terasa


def test_service_kinds_carry_the_course_examples():
    kinds = {k.key: k for k in practice.SERVICE_KINDS}
    assert list(kinds) == ["administratif", "jasa", "barang"]
    for example in ("KTP", "SIUP", "izin trayek", "izin usaha", "akta", "sertifikat tanah"):
        assert example in kinds["administratif"].contoh
    assert "PTSP" in kinds["administratif"].praktik_wog
    assert "SAMSAT" in kinds["administratif"].praktik_wog
    assert set(kinds["jasa"].contoh) == {
        "pendidikan",
        "kesehatan",
        "ketenagakerjaan",
        "perhubungan",
    }
    assert set(kinds["barang"].contoh) == {
        "jalan",
        "perumahan",
        "jaringan telepon",
        "listrik",
        "air bersih",
    }


def test_five_patterns_in_the_course_order():
    assert [p.nama for p in practice.PATTERNS] == [
        "Teknis fungsional",
        "Satu atap",
        "Satu pintu",
        "Terpusat",
        "Elektronik",
    ]
    by_key = {p.key: p for p in practice.PATTERNS}
    assert "belum berkurang" in by_key["satu_atap"].bagi_warga
    assert "pelimpahan" in by_key["satu_pintu"].kewenangan.lower()
    assert "koordinator" in by_key["terpusat"].siapa_melayani
    assert "paling maju" in by_key["elektronik"].catatan_wog


def test_tables_have_one_row_per_item():
    assert list(practice.patterns_table().index) == [p.nama for p in practice.PATTERNS]
    assert practice.patterns_table().shape == (5, 4)
    assert practice.ways_table().shape[0] == 3
    assert "air bersih" in practice.service_kinds_table().loc["Pelayanan barang"].iloc[1]


@pytest.mark.parametrize(
    ("cases", "items"),
    [
        (practice.CHALLENGE_CASES, practice.CHALLENGES),
        (practice.PATTERN_CASES, practice.PATTERNS),
        (practice.SERVICE_KIND_CASES, practice.SERVICE_KINDS),
    ],
)
def test_every_case_has_a_known_answer_and_every_item_is_used(cases, items):
    keys = {item.key for item in items}
    assert {case.jawaban for case in cases} == keys


def test_judge_case_right_wrong_and_blank():
    case = practice.PATTERN_CASES[2]
    assert case.jawaban == "satu_pintu"
    right, message = practice.judge_case(case, "satu_pintu", practice.PATTERNS)
    assert right is True and message.startswith("Tepat.")
    wrong, message = practice.judge_case(case, "satu_atap", practice.PATTERNS, "Lihat kewenangan.")
    assert wrong is False and "Satu atap" in message and "Lihat kewenangan." in message
    blank, message = practice.judge_case(case, None, practice.PATTERNS)
    assert blank is None and "Pilih" in message
    with pytest.raises(ValueError):
        practice.judge_case(case, "tidak_ada", practice.PATTERNS)


def test_options_are_label_key_pairs():
    assert practice.options(practice.SERVICE_KINDS)[1] == ("Pelayanan jasa", "jasa")


# --- MPP and OSS ---------------------------------------------------------------------------------


def test_mpp_counts_are_the_reported_figures():
    mpp = practice.read_mpp_counts()
    assert mpp["periode"].tolist() == ["2017", "2023-09", "2024-06", "2024-12", "2025-12"]
    assert mpp["jumlah"].tolist() == [3, 152, 191, 272, 305]
    assert mpp["label"].tolist() == ["2017", "Sep 2023", "Jun 2024", "Des 2024", "Des 2025"]
    assert all("KemenPANRB" in s for s in mpp["sumber"])
    for outlet in ("Bisnis", "VOI", "beritaktual.id", "Sakunar", "mureks.co.id"):
        assert mpp["sumber"].str.contains(outlet, regex=False).sum() == 1
    assert "Banyuwangi" in mpp.loc[0, "catatan"]
    assert "53%" in mpp.loc[3, "catatan"]


def test_oss_nib_are_the_reported_figures():
    oss = practice.read_oss_nib()
    assert oss["tahun"].tolist() == [2019, 2023]
    assert oss["nib_terbit"].tolist() == [704417, 4061883]
    assert all("Kabarsiger" in s and "Menteri Investasi" in s for s in oss["sumber"])


def test_mpp_rows_come_back_in_time_order(write_csv):
    path = write_csv(
        "periode,jumlah,sumber,catatan\n2024-06,191,x,-\n2017,3,y,-\n2023-09,152,z,-\n"
    )
    assert practice.read_mpp_counts(path)["jumlah"].tolist() == [3, 152, 191]


@pytest.mark.parametrize(
    ("content", "line", "column"),
    [
        ("periode,jumlah,sumber\n2017,3,x\n", 1, "catatan"),
        ("periode,jumlah,sumber,catatan\n2017,3,x,-\n2023-13,152,y,-\n", 3, "periode"),
        ("periode,jumlah,sumber,catatan\n2017,-3,x,-\n", 2, "jumlah"),
        ("periode,jumlah,sumber,catatan\n2017,3,x,-\n2017,4,y,-\n", 3, "periode"),
        ("periode,jumlah,sumber,catatan\n2017,3,,-\n", 2, "sumber"),
        ("periode,jumlah,sumber,catatan\n1890,3,x,-\n", 2, "periode"),
        ("periode,jumlah,sumber,catatan\nSep 2023,3,x,-\n", 2, "periode"),
    ],
)
def test_bad_mpp_files_name_file_line_and_column(write_csv, content, line, column):
    path = write_csv(content)
    with pytest.raises(DataError) as error:
        practice.read_mpp_counts(path)
    assert error.value.file == str(path)
    assert error.value.line == line
    assert error.value.column == column


@pytest.mark.parametrize(
    ("content", "line", "column"),
    [
        ("tahun,nib_terbit,sumber,catatan\n2019,banyak,x,-\n", 2, "nib_terbit"),
        ("tahun,nib_terbit,sumber,catatan\n2019,1,x,-\n2019,2,x,-\n", 3, "tahun"),
        ("tahun,nib_terbit,sumber,catatan\n2019,-1,x,-\n", 2, "nib_terbit"),
    ],
)
def test_bad_oss_files_name_file_line_and_column(write_csv, content, line, column):
    path = write_csv(content)
    with pytest.raises(DataError) as error:
        practice.read_oss_nib(path)
    assert (error.value.line, error.value.column) == (line, column)
    assert str(path) in str(error.value)


def test_missing_file_is_a_data_error(tmp_path):
    with pytest.raises(DataError, match="tidak ditemukan"):
        practice.read_oss_nib(tmp_path / "tidak_ada.csv")


def test_period_labels():
    assert practice.period_label("2017") == "2017"
    assert practice.period_label("2023-09") == "Sep 2023"
    assert practice.period_label("2024-08") == "Agu 2024"
    assert practice.period_label("2025-12") == "Des 2025"
    with pytest.raises(ValueError):
        practice.period_label("Desember 2025")


def test_growth_multiple():
    assert practice.growth_multiple(3, 305) == pytest.approx(305 / 3)
    with pytest.raises(ValueError):
        practice.growth_multiple(0, 10)


def test_press_note_says_these_are_not_agency_datasets():
    assert "bukan dari dataset" in practice.PRESS_NOTE


def test_challenges_table_has_the_three_challenges():
    table = practice.challenges_table()
    assert list(table.index) == [
        "Kapasitas SDM dan institusi",
        "Nilai dan budaya organisasi",
        "Kepemimpinan",
    ]


def test_practices_use_only_the_sourced_figures():
    table = practice.practices_table()
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


def test_styled_table_shows_full_text():
    html = practice.styled_table(practice.patterns_table()).to_html()
    assert "white-space: normal" in html
    assert "Berdasarkan pelimpahan wewenang dari unit kerja lain yang terkait" in html


def test_mpp_table_has_indonesian_headers_and_every_source():
    table = practice.mpp_table(practice.read_mpp_counts())
    assert list(table.columns) == ["Jumlah MPP", "Sumber", "Catatan"]
    assert table.index.name == "Periode"
    assert table.loc["Sep 2023", "Jumlah MPP"] == 152
    assert "VOI" in table.loc["Sep 2023", "Sumber"]
