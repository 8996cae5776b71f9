"""Notebook 09 (own data): templates, checking a participant's file or upload, saving results.

A participant's file is read exactly as the course's own data are (chapter 04's readers, driven
by data/datapackage.json). Nothing here writes into the course's data/ folder, an upload is only
read from memory, and every string taken from a participant's file (category names, the file
name, error messages quoting cells) reaches HTML through :mod:`helpers.core.safe_html`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import ipywidgets as widgets
import pandas as pd
import plotly.graph_objects as go
from IPython.display import HTML, display

from helpers.chapters import pelayanan
from helpers.core import datasets, safe_html
from helpers.core.datasets import DataError
from helpers.core.explorer import FigureOutput, WidgetView
from helpers.core.figures import alt_text

DEFAULT_UPLOAD_NAME = "unggahan.csv"


@dataclass(frozen=True)
class OwnKind:
    """One kind of participant file: its data-package resource, its readers and its chart."""

    resource: str
    read: Callable[[Path], pd.DataFrame]
    parse: Callable[[bytes, str], pd.DataFrame]
    chart: Callable[[pd.DataFrame], go.Figure]


KINDS = {
    "regulasi": OwnKind(
        "regulations",
        pelayanan.read_regulations,
        pelayanan.parse_regulations,
        pelayanan.regulations_chart,
    ),
    "skor": OwnKind(
        "survey_scores",
        pelayanan.read_survey_scores,
        pelayanan.parse_survey_scores,
        pelayanan.integrity_scores_chart,
    ),
}


def own_kind(kind: str) -> OwnKind:
    """The kind of file named ``kind`` ("regulasi" or "skor"); ValueError for any other.

    Example:
        >>> own_kind("skor").resource
        'survey_scores'
    """
    if kind not in KINDS:
        raise ValueError(f"Jenis data '{kind}' tidak dikenal. Pilih: {', '.join(KINDS)}.")
    return KINDS[kind]


def examples_dir() -> Path:
    """The folder of invented practice files (contoh/), beside data/.

    Example:
        >>> examples_dir().name
        'contoh'
    """
    return datasets.data_dir().parent / "contoh"


def template_csv(kind: str, excel_indonesia: bool = False) -> bytes:
    """A header-only CSV to fill in (the fields of the data package): "regulasi" or "skor".

    With ``excel_indonesia=True`` the separator is ';' (as Excel writes it in an Indonesian
    locale) and a UTF-8 byte-order mark is added so Excel opens it with the right letters.

    Example:
        >>> template_csv("skor")
        b'survei,tahun,tingkat,skor,skala_maks,sumber\\r\\n'
    """
    fields = datasets.field_names(own_kind(kind).resource)
    header = (";" if excel_indonesia else ",").join(fields) + "\r\n"
    return ("\ufeff" + header if excel_indonesia else header).encode("utf-8")


def read_own_file(path: str | Path, kind: str) -> pd.DataFrame:
    """Read and validate a participant's file of the given kind; DataError says what to fix.

    Example:
        >>> frame = read_own_file(examples_dir() / "regulasi_dinas_contoh.csv", "regulasi")
        >>> sorted(set(frame["dimensi"]))
        ['bentuk', 'sektor', 'total']
    """
    return own_kind(kind).read(Path(path))


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
    reader = own_kind(kind).parse
    name = upload_name(upload)
    size = int(upload.get("size") or 0)
    if size > datasets.MAX_BYTES:
        raise DataError(name, datasets.too_big_message(size))
    return reader(bytes(upload.get("content") or b""), name)


def upload_name(upload: dict) -> str:
    """The file name of an upload as the participant gave it (a default when there is none).

    Example:
        >>> upload_name({"name": ""})
        'unggahan.csv'
    """
    return str(upload.get("name") or DEFAULT_UPLOAD_NAME)


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
    if target.is_relative_to(datasets.data_dir().resolve()):
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


def show_download_link(content: bytes, filename: str, label: str) -> None:
    """Display a link that downloads ``content`` as ``filename`` (offline; writes nothing).

    Example:
        >>> show_download_link(template_csv("skor"), "templat_skor.csv", "Unduh templat")
        <IPython.core.display.HTML object>
    """
    display(HTML(safe_html.download_link(content, filename, label)))


def status_html(verdict: str, detail: str, hint: str = "") -> str:
    """The line under the upload button: a bold verdict, the escaped detail, then a hint.

    ``detail`` may quote the participant's file and is shown as plain text; ``hint`` is course
    text in which `back-quoted` spans are shown as code.

    Example:
        >>> status_html("Berkas sah:", "<b>a.csv</b>, 3 baris.", "Lihat `.frame`.")
        '<p><strong>Berkas sah:</strong> &lt;b&gt;a.csv&lt;/b&gt;, 3 baris. Lihat <code>.frame</code>.</p>'
    """  # noqa: E501
    tail = f" {safe_html.inline(hint)}" if hint else ""
    return f"<p><strong>{safe_html.escape(verdict)}</strong> {safe_html.escape(detail)}{tail}</p>"


class UploadPanel(WidgetView):
    """Upload one's own CSV, validate it in memory, and chart it; errors are shown, not raised.

    Example:
        >>> panel = UploadPanel("skor")
        >>> panel.status.value
        '<p>Belum ada berkas yang diunggah.</p>'
    """

    def __init__(self, kind: str):
        self.kind = kind
        self.chart_of = own_kind(kind).chart
        self.frame: pd.DataFrame | None = None
        self.upload = widgets.FileUpload(
            accept=".csv,.txt",
            multiple=False,
            description="Pilih berkas CSV",
            layout=widgets.Layout(width="auto"),
        )
        self.status = widgets.HTML(safe_html.paragraph("Belum ada berkas yang diunggah."))
        self.chart = widgets.VBox()
        self.upload.observe(self._on_upload, names="value")
        self.view = widgets.VBox([self.upload, self.status, self.chart])

    def _on_upload(self, change: dict) -> None:
        if change["new"]:
            self.show(change["new"][0])

    def show(self, upload: dict) -> None:
        """Check one upload; show its chart and caption, or the message saying what to fix."""
        self.chart.children = ()
        try:
            self.frame = read_upload(upload, self.kind)
        except DataError as error:
            self.frame = None
            self.status.value = status_html("Berkas belum bisa dipakai.", str(error))
            return
        self.status.value = status_html(
            "Berkas sah:",
            f"{upload_name(upload)}, {len(self.frame)} baris.",
            "Datanya tersedia sebagai `.frame`.",
        )
        fig = self.chart_of(self.frame)
        chart = FigureOutput(fig)
        self.chart.children = (chart, widgets.HTML(safe_html.caption(alt_text(fig))))
