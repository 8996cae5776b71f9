"""Read and validate the course's data files, or a participant's own files of the same shape.

``data/datapackage.json`` (a Frictionless Data Package) is the one description of what a valid
file is: each resource's Table Schema gives its fields, their types, constraints and primary key.
:func:`read_table` and :func:`parse_table` read a CSV against it; every problem raises
:class:`DataError` with a message in Bahasa Indonesia that names the file, the line and the
column, and says what the column must hold. Files are only read, never changed.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd

from helpers.core.text import format_number, parse_number

MAX_BYTES = 5 * 1024 * 1024  # uploads and files larger than this are refused
MAX_ROWS = 10_000
PACKAGE_FILE = "datapackage.json"

Check = Callable[[list[dict], list[int], str], None]  # (rows, file lines, file name)


class DataError(ValueError):
    """A data file cannot be used; the message (Bahasa Indonesia) says where and why.

    Example:
        >>> str(DataError("a.csv", "sel kosong.", 3, "jumlah"))
        "Berkas 'a.csv', baris 3, kolom 'jumlah': sel kosong."
    """

    def __init__(self, file: str, problem: str, line: int | None = None, column: str | None = None):
        self.file, self.line, self.column, self.problem = file, line, column, problem
        where = f"Berkas '{file}'"
        if line is not None:
            where += f", baris {line}"
        if column is not None:
            where += f", kolom '{column}'"
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True)
class Column:
    """One column a file must have: how to read a cell, and what it must hold (Indonesian).

    ``check`` returns a problem (Indonesian) for a parsed value that breaks a constraint, or
    None; an optional column (``required=False``) reads an empty cell as None.
    """

    name: str
    parse: Callable[[str, str], object]  # (text, decimal separator) -> value, raises ValueError
    expected: str
    check: Callable[[object], str | None] | None = None
    required: bool = True


def data_dir() -> Path:
    """The data/ folder: from the working directory and its parents first, then the package's.

    A notebook runs in notebooks/, so this finds ../data, the trainee's own copy, before the
    folder beside an editable install (which on a shared hub is someone else's clone).

    Example:
        >>> (data_dir() / "datapackage.json").is_file()
        True
    """
    here = Path.cwd().resolve()
    for root in (here, *here.parents, Path(__file__).resolve().parents[3]):
        if (root / "data" / PACKAGE_FILE).is_file():
            return root / "data"
    raise DataError("data/", "folder data kursus tidak ditemukan. Jalankan dari folder proyek.")


def parse_decimal(value: str, decimal: str) -> float:
    """A decimal number; with ``decimal=","`` it reads 6,64 and 12.471 the Indonesian way.

    Example:
        >>> parse_decimal("6,64", ","), parse_decimal("6.64", ".")
        (6.64, 6.64)
    """
    number = None if "%" in value else parse_number(value, decimal=decimal)
    if number is None:
        raise ValueError(value)
    return number


def parse_count(value: str, decimal: str) -> int:
    """A whole, non-fractional number (a count or a year); ValueError otherwise.

    Example:
        >>> parse_count("12.471", ",")
        12471
    """
    number = parse_decimal(value, decimal)
    if not number.is_integer():
        raise ValueError(value)
    return int(number)


def too_big_message(size: int) -> str:
    """The message for a file over the size limit.

    Example:
        >>> too_big_message(6 * 1024 * 1024)[:40]
        'berkas berukuran 6,0 MB, melebihi batas '
    """
    return (
        f"berkas berukuran {format_number(size / 1024 / 1024, 1)} MB, melebihi batas "
        f"{MAX_BYTES // 1024 // 1024} MB. Pecah menjadi beberapa berkas yang lebih kecil."
    )


def read_rows(path: Path, columns: Sequence[Column]) -> tuple[list[dict], list[int]]:
    """Read a CSV file into typed rows plus the file line of each row; DataError on any fault.

    Example:
        >>> rows, lines = read_rows(data_dir() / "oss_nib.csv", [Column("tahun", parse_count, "")])
        >>> rows[0], lines[0]
        ({'tahun': 2019}, 2)
    """
    name = str(path)
    if not path.is_file():
        raise DataError(name, "berkas tidak ditemukan. Periksa nama dan lokasi berkas.")
    if path.stat().st_size > MAX_BYTES:
        raise DataError(name, too_big_message(path.stat().st_size))
    return parse_rows(path.read_bytes(), name, columns)


def parse_rows(raw: bytes, name: str, columns: Sequence[Column]) -> tuple[list[dict], list[int]]:
    """Parse CSV bytes (``,`` and decimal point, or ``;`` and decimal comma) into typed rows.

    Returns the rows and the file line of each; ``name`` is the file named in messages.

    Example:
        >>> columns = [Column("jumlah", parse_count, "jumlah regulasi")]
        >>> parse_rows(b"tahun;jumlah\\n2015;12.471\\n", "a.csv", columns)
        ([{'jumlah': 12471}], [2])
    """
    if len(raw) > MAX_BYTES:
        raise DataError(name, too_big_message(len(raw)))
    text = _decode(raw, name)
    if not text.strip():
        raise DataError(name, "berkas kosong. Isi baris judul kolom dan minimal satu baris data.")
    first_line = text.lstrip("\r\n").splitlines()[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows, lines = _read_records(reader, columns, name, delimiter)
    except csv.Error as error:
        raise DataError(
            name, f"susunan CSV rusak ({error}). Periksa tanda kutip.", reader.line_num
        ) from None
    if not rows:
        raise DataError(name, "berkas hanya berisi baris judul, tanpa baris data.", line=2)
    return rows, lines


def _read_records(
    reader, columns: Sequence[Column], name: str, delimiter: str
) -> tuple[list[dict], list[int]]:
    decimal = "," if delimiter == ";" else "."
    header = _header(next(reader), columns, name)
    rows, lines = [], []
    for cells in reader:
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            raise DataError(
                name,
                f"baris ini berisi {len(cells)} sel, padahal baris judul berisi {len(header)} "
                f"kolom. Periksa tanda pemisah ('{delimiter}') dan tanda kutip.",
                line=reader.line_num,
            )
        record = dict(zip(header, (c.strip() for c in cells), strict=True))
        rows.append(
            {c.name: _cell(record[c.name], c, decimal, name, reader.line_num) for c in columns}
        )
        lines.append(reader.line_num)
        if len(rows) > MAX_ROWS:
            raise DataError(name, f"berkas berisi lebih dari {MAX_ROWS} baris data.")
    return rows, lines


def _header(cells: list[str], columns: Sequence[Column], name: str) -> list[str]:
    header = [re.sub(r"\s+", "_", c.strip().lower()) for c in cells]
    needed = ", ".join(c.name for c in columns)
    if not any(c.name in header for c in columns):
        raise DataError(
            name, f"baris pertama harus berisi nama kolom: {needed}. Lihat templat.", line=1
        )
    for column in columns:
        if column.name not in header:
            raise DataError(
                name,
                f"kolom wajib tidak ada di baris judul. Kolom yang dibutuhkan: {needed}.",
                line=1,
                column=column.name,
            )
    duplicated = sorted({h for h in header if header.count(h) > 1 and h})
    if duplicated:
        raise DataError(name, "nama kolom muncul dua kali. Hapus salah satunya.", 1, duplicated[0])
    return header


def _decode(raw: bytes, name: str) -> str:
    if b"\x00" in raw or raw.startswith(b"PK\x03\x04"):
        raise DataError(
            name, "ini bukan berkas teks CSV (mungkin .xlsx). Simpan ulang sebagai CSV."
        )
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DataError(name, "pengodean huruf tidak dikenal. Simpan ulang sebagai 'CSV UTF-8'.")


def _cell(value: str, column: Column, decimal: str, name: str, line: int) -> object:
    if value == "":
        if not column.required:
            return None
        raise DataError(name, f"sel kosong. Isi dengan {column.expected}.", line, column.name)
    try:
        parsed = column.parse(value, decimal)
    except ValueError:
        raise DataError(
            name, f"nilai '{value}' tidak sah. Isi dengan {column.expected}.", line, column.name
        ) from None
    problem = column.check(parsed) if column.check else None
    ensure(problem is None, name, line, column.name, f"{problem} Isi dengan {column.expected}.")
    return parsed


def ensure(ok: bool, name: str, line: int, column: str, problem: str) -> None:
    """Raise a DataError naming file, line and column unless ``ok``.

    Example:
        >>> ensure(True, "a.csv", 2, "jumlah", "tidak terpakai")
    """
    if not ok:
        raise DataError(name, problem, line, column)


def check_unique(rows: list[dict], lines: list[int], key: Sequence[str], name: str) -> None:
    """Raise a DataError at the first row whose ``key`` columns repeat an earlier row.

    Example:
        >>> check_unique([{"tahun": 2019}, {"tahun": 2023}], [2, 3], ("tahun",), "a.csv")
    """
    seen: dict[tuple, int] = {}
    for row, line in zip(rows, lines, strict=True):
        value = tuple(row[k] for k in key)
        if value in seen:
            raise DataError(
                name,
                f"baris ini mengulang baris {seen[value]} (kunci {' + '.join(key)} = "
                f"{', '.join(map(str, value))}). Hapus salah satunya.",
                line,
                key[-1],
            )
        seen[value] = line


# --- the data package: data/datapackage.json drives what a valid file is ---------------------

TYPE_WORDS = {"integer": "bilangan bulat", "number": "angka", "string": "teks"}
PARSERS = {"integer": parse_count, "number": parse_decimal, "string": lambda text, _: text}


@cache
def _package(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def package() -> dict:
    """The data package descriptor, ``data/datapackage.json`` (read once per kernel).

    Example:
        >>> [r["name"] for r in package()["resources"]][:2]
        ['regulations', 'survey_scores']
    """
    return _package(data_dir() / PACKAGE_FILE)


def resource(name: str) -> dict:
    """One resource of the package by name (e.g. "regulations"); ValueError if unknown.

    Example:
        >>> resource("regulations")["path"]
        'regulations.csv'
    """
    found = {r["name"]: r for r in package()["resources"]}
    if name not in found:
        raise ValueError(f"Data '{name}' tidak dikenal. Pilih: {', '.join(found)}.")
    return found[name]


def schema(name: str) -> dict:
    """The Table Schema of one resource: fields, constraints, primary key.

    Example:
        >>> schema("survey_scores")["primaryKey"]
        ['survei', 'tahun', 'tingkat']
    """
    return resource(name)["schema"]


def field_names(name: str) -> list[str]:
    """The column names a file of this resource has, in order (a template's header row).

    Example:
        >>> field_names("oss_nib")
        ['tahun', 'nib_terbit', 'sumber', 'catatan']
    """
    return [field["name"] for field in schema(name)["fields"]]


def field_kind(field: dict) -> str:
    """A field's type and allowed values in words (Bahasa Indonesia), from its schema.

    Example:
        >>> field_kind(schema("regulations")["fields"][4])
        'bilangan bulat ≥ 0'
    """
    rules = field.get("constraints", {})
    if "enum" in rules:
        return "salah satu dari: " + ", ".join(map(str, rules["enum"]))
    return TYPE_WORDS[field["type"]] + _range(rules)


def expected(field: dict) -> str:
    """What a field must hold, in Bahasa Indonesia, from its schema (used in every message).

    Example:
        >>> expected(schema("regulations")["fields"][0])
        'tahun awal periode (bilangan bulat 1990–2030, mis. 2000)'
        >>> expected(schema("survey_scores")["fields"][3])
        'skor integritas, 0 sampai `skala_maks` (angka 0–100, mis. 6,64 atau 6.64)'
    """
    kind = field_kind(field)
    if "example" in field:
        example = field["example"]
        shown = f"{str(example).replace('.', ',')} atau {example}"
        kind += f", mis. {shown if field['type'] == 'number' else example}"
    return f"{field['description']} ({kind})"


def _range(rules: dict) -> str:
    low, high = rules.get("minimum"), rules.get("maximum")
    if low is not None and high is not None:
        return f" {low}–{high}"
    if low is not None:
        return f" ≥ {low}"
    return f" ≤ {high}" if high is not None else ""


def _shown(value: object) -> str:
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def _constraint_problem(value: object, rules: dict) -> str | None:
    low, high = rules.get("minimum"), rules.get("maximum")
    if "enum" in rules and value not in rules["enum"]:
        return f"nilai '{value}' tidak dikenal."
    if (low is not None and value < low) or (high is not None and value > high):
        if low == 0 and value < 0:
            return f"nilai {_shown(value)} negatif, padahal tidak boleh kurang dari 0."
        return f"nilai {_shown(value)} di luar rentang yang diizinkan ({_range(rules).strip()})."
    if "pattern" in rules and not re.fullmatch(rules["pattern"], str(value)):
        return f"nilai '{value}' tidak sesuai bentuk yang diminta."
    return None


def columns(name: str) -> list[Column]:
    """The :class:`Column` that reads and checks each field of a resource, in order.

    Example:
        >>> jumlah = columns("regulations")[4]
        >>> jumlah.name, jumlah.parse("12.471", ","), jumlah.check(-1)
        ('jumlah', 12471, 'nilai -1 negatif, padahal tidak boleh kurang dari 0.')
    """
    return [_column(field) for field in schema(name)["fields"]]


def _column(field: dict) -> Column:
    rules = field.get("constraints", {})
    return Column(
        name=field["name"],
        parse=PARSERS[field["type"]],
        expected=expected(field),
        check=lambda value: _constraint_problem(value, rules),
        required=bool(rules.get("required", False)),
    )


def read_table(
    name: str, path: str | Path | None = None, checks: Sequence[Check] = ()
) -> pd.DataFrame:
    """Read a resource's CSV (by default the course's, in data/) and validate it by its schema.

    ``path`` reads a participant's file of the same shape instead; ``checks`` are the
    chapter's own rules across columns or rows, each called as ``check(rows, lines, file)``.

    Example:
        >>> read_table("oss_nib")["nib_terbit"].tolist()
        [704417, 4061883]
    """
    file = Path(path) if path is not None else data_dir() / resource(name)["path"]
    return _table(name, *read_rows(file, columns(name)), str(file), checks)


def parse_table(
    name: str, content: bytes, file: str = "unggahan.csv", checks: Sequence[Check] = ()
) -> pd.DataFrame:
    r"""Validate a resource's CSV given as bytes (e.g. an upload); ``file`` is named in messages.

    Example:
        >>> upload = b"tahun;nib_terbit;sumber;catatan\n2019;704.417;a;-\n"
        >>> parse_table("oss_nib", upload)["nib_terbit"].tolist()
        [704417]
    """
    return _table(name, *parse_rows(content, file, columns(name)), file, checks)


def _table(
    name: str, rows: list[dict], lines: list[int], file: str, checks: Sequence[Check]
) -> pd.DataFrame:
    table = schema(name)
    for field in table["fields"]:
        if field.get("constraints", {}).get("unique"):
            check_unique(rows, lines, (field["name"],), file)
    if table.get("primaryKey"):
        check_unique(rows, lines, table["primaryKey"], file)
    for check in checks:
        check(rows, lines, file)
    return pd.DataFrame(rows, columns=[f["name"] for f in table["fields"]])
