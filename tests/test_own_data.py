"""helpers.own_data and UploadPanel: participants' files are checked, charted and saved safely."""

from __future__ import annotations

from datetime import datetime

import pytest

from helpers import data, own_data
from helpers.data import DataError
from helpers.widgets import UploadPanel

REG_HEADER = "periode_awal,periode_akhir,dimensi,kategori,jumlah,sumber,bagian_sumber"


def upload(content: bytes, name: str = "dinas.csv") -> dict:
    return {
        "name": name,
        "type": "text/csv",
        "size": len(content),
        "content": memoryview(content),
        "last_modified": datetime(2024, 1, 1),
    }


def test_examples_are_labelled_as_invented():
    folder = own_data.examples_dir()
    assert "FIKTIF" in (folder / "README.md").read_text(encoding="utf-8")
    for path in folder.glob("*.csv"):
        assert "FIKTIF" in path.read_text(encoding="utf-8-sig"), path.name


def test_examples_are_kept_out_of_the_course_data():
    assert own_data.examples_dir().parent == data.data_dir().parent
    for path in data.data_dir().glob("*.csv"):
        assert "FIKTIF" not in path.read_text(encoding="utf-8")


def test_example_files_read_in_both_csv_styles():
    regs = own_data.read_own_file(own_data.examples_dir() / "regulasi_dinas_contoh.csv", "regulasi")
    scores = own_data.read_own_file(own_data.examples_dir() / "skor_dinas_contoh_excel.csv", "skor")
    assert set(regs["dimensi"]) == {"total", "bentuk", "sektor"}
    assert scores["skor"].between(0, 100).all() and scores["skor"].dtype == float


def test_broken_example_names_line_and_column():
    message = own_data.check_message(own_data.examples_dir() / "skor_rusak_contoh.csv", "skor")
    assert "baris 3" in message and "kolom 'tahun'" in message


@pytest.mark.parametrize("excel", [False, True])
def test_template_filled_in_is_accepted(excel):
    template = own_data.template_csv("regulasi", excel_indonesia=excel)
    sep = ";" if excel else ","
    row = sep.join(["2000", "2015", "total", "Semua", "12.471" if excel else "12471", "x", "y"])
    frame = own_data.read_upload(upload(template + row.encode()), "regulasi")
    assert frame["jumlah"].tolist() == [12471]


def test_template_alone_says_it_has_no_rows():
    with pytest.raises(DataError, match="tanpa baris data"):
        own_data.read_upload(upload(own_data.template_csv("skor")), "skor")


def test_oversized_upload_is_refused_before_reading():
    big = {"name": "besar.csv", "size": data.MAX_BYTES + 1, "content": b""}
    with pytest.raises(DataError, match="melebihi batas") as caught:
        own_data.read_upload(big, "skor")
    assert "besar.csv" in str(caught.value)


def test_too_many_rows_is_refused():
    rows = "".join(f"2000,2015,sektor,S{i},1,x,y\n" for i in range(data.MAX_ROWS + 1))
    with pytest.raises(DataError, match="lebih dari"):
        own_data.read_upload(upload(f"{REG_HEADER}\n{rows}".encode()), "regulasi")


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="tidak dikenal"):
        own_data.template_csv("anggaran")


def test_save_refuses_course_data_folder():
    frame = data.read_regulations()
    with pytest.raises(DataError, match="data/"):
        own_data.save_table(frame, data.data_dir() / "salinan.csv")
    assert not (data.data_dir() / "salinan.csv").exists()


def test_save_never_overwrites_silently(tmp_path):
    target = tmp_path / "hasil.csv"
    target.write_text("milik peserta", encoding="utf-8")
    with pytest.raises(DataError, match="sudah ada"):
        own_data.save_table(data.read_regulations(), target)
    assert target.read_text(encoding="utf-8") == "milik peserta"
    own_data.save_table(data.read_regulations(), target, overwrite=True)
    assert "12471" in target.read_text(encoding="utf-8")


def test_upload_panel_charts_a_valid_file():
    panel = UploadPanel("regulasi")
    content = (own_data.examples_dir() / "regulasi_dinas_contoh.csv").read_bytes()
    panel.upload.value = (upload(content, "regulasi_dinas_contoh.csv"),)
    assert panel.frame is not None and len(panel.frame) == 6
    assert "Berkas sah" in panel.status.value
    chart, caption = panel.chart.children
    assert list(chart.data[0].y)[:2] == [
        "Peraturan Kepala Dinas Contoh",
        "Keputusan Kepala Dinas Contoh",
    ]
    assert "Teks alternatif" in caption.value


def test_upload_panel_shows_the_error_and_keeps_no_data():
    panel = UploadPanel("skor")
    content = (own_data.examples_dir() / "skor_rusak_contoh.csv").read_bytes()
    panel.upload.value = (upload(content, "skor_rusak.csv"),)
    assert panel.frame is None
    assert "skor_rusak.csv" in panel.status.value and "kolom 'tahun'" in panel.status.value
    assert panel.chart.children == ()
