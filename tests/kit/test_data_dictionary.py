"""data/README.md is generated from data/datapackage.json and kept up to date."""

from __future__ import annotations

import copy

from kit import data_dictionary


def test_committed_data_dictionary_is_up_to_date():
    assert data_dictionary.main(["--periksa"]) == 0, "Jalankan: python -m kit.data_dictionary"


def test_a_change_in_the_descriptor_shows_in_the_page():
    package = copy.deepcopy(data_dictionary.descriptor())
    field = package["resources"][0]["schema"]["fields"][4]
    field["description"] = "banyaknya peraturan yang terbit"
    page = data_dictionary.render(package)
    assert "| `jumlah` | bilangan bulat ≥ 0 | regulasi | banyaknya peraturan yang terbit |" in page
    assert page != data_dictionary.OUTPUT.read_text(encoding="utf-8")


def test_every_file_column_unit_and_source_is_on_the_page():
    page = data_dictionary.OUTPUT.read_text(encoding="utf-8")
    for resource in data_dictionary.descriptor()["resources"]:
        assert f"## {resource['path']} — " in page
        for field in resource["schema"]["fields"]:
            assert f"| `{field['name']}` |" in page
    assert "| `skor` | angka 0–100 | poin |" in page
    assert "Kabarsiger (27 Januari 2024)" in page and "Lisensi paket: MIT License." in page
