"""Participants' own data: templates, checking a file or an upload, saving results safely.

Nothing here writes into the course's data/ folder, and an upload is only read from memory.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers import data
from helpers.data import DataError

KINDS = {
    "regulasi": (data.REGULATION_COLUMNS, data.read_regulations, data.parse_regulations),
    "skor": (data.SURVEY_COLUMNS, data.read_survey_scores, data.parse_survey_scores),
}


def examples_dir() -> Path:
    """The folder of invented practice files (contoh/), beside data/.

    Example:
        >>> examples_dir().name
        'contoh'
    """
    return data.data_dir().parent / "contoh"


def _kind(kind: str) -> tuple:
    if kind not in KINDS:
        raise ValueError(f"Jenis data '{kind}' tidak dikenal. Pilih: {', '.join(KINDS)}.")
    return KINDS[kind]


def template_csv(kind: str, excel_indonesia: bool = False) -> bytes:
    """A header-only CSV to fill in: ``kind`` is "regulasi" or "skor".

    With ``excel_indonesia=True`` the separator is ';' (as Excel writes it in an Indonesian
    locale) and a UTF-8 byte-order mark is added so Excel opens it with the right letters.

    Example:
        >>> template_csv("skor")
        b'survei,tahun,tingkat,skor,skala_maks,sumber\\r\\n'
    """
    columns = _kind(kind)[0]
    separator = ";" if excel_indonesia else ","
    header = separator.join(c.name for c in columns) + "\r\n"
    return ("\ufeff" + header if excel_indonesia else header).encode("utf-8")


def read_own_file(path: str | Path, kind: str) -> pd.DataFrame:
    """Read and validate a participant's file of the given kind; DataError says what to fix.

    Example:
        >>> frame = read_own_file(examples_dir() / "regulasi_dinas_contoh.csv", "regulasi")
        >>> sorted(set(frame["dimensi"]))
        ['bentuk', 'sektor', 'total']
    """
    return _kind(kind)[1](path)


def read_upload(upload: dict, kind: str) -> pd.DataFrame:
    """Validate one file from an ipywidgets FileUpload value, from memory, without saving it.

    ``upload`` is one entry of ``FileUpload.value`` (keys: name, size, content).

    Example:
        >>> content = template_csv("skor") + b"SPI,2021,daerah,70,100,Contoh fiktif\\r\\n"
        >>> read_upload({"name": "a.csv", "size": len(content), "content": content}, "skor")
        ... # doctest: +NORMALIZE_WHITESPACE
          survei  tahun  tingkat  skor  skala_maks          sumber
        0    SPI   2021   daerah  70.0         100  Contoh fiktif
    """
    name = str(upload.get("name") or "unggahan.csv")
    if int(upload.get("size") or 0) > data.MAX_BYTES:
        raise DataError(name, data.too_big_message(int(upload["size"])))
    return _kind(kind)[2](bytes(upload.get("content") or b""), name)


def check_message(path: str | Path, kind: str) -> str:
    """A one-line verdict on a file, in Bahasa Indonesia: what is wrong, or that it is valid.

    Example:
        >>> check_message(examples_dir() / "tidak_ada.csv", "skor")  # doctest: +ELLIPSIS
        "Berkas '...tidak_ada.csv': berkas tidak ditemukan. ..."
    """
    try:
        frame = read_own_file(path, kind)
    except DataError as error:
        return str(error)
    return f"Berkas '{path}' sah: {len(frame)} baris data siap dipakai."


def save_table(frame: pd.DataFrame, path: str | Path, overwrite: bool = False) -> Path:
    """Save a table as CSV to a file of your choice; never into data/, never over a file silently.

    Example:
        >>> import tempfile
        >>> target = Path(tempfile.mkdtemp()) / "hasil.csv"
        >>> save_table(pd.DataFrame({"a": [1]}), target).name
        'hasil.csv'
    """
    target = Path(path).resolve()
    if target.is_relative_to(data.data_dir().resolve()):
        raise DataError(
            str(path), "folder data/ milik kursus tidak boleh ditulisi. Pilih folder lain."
        )
    if target.exists() and not overwrite:
        raise DataError(
            str(path),
            "berkas sudah ada. Pilih nama lain, atau tulis overwrite=True untuk menimpanya.",
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(target, index=False)
    return target
