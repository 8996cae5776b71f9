"""text_table: the prose table written as escaped HTML, without pandas' Styler."""

from __future__ import annotations

import re
import subprocess
import sys

import pandas as pd

from helpers.core.tables import INDEX_HEADER, TextTable, text_table


def _cells(html: str, tag: str) -> list[str]:
    return re.findall(rf"<{tag}(?:\s[^>]*)?>(.*?)</{tag}>", html, flags=re.S)


def test_every_cell_and_header_is_escaped():
    frame = pd.DataFrame({"<i>Kolom</i>": ["<script>alert(1)</script>", "A & B"]})
    html = text_table(frame).to_html()
    assert "<script>" not in html and "<i>" not in html
    assert _cells(html, "td") == ["&lt;script&gt;alert(1)&lt;/script&gt;", "A &amp; B"]
    assert _cells(html, "th") == ["&lt;i&gt;Kolom&lt;/i&gt;"]


def test_headers_are_column_headers_and_no_header_is_empty():
    frame = pd.DataFrame({"Jumlah MPP": [3, 305]}, index=["2017", "Des 2025"])
    html = text_table(frame, show_index=True).to_html()
    assert re.findall(r'<th scope="(\w+)">', html) == ["col", "col", "row", "row"]
    assert _cells(html, "th") == [INDEX_HEADER, "Jumlah MPP", "2017", "Des 2025"]
    assert _cells(html, "td") == ["3", "305"]
    assert all(cell.strip() for cell in _cells(html, "th"))


def test_a_named_index_heads_its_column_and_the_index_is_hidden_by_default():
    frame = pd.DataFrame({"Jumlah MPP": [305]}, index=pd.Index(["Des 2025"], name="Periode"))
    assert _cells(text_table(frame, show_index=True).to_html(), "th")[0] == "Periode"
    assert "Des 2025" not in text_table(frame).to_html()


def test_missing_cells_are_empty_and_decimals_are_written_the_indonesian_way():
    frame = pd.DataFrame({"Nilai": [None, 6.64, 2.0], "Teks": ["a", None, "b"]})
    html = text_table(frame).to_html()
    assert _cells(html, "td") == ["", "a", "6,64", "", "2", "b"]
    assert "nan" not in html.lower()


def test_cells_wrap_and_align_left_in_jupyterlab():
    html = text_table(pd.DataFrame({"Isi": ["teks panjang"]})).to_html()
    style = re.search(r"<style>(.*?)</style>", html, flags=re.S).group(1)
    assert "table.wog-tabel td" in style and "table.wog-tabel th" in style
    for rule in ("white-space: normal", "text-align: left", "vertical-align: top"):
        assert rule in style
    assert '<table class="wog-tabel">' in html


def test_the_table_keeps_its_data_and_shows_itself_in_a_notebook():
    frame = pd.DataFrame({"Unsur": ["Apa"], "Whole of Government": ["Pendekatan"]})
    table = text_table(frame)
    assert isinstance(table, TextTable)
    assert table.data is frame
    assert table._repr_html_() == table.to_html()
    expected = "Tabel 1 baris, 2 kolom (Unsur, Whole of Government); datanya ada di .data"
    assert repr(table) == expected


def test_showing_a_table_does_not_import_pandas_styler():
    code = (
        "import sys, pandas as pd\n"
        "from helpers import text_table\n"
        "text_table(pd.DataFrame({'a': [1]})).to_html()\n"
        "print('pandas.io.formats.style' in sys.modules, 'jinja2' in sys.modules)\n"
    )
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert shown.stdout.split() == ["False", "False"]
