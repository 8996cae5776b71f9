"""Load and validate the course's data files (or a participant's own files of the same shape).

Every problem found in a file raises :class:`DataError` with a message in Bahasa Indonesia
that names the file, the line and the column, and says how to fix it. Files are only read,
never changed.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from helpers.text import format_number

YEAR_MIN, YEAR_MAX = 1990, 2030
MAX_BYTES = 5 * 1024 * 1024  # uploads and files larger than this are refused
MAX_ROWS = 10_000
SURVEY_SCALES = {"ISP": 10, "SPI": 100}
SURVEY_LEVELS = ("pusat", "vertikal", "daerah", "nasional")
REGULATION_DIMENSIONS = ("total", "bentuk", "sektor")
OTHER_FORMS_LABEL = "Bentuk lain (turunan)"


class DataError(ValueError):
    """A data file cannot be used; the message (Bahasa Indonesia) says where and why."""

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
    name: str
    parse: Callable[[str, str], object]  # (text, decimal separator) -> value, raises ValueError
    expected: str  # what the column must hold, in Bahasa Indonesia


def data_dir() -> Path:
    """The project's data/ folder, found from the package or, failing that, the working dir.

    Example:
        >>> (data_dir() / "regulations.csv").is_file()
        True
    """
    candidates = [Path(__file__).resolve().parents[2], *Path.cwd().resolve().parents, Path.cwd()]
    for root in candidates:
        if (root / "data" / "regulations.csv").is_file():
            return root / "data"
    raise DataError("data/", "folder data kursus tidak ditemukan. Jalankan dari folder proyek.")


def parse_text(value: str, _decimal: str) -> str:
    """A text cell, as written (one of the cell parsers a :class:`Column` takes).

    Example:
        >>> parse_text("Bab III.A", ".")
        'Bab III.A'
    """
    return value


def parse_decimal(value: str, decimal: str) -> float:
    """A decimal number; with ``decimal=","`` it reads 6,64 and 12.471 the Indonesian way.

    Example:
        >>> parse_decimal("6,64", ","), parse_decimal("6.64", ".")
        (6.64, 6.64)
    """
    text = value.replace("\u00a0", "").replace(" ", "")
    if decimal == ",":
        if re.fullmatch(r"-?[0-9]{1,3}(\.[0-9]{3})+(,[0-9]+)?", text):
            text = text.replace(".", "")
        text = text.replace(",", ".")
    if not re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", text):
        raise ValueError
    return float(text)


def parse_count(value: str, decimal: str) -> int:
    """A whole, non-fractional number (a count or a year); ValueError otherwise.

    Example:
        >>> parse_count("12.471", ",")
        12471
    """
    number = parse_decimal(value, decimal)
    if not number.is_integer():
        raise ValueError
    return int(number)


def read_rows(path: Path, columns: list[Column]) -> tuple[list[dict], list[int]]:
    """Read a CSV file into typed rows plus the file line of each row; DataError on any fault.

    The building block of every loader in helpers: give it the columns a file must have.

    Example:
        >>> rows, lines = read_rows(data_dir() / "regulations.csv", REGULATION_COLUMNS[:5])
        >>> rows[0]["jumlah"], lines[0]
        (12471, 2)
    """
    name = str(path)
    if not path.is_file():
        raise DataError(name, "berkas tidak ditemukan. Periksa nama dan lokasi berkas.")
    if path.stat().st_size > MAX_BYTES:
        raise DataError(name, too_big_message(path.stat().st_size))
    return _parse_rows(path.read_bytes(), name, columns)


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


def _parse_rows(raw: bytes, name: str, columns: list[Column]) -> tuple[list[dict], list[int]]:
    """Parse CSV bytes into typed rows plus the file line of each row; DataError on any fault."""
    if len(raw) > MAX_BYTES:
        raise DataError(name, too_big_message(len(raw)))
    text = _decode(raw, name)
    if not text.strip():
        raise DataError(name, "berkas kosong. Isi baris judul kolom dan minimal satu baris data.")
    first_line = text.lstrip("\r\n").splitlines()[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    decimal = "," if delimiter == ";" else "."
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = _header(next(reader), columns, name)
        rows, lines = [], []
        for cells in reader:
            if not any(c.strip() for c in cells):
                continue
            rows.append(_row(cells, header, columns, decimal, name, reader.line_num, delimiter))
            lines.append(reader.line_num)
            if len(rows) > MAX_ROWS:
                raise DataError(name, f"berkas berisi lebih dari {MAX_ROWS} baris data.")
    except csv.Error as error:
        raise DataError(
            name, f"susunan CSV rusak ({error}). Periksa tanda kutip.", reader.line_num
        ) from None
    if not rows:
        raise DataError(name, "berkas hanya berisi baris judul, tanpa baris data.", line=2)
    return rows, lines


def _header(cells: list[str], columns: list[Column], name: str) -> list[str]:
    header = [_column_name(c) for c in cells]
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


def _column_name(cell: str) -> str:
    return re.sub(r"\s+", "_", cell.strip().lower())


def _row(
    cells: list[str],
    header: list[str],
    columns: list[Column],
    decimal: str,
    name: str,
    line: int,
    delimiter: str,
) -> dict:
    if len(cells) != len(header):
        raise DataError(
            name,
            f"baris ini berisi {len(cells)} sel, padahal baris judul berisi {len(header)} "
            f"kolom. Periksa tanda pemisah ('{delimiter}') dan tanda kutip.",
            line=line,
        )
    record = dict(zip(header, (c.strip() for c in cells), strict=True))
    return {c.name: _parse_cell(record[c.name], c, decimal, name, line) for c in columns}


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


def _parse_cell(value: str, column: Column, decimal: str, name: str, line: int) -> object:
    if value == "":
        raise DataError(name, f"sel kosong. Isi dengan {column.expected}.", line, column.name)
    try:
        return column.parse(value, decimal)
    except ValueError:
        raise DataError(
            name, f"nilai '{value}' tidak sah. Isi dengan {column.expected}.", line, column.name
        ) from None


def ensure(ok: bool, name: str, line: int, column: str, problem: str) -> None:
    """Raise a DataError naming file, line and column unless ``ok``.

    Example:
        >>> ensure(True, "a.csv", 2, "jumlah", "tidak terpakai")
    """
    if not ok:
        raise DataError(name, problem, line, column)


def check_unique(rows: list[dict], lines: list[int], key: tuple[str, ...], name: str) -> None:
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


def _check_year(year: int, name: str, line: int, column: str) -> None:
    ensure(
        YEAR_MIN <= year <= YEAR_MAX,
        name,
        line,
        column,
        f"tahun {year} di luar rentang {YEAR_MIN}–{YEAR_MAX}.",
    )


REGULATION_COLUMNS = [
    Column("periode_awal", parse_count, "tahun awal periode (bilangan bulat, mis. 2000)"),
    Column("periode_akhir", parse_count, "tahun akhir periode (bilangan bulat, mis. 2015)"),
    Column("dimensi", parse_text, "salah satu dari: " + ", ".join(REGULATION_DIMENSIONS)),
    Column("kategori", parse_text, "nama bentuk regulasi atau sektor"),
    Column("jumlah", parse_count, "jumlah regulasi (bilangan bulat, tidak negatif)"),
    Column("sumber", parse_text, "sumber angka (judul, penerbit, tahun)"),
    Column("bagian_sumber", parse_text, "bagian sumber yang memuat angka (mis. Bab III.A)"),
]

SURVEY_COLUMNS = [
    Column("survei", parse_text, "kode survei: " + ", ".join(SURVEY_SCALES)),
    Column("tahun", parse_count, "tahun survei (bilangan bulat)"),
    Column("tingkat", parse_text, "tingkat: " + ", ".join(SURVEY_LEVELS)),
    Column("skor", parse_decimal, "skor berupa angka (mis. 6,64 atau 6.64)"),
    Column("skala_maks", parse_decimal, "nilai maksimum skala (10 untuk ISP, 100 untuk SPI)"),
    Column("sumber", parse_text, "sumber angka (judul, penerbit, tanggal)"),
]


def read_regulations(path: str | Path | None = None) -> pd.DataFrame:
    """Read the regulation counts (data/regulations.csv, or a file of the same shape).

    Example:
        >>> df = read_regulations()
        >>> int(df.loc[df["dimensi"] == "total", "jumlah"].iloc[0])
        12471
    """
    path = Path(path) if path is not None else data_dir() / "regulations.csv"
    return _regulations_frame(*read_rows(path, REGULATION_COLUMNS), str(path))


def parse_regulations(content: bytes, name: str = "unggahan.csv") -> pd.DataFrame:
    r"""Validate regulation counts given as bytes (e.g. an upload); ``name`` is used in messages.

    Example:
        >>> text = "periode_awal;periode_akhir;dimensi;kategori;jumlah;sumber;bagian_sumber\n"
        >>> text += "2000;2015;total;Semua;12.471;Bahan ajar;Bab III.A\n"
        >>> int(parse_regulations(text.encode())["jumlah"].iloc[0])
        12471
    """
    return _regulations_frame(*_parse_rows(content, name, REGULATION_COLUMNS), name)


def _regulations_frame(rows: list[dict], lines: list[int], name: str) -> pd.DataFrame:
    for row, line in zip(rows, lines, strict=True):
        for column in ("periode_awal", "periode_akhir"):
            _check_year(row[column], name, line, column)
        ensure(
            row["periode_awal"] <= row["periode_akhir"],
            name,
            line,
            "periode_akhir",
            "tahun akhir periode lebih kecil dari tahun awal.",
        )
        ensure(
            row["dimensi"] in REGULATION_DIMENSIONS,
            name,
            line,
            "dimensi",
            f"nilai '{row['dimensi']}' tidak dikenal. Gunakan: {', '.join(REGULATION_DIMENSIONS)}.",
        )
        ensure(
            row["jumlah"] >= 0,
            name,
            line,
            "jumlah",
            f"jumlah {row['jumlah']} negatif. Jumlah regulasi tidak mungkin negatif.",
        )
    check_unique(rows, lines, ("periode_awal", "periode_akhir", "dimensi", "kategori"), name)
    return pd.DataFrame(rows, columns=[c.name for c in REGULATION_COLUMNS])


def read_survey_scores(path: str | Path | None = None) -> pd.DataFrame:
    """Read the KPK integrity scores (data/survey_scores.csv, or a file of the same shape).

    Example:
        >>> df = read_survey_scores()
        >>> sorted(df["survei"].unique())
        ['ISP', 'SPI']
    """
    path = Path(path) if path is not None else data_dir() / "survey_scores.csv"
    return _survey_frame(*read_rows(path, SURVEY_COLUMNS), str(path))


def parse_survey_scores(content: bytes, name: str = "unggahan.csv") -> pd.DataFrame:
    r"""Validate survey scores given as bytes (e.g. an upload); ``name`` is used in messages.

    Example:
        >>> text = "survei,tahun,tingkat,skor,skala_maks,sumber\n"
        >>> text += "ISP,2009,pusat,6.64,10,KPK\n"
        >>> float(parse_survey_scores(text.encode())["skor"].iloc[0])
        6.64
    """
    return _survey_frame(*_parse_rows(content, name, SURVEY_COLUMNS), name)


def _survey_frame(rows: list[dict], lines: list[int], name: str) -> pd.DataFrame:
    for row, line in zip(rows, lines, strict=True):
        ensure(
            row["survei"] in SURVEY_SCALES,
            name,
            line,
            "survei",
            f"survei '{row['survei']}' tidak dikenal. Gunakan: {', '.join(SURVEY_SCALES)}.",
        )
        ensure(
            row["tingkat"] in SURVEY_LEVELS,
            name,
            line,
            "tingkat",
            f"tingkat '{row['tingkat']}' tidak dikenal. Gunakan: {', '.join(SURVEY_LEVELS)}.",
        )
        _check_year(row["tahun"], name, line, "tahun")
        scale = SURVEY_SCALES[row["survei"]]
        ensure(
            row["skala_maks"] == scale,
            name,
            line,
            "skala_maks",
            f"survei {row['survei']} memakai skala 0–{scale}, bukan 0–{row['skala_maks']:g}.",
        )
        ensure(
            0 <= row["skor"] <= row["skala_maks"],
            name,
            line,
            "skor",
            f"skor {row['skor']:g} di luar skala 0–{row['skala_maks']:g}.",
        )
    check_unique(rows, lines, ("survei", "tahun", "tingkat"), name)
    frame = pd.DataFrame(rows, columns=[c.name for c in SURVEY_COLUMNS])
    return frame.astype({"skala_maks": int})


def _single_period(regulations: pd.DataFrame) -> pd.DataFrame:
    periods = regulations[["periode_awal", "periode_akhir"]].drop_duplicates()
    if len(periods) != 1:
        raise DataError("data regulasi", "data berisi lebih dari satu periode; pilih satu periode.")
    return regulations


def regulation_total(regulations: pd.DataFrame) -> int:
    """The total number of regulations in the (single) period of the data.

    Example:
        >>> regulation_total(read_regulations())
        12471
    """
    total = _single_period(regulations).query("dimensi == 'total'")["jumlah"]
    if len(total) != 1:
        raise DataError("data regulasi", "harus ada tepat satu baris dengan dimensi 'total'.")
    return int(total.iloc[0])


def regulations_by_form(regulations: pd.DataFrame) -> pd.DataFrame:
    """The named forms plus the derived residual 'other forms' (total minus the named forms).

    Returns columns kategori, jumlah, turunan (True for the derived residual), persen
    (derived share of the total), largest named form first and the residual last.

    Example:
        >>> regulations_by_form(read_regulations()).iloc[-1]["kategori"]
        'Bentuk lain (turunan)'
    """
    total = regulation_total(regulations)
    forms = regulations.query("dimensi == 'bentuk'").sort_values("jumlah", ascending=False)
    residual = total - int(forms["jumlah"].sum())
    if residual < 0:
        raise DataError("data regulasi", "jumlah per bentuk melebihi total regulasi.")
    table = pd.DataFrame(
        {
            "kategori": [*forms["kategori"], OTHER_FORMS_LABEL],
            "jumlah": [*forms["jumlah"].astype(int), residual],
            "turunan": [False] * len(forms) + [True],
        }
    )
    return table.assign(persen=100 * table["jumlah"] / total)


def regulations_by_sector(regulations: pd.DataFrame) -> pd.DataFrame:
    """The sector counts, largest first, with persen = derived share of the total.

    The course's sectors overlap, so they are not expected to add up to the total.

    Example:
        >>> regulations_by_sector(read_regulations())["kategori"].iloc[0]
        'Jenis pajak'
    """
    total = regulation_total(regulations)
    sectors = regulations.query("dimensi == 'sektor'").sort_values("jumlah", ascending=False)
    table = sectors[["kategori", "jumlah"]].reset_index(drop=True).assign(turunan=False)
    return table.assign(persen=100 * table["jumlah"] / total)
