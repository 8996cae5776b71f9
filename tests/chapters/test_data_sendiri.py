"""Notebook 09's own data: participants' files are checked, charted, escaped and saved safely."""

from __future__ import annotations

import base64
import html
from datetime import datetime

import pytest

from helpers.chapters import data_sendiri as own
from helpers.chapters.pelayanan import read_regulations
from helpers.core import datasets
from helpers.core.datasets import DataError

REG_HEADER = "periode_awal,periode_akhir,dimensi,kategori,jumlah,sumber,bagian_sumber"
HOSTILE_CATEGORY = "<img src=x onerror=alert(1)>"
HOSTILE_NAME = "<script>alert(1)</script>.csv"
# The total number of regulations 2000-2015 (Bab III.A of the course text).
TOTAL_REGULATIONS = 12471


def upload(content: bytes, name: str = "dinas.csv") -> dict:
    return {
        "name": name,
        "type": "text/csv",
        "size": len(content),
        "content": memoryview(content),
        "last_modified": datetime(2024, 1, 1),
    }


def example(name: str) -> bytes:
    return (own.examples_dir() / name).read_bytes()


def test_examples_are_labelled_as_invented():
    folder = own.examples_dir()
    assert "FIKTIF" in (folder / "README.md").read_text(encoding="utf-8")
    for path in folder.glob("*.csv"):
        assert "FIKTIF" in path.read_text(encoding="utf-8-sig"), path.name


def test_examples_are_kept_out_of_the_course_data():
    assert own.examples_dir().parent == datasets.data_dir().parent
    for path in datasets.data_dir().glob("*.csv"):
        assert "FIKTIF" not in path.read_text(encoding="utf-8")


def test_example_files_read_in_both_csv_styles():
    regs = own.read_own_file(own.examples_dir() / "regulasi_dinas_contoh.csv", "regulasi")
    scores = own.read_own_file(own.examples_dir() / "skor_dinas_contoh_excel.csv", "skor")
    assert set(regs["dimensi"]) == {"total", "bentuk", "sektor"}
    assert scores["skor"].between(0, 100).all() and scores["skor"].dtype == float


def test_broken_example_names_line_and_column():
    message = own.check_message(own.examples_dir() / "skor_rusak_contoh.csv", "skor")
    assert "baris 3" in message and "kolom 'tahun'" in message


def test_valid_file_message_counts_its_rows():
    message = own.check_message(own.examples_dir() / "regulasi_dinas_contoh.csv", "regulasi")
    assert message.endswith("sah: 6 baris data siap dipakai.")


def test_templates_list_the_columns_of_the_course_files():
    assert own.template_csv("regulasi") == (REG_HEADER + "\r\n").encode()
    excel = own.template_csv("skor", excel_indonesia=True).decode("utf-8")
    assert excel == "\ufeffsurvei;tahun;tingkat;skor;skala_maks;sumber\r\n"


@pytest.mark.parametrize("excel", [False, True])
def test_template_filled_in_is_accepted(excel):
    template = own.template_csv("regulasi", excel_indonesia=excel)
    sep = ";" if excel else ","
    total = "12.471" if excel else str(TOTAL_REGULATIONS)
    row = sep.join(["2000", "2015", "total", "Semua", total, "x", "y"])
    frame = own.read_upload(upload(template + row.encode()), "regulasi")
    assert frame["jumlah"].tolist() == [TOTAL_REGULATIONS]


def test_template_alone_says_it_has_no_rows():
    with pytest.raises(DataError, match="tanpa baris data"):
        own.read_upload(upload(own.template_csv("skor")), "skor")


def test_oversized_upload_is_refused_before_reading():
    big = {"name": "besar.csv", "size": datasets.MAX_BYTES + 1, "content": b""}
    with pytest.raises(DataError, match="melebihi batas") as caught:
        own.read_upload(big, "skor")
    assert "besar.csv" in str(caught.value)


def test_too_many_rows_is_refused():
    rows = "".join(f"2000,2015,sektor,S{i},1,x,y\n" for i in range(datasets.MAX_ROWS + 1))
    with pytest.raises(DataError, match="lebih dari"):
        own.read_upload(upload(f"{REG_HEADER}\n{rows}".encode()), "regulasi")


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="tidak dikenal"):
        own.template_csv("anggaran")
    with pytest.raises(ValueError, match="tidak dikenal"):
        own.UploadPanel("anggaran")


def test_save_refuses_course_data_folder():
    frame = read_regulations()
    with pytest.raises(DataError, match="data/"):
        own.save_table(frame, datasets.data_dir() / "salinan.csv")
    assert not (datasets.data_dir() / "salinan.csv").exists()


def test_save_never_overwrites_silently(tmp_path):
    target = tmp_path / "hasil.csv"
    target.write_text("milik peserta", encoding="utf-8")
    with pytest.raises(DataError, match="sudah ada"):
        own.save_table(read_regulations(), target)
    assert target.read_text(encoding="utf-8") == "milik peserta"
    own.save_table(read_regulations(), target, overwrite=True)
    assert str(TOTAL_REGULATIONS) in target.read_text(encoding="utf-8")


def test_download_link_is_escaped_and_carries_the_template(monkeypatch):
    shown = []
    monkeypatch.setattr(own, "display", shown.append)
    own.show_download_link(own.template_csv("skor"), HOSTILE_NAME, "Unduh <b>templat</b>")
    page = shown[0].data
    assert page.startswith("<a download=") and "<script>" not in page and "<b>" not in page
    assert 'download="&lt;script&gt;alert(1)&lt;/script&gt;.csv"' in page
    assert "Unduh &lt;b&gt;templat&lt;/b&gt;" in page
    assert base64.b64encode(own.template_csv("skor")).decode() in page


def test_upload_panel_charts_a_valid_file():
    panel = own.UploadPanel("regulasi")
    panel.upload.value = (upload(example("regulasi_dinas_contoh.csv"), "regulasi_contoh.csv"),)
    assert panel.frame is not None and len(panel.frame) == 6
    assert "Berkas sah:" in panel.status.value and "regulasi_contoh.csv" in panel.status.value
    assert "6 baris" in panel.status.value and "<code>.frame</code>" in panel.status.value
    chart, caption = panel.chart.children
    assert list(chart.data[0].y)[:2] == [
        "Peraturan Kepala Dinas Contoh",
        "Keputusan Kepala Dinas Contoh",
    ]
    assert "Teks alternatif" in caption.value and "Peraturan Kepala Dinas Contoh" in caption.value


def test_upload_panel_shows_the_error_and_keeps_no_data():
    panel = own.UploadPanel("skor")
    panel.upload.value = (upload(example("skor_rusak_contoh.csv"), "skor_rusak.csv"),)
    assert panel.frame is None
    assert "Berkas belum bisa dipakai" in panel.status.value
    text = html.unescape(panel.status.value)
    assert "Berkas 'skor_rusak.csv', baris 3, kolom 'tahun'" in text
    assert panel.chart.children == ()


def hostile_regulations() -> bytes:
    rows = [
        "2019,2023,total,Semua,40,Contoh fiktif,tidak ada",
        f"2019,2023,bentuk,{HOSTILE_CATEGORY},22,Contoh fiktif,tidak ada",
    ]
    return "\n".join([REG_HEADER, *rows]).encode()


def test_hostile_file_name_is_escaped_in_the_upload_status():
    panel = own.UploadPanel("regulasi")
    panel.upload.value = (upload(hostile_regulations(), HOSTILE_NAME),)
    assert panel.frame is not None
    assert "<script>" not in panel.status.value
    assert "&lt;script&gt;alert(1)&lt;/script&gt;.csv" in panel.status.value


def test_hostile_category_is_escaped_in_the_caption():
    panel = own.UploadPanel("regulasi")
    panel.upload.value = (upload(hostile_regulations(), "dinas.csv"),)
    chart, caption = panel.chart.children
    assert HOSTILE_CATEGORY in list(chart.data[0].y)  # plotly draws it as text
    assert "<img" not in caption.value
    assert "&lt;img src=x onerror=alert(1)&gt;" in caption.value


def test_hostile_cell_and_file_name_are_escaped_in_the_error():
    bad = f"{REG_HEADER}\n2019,2023,total,Semua,{HOSTILE_CATEGORY},x,y\n".encode()
    panel = own.UploadPanel("regulasi")
    panel.upload.value = (upload(bad, HOSTILE_NAME),)
    assert panel.frame is None and panel.chart.children == ()
    status = panel.status.value
    assert "<script>" not in status and "<img" not in status
    assert "&lt;script&gt;alert(1)&lt;/script&gt;.csv" in status
    assert "&lt;img src=x onerror=alert(1)&gt;" in status
    assert f"Berkas '{HOSTILE_NAME}', baris 2, kolom 'jumlah'" in html.unescape(status)
