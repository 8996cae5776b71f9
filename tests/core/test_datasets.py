"""helpers.core.datasets: data/datapackage.json describes every file, and the reader enforces it.

The descriptor is checked twice, independently: by the `frictionless` library (the standard's
own validator) and by the course's reader, which must refuse what the schema forbids with a
DataError in Bahasa Indonesia naming file, line and column.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from pathlib import Path

import pytest
from frictionless import Package, validate

from helpers.core import datasets
from helpers.core.datasets import DataError, parse_table, read_table
from tests.conftest import ROOT

DATA = ROOT / "data"
RESOURCES = [
    "regulations",
    "survey_scores",
    "mpp_counts",
    "oss_nib",
    "perry6_continuum",
    "glosarium",
]
OSS_HEADER = "tahun,nib_terbit,sumber,catatan"
# Typed from figures-and-sources.md: NIB issued through OSS, 2019 and 2023.
NIB_2019, NIB_2023 = 704417, 4061883


def descriptor() -> dict:
    return json.loads((DATA / "datapackage.json").read_text(encoding="utf-8"))


def error_for(resource: str, content: str | bytes, name: str = "berkas_peserta.csv") -> DataError:
    raw = content.encode() if isinstance(content, str) else content
    with pytest.raises(DataError) as caught:
        parse_table(resource, raw, name)
    assert str(caught.value).startswith(f"Berkas '{name}'")
    return caught.value


# --- the descriptor


def test_frictionless_validates_the_package_and_every_file():
    report = validate(str(DATA / "datapackage.json"))
    assert report.valid, report.flatten(["taskName", "rowNumber", "fieldName", "message"])
    assert sorted(task.name for task in report.tasks) == sorted(RESOURCES)


def test_every_csv_in_data_is_described_once():
    paths = [r["path"] for r in descriptor()["resources"]]
    assert sorted(paths) == sorted(p.name for p in DATA.glob("*.csv"))
    assert [r["name"] for r in descriptor()["resources"]] == RESOURCES


def test_schema_fields_are_exactly_the_file_headers():
    for resource in RESOURCES:
        path = DATA / datasets.resource(resource)["path"]
        header = next(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
        assert datasets.field_names(resource) == header, resource


def test_every_field_is_described_typed_and_required_and_every_file_has_its_sources():
    package = descriptor()
    assert package["licenses"] and package["sources"]
    for resource in package["resources"]:
        assert resource["sources"] and resource["title"], resource["name"]
        schema = resource["schema"]
        assert schema["primaryKey"], resource["name"]
        assert "sumber" in [f["name"] for f in schema["fields"]], resource["name"]
        for field in schema["fields"]:
            assert field["type"] in {"integer", "number", "string"}
            assert field["constraints"]["required"] is True
            assert len(field["description"]) >= 10, field["name"]


def test_the_package_is_read_from_the_working_directory_first(tmp_path, monkeypatch):
    # A trainee's own clone (here: a copy) wins over the folder beside the installed package;
    # a notebook runs in notebooks/, so the copy is found in the parent folder.
    clone = tmp_path / "klon"
    shutil.copytree(DATA, clone / "data")
    (clone / "data" / "oss_nib.csv").write_text(f"{OSS_HEADER}\n2019,1,Salinan,-\n", "utf-8")
    (clone / "notebooks").mkdir()
    monkeypatch.chdir(clone / "notebooks")
    assert datasets.data_dir() == (clone / "data").resolve()
    assert read_table("oss_nib")["nib_terbit"].tolist() == [1]


def test_the_package_beside_the_code_is_the_fallback(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert datasets.data_dir() == DATA
    assert read_table("oss_nib")["nib_terbit"].tolist() == [NIB_2019, NIB_2023]


def test_unknown_resource_is_refused_in_indonesian():
    with pytest.raises(ValueError, match="tidak dikenal"):
        datasets.schema("anggaran")


# --- the schema drives the reader


def test_types_come_from_the_schema():
    frame = read_table("survey_scores")
    assert frame["tahun"].dtype == "int64" and frame["skor"].dtype == "float64"
    assert frame["survei"].map(type).eq(str).all()


def test_field_names_give_a_template_header():
    assert datasets.field_names("oss_nib") == OSS_HEADER.split(",")


def test_messages_say_what_the_column_must_hold_from_its_description():
    err = error_for("oss_nib", f"{OSS_HEADER}\n2019,banyak,Kabarsiger,-\n")
    assert (err.line, err.column) == (2, "nib_terbit")
    assert "'banyak'" in err.problem and "bilangan bulat" in err.problem
    assert "Online Single Submission" in err.problem  # the field's description


def test_required_cell_left_empty():
    err = error_for("oss_nib", f"{OSS_HEADER}\n2019,{NIB_2019},,-\n")
    assert (err.line, err.column) == (2, "sumber") and "sel kosong" in err.problem


def test_minimum_zero_names_a_negative_value():
    err = error_for("oss_nib", f"{OSS_HEADER}\n2019,-5,Kabarsiger,-\n")
    assert (err.line, err.column) == (2, "nib_terbit") and "negatif" in err.problem


@pytest.mark.parametrize("year", ["1999", "2031"])
def test_minimum_and_maximum_name_the_range(year):
    err = error_for("oss_nib", f"{OSS_HEADER}\n{year},{NIB_2019},Kabarsiger,-\n")
    assert (err.line, err.column) == (2, "tahun") and year in err.problem
    assert "2000–2030" in err.problem


def test_enum_lists_the_allowed_values():
    header = "survei,tahun,tingkat,skor,skala_maks,sumber"
    err = error_for("survey_scores", f"{header}\nIKM,2011,nasional,6.31,10,KPK\n")
    assert err.column == "survei" and "'IKM'" in err.problem and "ISP, SPI" in err.problem


@pytest.mark.parametrize("period", ["2023-13", "2023-9", "Sept 2023", "2023/09"])
def test_pattern_refuses_a_malformed_period(period):
    err = error_for("mpp_counts", f"periode,jumlah,sumber,catatan\n{period},152,VOI,-\n")
    assert (err.line, err.column) == (2, "periode") and "TTTT-BB" in err.problem


def test_primary_key_names_the_repeated_line():
    body = f"{OSS_HEADER}\n2019,1,a,-\n2023,2,b,-\n2019,3,c,-\n"
    err = error_for("oss_nib", body)
    assert err.line == 4 and "baris 2" in err.problem and err.column == "tahun"


def test_a_unique_field_is_enforced():
    path = DATA / "perry6_continuum.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    tenth = lines[-1].replace("9,", "10,", 1)  # a new position, the same type (Merger)
    err = error_for("perry6_continuum", "\n".join([*lines, tenth]) + "\n")
    assert (err.line, err.column) == (11, "tipe")


def test_checks_run_after_the_schema_with_rows_lines_and_file():
    seen = []
    read_table("oss_nib", checks=[lambda rows, lines, file: seen.append((rows, lines, file))])
    rows, lines, file = seen[0]
    assert [r["nib_terbit"] for r in rows] == [NIB_2019, NIB_2023]
    assert lines == [2, 3] and file.endswith("oss_nib.csv")


# --- what a participant's file may look like


def test_indonesian_excel_file_is_read():
    body = f'{OSS_HEADER.replace(",", ";")}\n2019;704.417;"Kabarsiger; 27 Januari 2024";-\n'
    frame = parse_table("oss_nib", body.encode())
    assert frame["nib_terbit"].tolist() == [NIB_2019]
    assert frame["sumber"].iloc[0] == "Kabarsiger; 27 Januari 2024"


def test_decimal_comma_is_read_only_in_semicolon_files():
    header = "survei;tahun;tingkat;skor;skala_maks;sumber"
    frame = parse_table("survey_scores", f"{header}\nISP;2009;pusat;6,64;10;KPK\n".encode())
    assert frame["skor"].tolist() == [6.64]
    err = error_for("survey_scores", f"{header.replace(';', ',')}\nISP,2009,pusat,6;64,10,KPK\n")
    assert err.column == "skor"


def test_utf8_bom_and_windows_1252_are_read():
    body = f"{OSS_HEADER}\n2019,1,Menteri Investasi – Kabarsiger,-\n"
    with_bom = parse_table("oss_nib", ("\ufeff" + body).encode())
    cp1252 = parse_table("oss_nib", body.encode("cp1252"))
    assert (
        with_bom["sumber"].iloc[0] == cp1252["sumber"].iloc[0] == "Menteri Investasi – Kabarsiger"
    )


def test_header_cells_are_matched_loosely_and_extra_columns_ignored():
    body = "Tahun, NIB terbit ,sumber,catatan,tambahan\n2019,1,a,-,x\n"
    assert datasets.field_names("oss_nib") == list(parse_table("oss_nib", body.encode()).columns)


def test_reading_never_changes_the_file(write_csv):
    path = write_csv(f"{OSS_HEADER}\n2019,1,a,-\n")
    before = (path.read_bytes(), os.stat(path).st_mtime_ns)
    read_table("oss_nib", path)
    assert (path.read_bytes(), os.stat(path).st_mtime_ns) == before


def test_a_file_path_is_named_in_messages(write_csv):
    path = write_csv(f"{OSS_HEADER}\n2019,x,a,-\n")
    with pytest.raises(DataError, match="berkas_peserta.csv', baris 2, kolom 'nib_terbit'"):
        read_table("oss_nib", path)


def test_missing_file():
    with pytest.raises(DataError, match="tidak ditemukan"):
        read_table("oss_nib", Path("/tidak/ada/oss.csv"))


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("", "kosong"),
        (OSS_HEADER + "\n", "tanpa baris data"),
        (b"PK\x03\x04binary-xlsx", "xlsx"),
        ("tahun,nib_terbit\n".encode("utf-16"), "bukan berkas teks CSV"),
        (b"tahun,nib\n\x81\x8d,2009\n", "pengodean"),
        ("nama,alamat\nBudi,Jl. Merdeka\n", "baris pertama harus berisi nama kolom"),
        ('tahun,nib_terbit,sumber,catatan\n2019,1,"a,-\n', "tanda kutip"),
    ],
)
def test_unreadable_files_are_refused_clearly(content, expected):
    assert expected in error_for("oss_nib", content).problem


def test_missing_column_is_named_on_line_one():
    err = error_for("oss_nib", "tahun,sumber,catatan\n2019,a,-\n")
    assert (err.line, err.column) == (1, "nib_terbit")


def test_repeated_column_is_named():
    err = error_for("oss_nib", f"{OSS_HEADER},tahun\n2019,1,a,-,2019\n")
    assert (err.line, err.column) == (1, "tahun") and "dua kali" in err.problem


def test_ragged_row_names_its_line_and_the_separator():
    err = error_for("oss_nib", f"{OSS_HEADER}\n2019,1,a,-\n2023,4,061,883,b,-\n")
    assert err.line == 3 and "pemisah (',')" in err.problem


def test_blank_lines_are_skipped_and_lines_still_counted():
    err = error_for("oss_nib", f"{OSS_HEADER}\n\n2019,1,a,-\n,,,\n2023,x,b,-\n")
    assert err.line == 5


def test_size_and_row_limits():
    too_big = b"x" * (datasets.MAX_BYTES + 1)
    assert "melebihi batas 5 MB" in error_for("oss_nib", too_big).problem
    rows = "".join(f"{2000 + i % 31},{i},a,-\n" for i in range(datasets.MAX_ROWS + 1))
    assert (
        f"lebih dari {datasets.MAX_ROWS} baris"
        in error_for("oss_nib", OSS_HEADER + "\n" + rows).problem
    )


# --- the reader and the standard agree

BROKEN_COPIES = {
    "negative count": ("oss_nib.csv", "704417", "-704417"),
    "year out of range": ("oss_nib.csv", "2019,", "1999,"),
    "unknown level": ("survey_scores.csv", "2007,pusat", "2007,provinsi"),
    "score not a number": ("survey_scores.csv", "5.53", "lima"),
    "malformed period": ("mpp_counts.csv", "2023-09", "2023-13"),
    "repeated key": ("regulations.csv", "Perpu,49", "Peraturan Menteri,49"),
    "empty required cell": ("glosarium.csv", ",Australian Public Service Commission", ","),
    "unknown category": ("perry6_continuum.csv", "1,Koordinasi", "1,Kerja sama"),
}


@pytest.mark.parametrize("fault", BROKEN_COPIES)
def test_frictionless_and_the_reader_both_refuse_a_broken_copy(tmp_path, fault):
    file, old, new = BROKEN_COPIES[fault]
    shutil.copytree(DATA, tmp_path / "data")
    path = tmp_path / "data" / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    resource = next(r["name"] for r in descriptor()["resources"] if r["path"] == file)
    report = Package(str(tmp_path / "data" / "datapackage.json")).get_resource(resource).validate()
    assert not report.valid
    with pytest.raises(DataError):
        read_table(resource, path)
