"""helpers.data: the course's figures load exactly, and bad files give clear DataErrors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers import data
from helpers.data import DataError

# Typed from the course text, Bab III.A (2000-2015).
TOTAL = 12471
FORMS = {"Peraturan Menteri": 8311, "Peraturan Pemerintah": 2446, "Perpu": 49}
SECTORS = {
    "Perdagangan": 276,
    "Perindustrian": 411,
    "Standarisasi dan pengendalian mutu": 516,
    "Tata kelola birokrasi dan pelayanan publik": 136,
    "Tata cara penanaman modal": 92,
    "Jenis pajak": 1061,
}
# Typed from figures-and-sources.md, "Integrity of public services (KPK surveys)".
SCORES = {
    ("ISP", 2007, "pusat"): 5.53,
    ("ISP", 2008, "daerah"): 6.69,
    ("ISP", 2009, "pusat"): 6.64,
    ("ISP", 2009, "nasional"): 6.50,
    ("ISP", 2010, "nasional"): 5.42,
    ("ISP", 2011, "nasional"): 6.31,
    ("ISP", 2011, "pusat"): 7.07,
    ("ISP", 2011, "vertikal"): 6.40,
    ("ISP", 2011, "daerah"): 6.00,
    ("SPI", 2021, "nasional"): 72.43,
    ("SPI", 2022, "nasional"): 71.94,
    ("SPI", 2023, "nasional"): 70.97,
    ("SPI", 2024, "nasional"): 71.53,
}

REG_HEADER = "periode_awal,periode_akhir,dimensi,kategori,jumlah,sumber,bagian_sumber"
SCORE_HEADER = "survei,tahun,tingkat,skor,skala_maks,sumber"


def counts(frame, dimension):
    rows = frame[frame["dimensi"] == dimension]
    return dict(zip(rows["kategori"], rows["jumlah"], strict=True))


def test_regulations_match_course_text():
    regs = data.read_regulations()
    assert counts(regs, "total") == {"Seluruh regulasi atau kebijakan": TOTAL}
    assert counts(regs, "bentuk") == FORMS
    assert counts(regs, "sektor") == SECTORS
    assert set(regs["periode_awal"]) == {2000} and set(regs["periode_akhir"]) == {2015}
    assert set(regs["bagian_sumber"]) == {"Bab III.A"}
    assert regs["sumber"].str.contains("Bahan Ajar").all()


def test_no_residual_is_stored_in_the_data_file():
    regs = data.read_regulations()
    assert not regs["kategori"].str.contains("lain", case=False).any()


def test_survey_scores_match_sources():
    scores = data.read_survey_scores()
    got = {(r.survei, r.tahun, r.tingkat): r.skor for r in scores.itertuples()}
    assert got == pytest.approx(SCORES)
    scales = dict(zip(scores["survei"], scores["skala_maks"], strict=False))
    assert scales == {"ISP": 10, "SPI": 100}
    assert (scores["sumber"].str.len() > 10).all()


def test_reads_from_any_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert len(data.read_regulations()) == 1 + len(FORMS) + len(SECTORS)
    assert len(data.read_survey_scores()) == len(SCORES)


def test_residual_other_forms_is_derived_and_labelled():
    table = data.regulations_by_form(data.read_regulations())
    residual = table[table["turunan"]]
    assert list(residual["kategori"]) == ["Bentuk lain (turunan)"]
    assert int(residual["jumlah"].iloc[0]) == TOTAL - sum(FORMS.values())
    assert not table[~table["turunan"]]["kategori"].str.contains("turunan").any()
    assert table["persen"].sum() == pytest.approx(100)


def test_forms_are_largest_first_with_residual_last():
    table = data.regulations_by_form(data.read_regulations())
    named = sorted(FORMS, key=FORMS.get, reverse=True)
    assert list(table["kategori"]) == [*named, "Bentuk lain (turunan)"]


def test_sectors_sorted_and_shares_of_total():
    table = data.regulations_by_sector(data.read_regulations())
    assert list(table["kategori"]) == sorted(SECTORS, key=SECTORS.get, reverse=True)
    tax = table.set_index("kategori").loc["Jenis pajak", "persen"]
    assert tax == pytest.approx(100 * 1061 / TOTAL)


def test_indonesian_excel_file_is_read(write_csv):
    body = (
        "survei;tahun;tingkat;skor;skala_maks;sumber\n"
        'ISP;2009;pusat;6,64;10;"Bahan ajar; Bab III.A"\n'
        "SPI;2021;nasional;72,43;100;Kompas\n"
    )
    scores = data.read_survey_scores(write_csv(body))
    assert list(scores["skor"]) == pytest.approx([6.64, 72.43])
    assert scores["sumber"].iloc[0] == "Bahan ajar; Bab III.A"


def test_indonesian_excel_thousands_separator_is_read(write_csv):
    body = REG_HEADER.replace(",", ";") + "\n2000;2015;total;Semua;12.471;Bahan ajar;Bab III.A\n"
    assert data.read_regulations(write_csv(body))["jumlah"].tolist() == [TOTAL]


def test_utf8_bom_and_windows_1252_are_read(write_csv):
    row = "2000,2015,sektor,Perdagangan,276,Bahan ajar – Jawa Timur,Bab III.A\n"
    with_bom = data.read_regulations(write_csv(("\ufeff" + REG_HEADER + "\n" + row).encode()))
    cp1252 = data.read_regulations(write_csv((REG_HEADER + "\n" + row).encode("cp1252"), "b.csv"))
    assert with_bom["sumber"].iloc[0] == cp1252["sumber"].iloc[0] == "Bahan ajar – Jawa Timur"


def test_reading_never_changes_the_file(write_csv):
    path = write_csv(SCORE_HEADER + "\nISP,2009,pusat,6.64,10,Bahan ajar\n")
    before = (path.read_bytes(), os.stat(path).st_mtime_ns)
    data.read_survey_scores(path)
    assert (path.read_bytes(), os.stat(path).st_mtime_ns) == before


def error_for(reader, path: Path) -> DataError:
    with pytest.raises(DataError) as caught:
        reader(path)
    assert isinstance(caught.value, ValueError)
    assert str(path) in str(caught.value)
    return caught.value


def test_missing_file():
    err = error_for(data.read_regulations, Path("/tidak/ada/regulasi.csv"))
    assert "tidak ditemukan" in str(err)


def test_empty_file(write_csv):
    assert "kosong" in str(error_for(data.read_regulations, write_csv("")))


def test_header_only_file(write_csv):
    err = error_for(data.read_regulations, write_csv(REG_HEADER + "\n"))
    assert "tanpa baris data" in str(err)


def test_missing_column(write_csv):
    err = error_for(data.read_regulations, write_csv("periode_awal,periode_akhir\n2000,2015\n"))
    assert err.column == "dimensi" and err.line == 1
    assert "kolom 'dimensi'" in str(err)


@pytest.mark.parametrize("value", ["banyak", "12.5", "1e3"])
def test_non_numeric_count(write_csv, value):
    body = f"{REG_HEADER}\n2000,2015,bentuk,Perpu,{value},Bahan ajar,Bab III.A\n"
    err = error_for(data.read_regulations, write_csv(body))
    assert (err.line, err.column) == (2, "jumlah")
    assert value in str(err) and "kolom 'jumlah'" in str(err)


def test_negative_count(write_csv):
    body = f"{REG_HEADER}\n2000,2015,bentuk,Perpu,-49,Bahan ajar,Bab III.A\n"
    err = error_for(data.read_regulations, write_csv(body))
    assert (err.line, err.column) == (2, "jumlah") and "negatif" in str(err)


def test_empty_cell(write_csv):
    body = f"{REG_HEADER}\n2000,2015,bentuk,,49,Bahan ajar,Bab III.A\n"
    err = error_for(data.read_regulations, write_csv(body))
    assert (err.line, err.column) == (2, "kategori") and "sel kosong" in str(err)


def test_unknown_dimension(write_csv):
    body = f"{REG_HEADER}\n2000,2015,wilayah,Jawa,49,Bahan ajar,Bab III.A\n"
    err = error_for(data.read_regulations, write_csv(body))
    assert err.column == "dimensi" and "wilayah" in str(err)


@pytest.mark.parametrize(("score", "scale"), [("10.5", "10"), ("-1", "10"), ("100.01", "100")])
def test_score_outside_scale(write_csv, score, scale):
    survey = "ISP" if scale == "10" else "SPI"
    body = f"{SCORE_HEADER}\n{survey},2011,nasional,{score},{scale},KPK\n"
    err = error_for(data.read_survey_scores, write_csv(body))
    assert (err.line, err.column) == (2, "skor") and "di luar skala" in str(err)


def test_scale_must_match_survey(write_csv):
    body = f"{SCORE_HEADER}\nISP,2011,nasional,6.31,100,KPK\n"
    err = error_for(data.read_survey_scores, write_csv(body))
    assert err.column == "skala_maks"


def test_unknown_survey(write_csv):
    body = f"{SCORE_HEADER}\nIKM,2011,nasional,6.31,10,KPK\n"
    err = error_for(data.read_survey_scores, write_csv(body))
    assert err.column == "survei" and "IKM" in str(err)


def test_unknown_level(write_csv):
    body = f"{SCORE_HEADER}\nISP,2011,provinsi,6.31,10,KPK\n"
    err = error_for(data.read_survey_scores, write_csv(body))
    assert err.column == "tingkat" and "provinsi" in str(err)


def test_duplicated_row_key(write_csv):
    body = f"{SCORE_HEADER}\nISP,2011,pusat,7.07,10,KPK\nISP,2009,pusat,6.64,10,KPK\n"
    body += "ISP,2011,pusat,7.07,10,JPNN\n"
    err = error_for(data.read_survey_scores, write_csv(body))
    assert err.line == 4 and "baris 2" in str(err) and err.column is not None


@pytest.mark.parametrize("year", ["1989", "2031"])
def test_year_outside_range(write_csv, year):
    body = f"{SCORE_HEADER}\nISP,{year},pusat,6.64,10,KPK\n"
    err = error_for(data.read_survey_scores, write_csv(body))
    assert (err.line, err.column) == (2, "tahun") and year in str(err)


def test_period_end_before_start(write_csv):
    body = f"{REG_HEADER}\n2015,2000,total,Semua,12471,Bahan ajar,Bab III.A\n"
    err = error_for(data.read_regulations, write_csv(body))
    assert err.column == "periode_akhir"


def test_ragged_row_names_its_line(write_csv):
    body = f"{SCORE_HEADER}\nISP,2009,pusat,6.64,10,KPK\nISP,2011,pusat,7,07,10,KPK\n"
    err = error_for(data.read_survey_scores, write_csv(body))
    assert err.line == 3 and "pemisah" in str(err)


def test_xlsx_given_as_csv(write_csv):
    err = error_for(data.read_survey_scores, write_csv(b"PK\x03\x04binary-xlsx", "skor.csv"))
    assert "xlsx" in str(err)


def test_utf16_file_is_refused_as_not_plain_text(write_csv):
    err = error_for(data.read_survey_scores, write_csv("survei,tahun\n".encode("utf-16")))
    assert "bukan berkas teks CSV" in str(err)


def test_undecodable_bytes_are_refused(write_csv):
    err = error_for(data.read_survey_scores, write_csv(b"survei,tahun\n\x81\x8d,2009\n"))
    assert "pengodean" in str(err) and "UTF-8" in str(err)


def test_forms_exceeding_total_is_refused(write_csv):
    body = (
        f"{REG_HEADER}\n2000,2015,total,Semua,100,Contoh,Contoh\n"
        "2000,2015,bentuk,Perpu,101,Contoh,Contoh\n"
    )
    regs = data.read_regulations(write_csv(body))
    with pytest.raises(DataError, match="melebihi total"):
        data.regulations_by_form(regs)
