"""Generate the data dictionary (data/README.md) from the data package (data/datapackage.json).

The descriptor is the one source of what each file holds; this page only says it in prose
and tables for people who read the folder on GitHub or in JupyterLab.

    python -m kit.data_dictionary            # writes data/README.md
    python -m kit.data_dictionary --periksa  # exit 1 when the committed page is stale
"""

from __future__ import annotations

import argparse
import json
import textwrap

from helpers.core.datasets import MAX_BYTES, MAX_ROWS, PACKAGE_FILE, field_kind
from helpers.core.text import format_number
from kit import ROOT, write_or_check

DATA = ROOT / "data"
OUTPUT = DATA / "README.md"
COMMAND = "python -m kit.data_dictionary"
GENERAL_RULES = (
    "`helpers.core.datasets.read_table()` (dan pemuat tiap bab yang memakainya) menolak berkas "
    "yang bermasalah dengan `DataError` berbahasa Indonesia yang menyebut berkas, baris, dan "
    "kolomnya: berkas tidak ada atau kosong, kolom hilang atau ganda, sel kosong, nilai yang "
    "tidak sesuai tipe, di luar batas, di luar daftar nilai, atau tidak sesuai pola, kunci baris "
    f"ganda, berkas lebih dari {MAX_BYTES // 1024 // 1024} MB atau {format_number(MAX_ROWS)} "
    "baris data, "
    "berkas biner atau .xlsx, dan pengodean huruf yang tidak dikenal (UTF-8 dengan atau tanpa "
    "BOM dan Windows-1252 dibaca). Aturan yang tidak dapat ditulis dalam skema (misalnya antara "
    "dua kolom) diperiksa oleh pemuat bab dan disebut di bagian tiap berkas sebagai pemeriksaan "
    "tambahan."
)


def descriptor() -> dict:
    """The committed data package descriptor of the repository.

    >>> descriptor()["resources"][0]["path"]
    'regulations.csv'
    """
    return json.loads((DATA / PACKAGE_FILE).read_text(encoding="utf-8"))


def field_row(field: dict) -> str:
    """One row of a file's table: column, type and allowed values, unit, meaning.

    >>> field_row({"name": "jumlah", "type": "integer", "description": "banyaknya regulasi",
    ...            "unit": "regulasi", "constraints": {"minimum": 0}})
    '| `jumlah` | bilangan bulat ≥ 0 | regulasi | banyaknya regulasi |'
    """
    unit = field.get("unit", "–")
    return f"| `{field['name']}` | {field_kind(field)} | {unit} | {field['description']} |"


def resource_section(resource: dict) -> list[str]:
    """The section of one file: title, field table, row key, notes, checks and sources.

    >>> resource_section(descriptor()["resources"][3])[0]
    '## oss_nib.csv — Nomor Induk Berusaha (NIB) yang diterbitkan melalui OSS'
    """
    schema = resource["schema"]
    key = " + ".join(f"`{name}`" for name in schema["primaryKey"])
    unique = [f"`{f['name']}`" for f in schema["fields"] if f["constraints"].get("unique")]
    notes = f"Kunci baris: {key}" + (
        f"; {', '.join(unique)} juga tidak boleh ganda" if unique else ""
    )
    lines = [
        f"## {resource['path']} — {resource['title']}",
        "",
        "| kolom | tipe | satuan | arti |",
        "| --- | --- | --- | --- |",
        *(field_row(field) for field in schema["fields"]),
        "",
        wrap(f"{notes}. {resource['description']}"),
        "",
    ]
    if "checks" in resource:
        lines += [wrap(f"Pemeriksaan tambahan oleh pemuat bab: {resource['checks']}"), ""]
    sources = "; ".join(source["title"] for source in resource["sources"])
    return [*lines, wrap(f"Sumber: {sources}."), ""]


def wrap(paragraph: str) -> str:
    """A paragraph broken into lines of at most 100 characters (Markdown joins them again).

    >>> wrap("kata " * 30).count("\\n")
    1
    """
    return textwrap.fill(paragraph, 100, break_on_hyphens=False, break_long_words=False)


def render(package: dict) -> str:
    """The whole page, in Bahasa Indonesia.

    >>> render(descriptor()).splitlines()[0]
    '# Kamus data'
    """
    licences = ", ".join(licence["title"] for licence in package["licenses"])
    intro = (
        f"Halaman ini dibuat otomatis dari `data/{PACKAGE_FILE}` (Frictionless Data Package) "
        f"dengan `{COMMAND}`; jangan disunting langsung: ubah deskriptornya."
    )
    lines = ["# Kamus data", "", wrap(intro), "", wrap(package["description"]), ""]
    lines += [f"Lisensi paket: {licences}.", "", "## Aturan pemeriksaan", ""]
    lines += [wrap(GENERAL_RULES), ""]
    for resource in package["resources"]:
        lines += resource_section(resource)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--periksa", action="store_true", help="cek saja, jangan menulis")
    check = parser.parse_args(argv).periksa
    return write_or_check(OUTPUT, render(descriptor()), COMMAND, check)


if __name__ == "__main__":
    raise SystemExit(main())
