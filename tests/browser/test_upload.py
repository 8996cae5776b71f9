"""A participant's upload in JupyterLab: an Excel-style file is charted, a broken one explained.

Drives 09_analisis_lanjutan as a participant would: Run All, then pick a file in the upload
widget (a semicolon-separated file with Indonesian thousands separators, as Excel writes it in
an Indonesian locale), see the "Berkas sah" verdict and a chart; then pick a broken file and
see a message naming the line and column. The files are written to a temporary folder, never
into the project.
"""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import BrowserContext, Page

from helpers import template_csv
from tests.browser.jupyterlab_harness import LabServer
from tests.browser.test_jupyterlab import _open_notebook, _wait_idle

NOTEBOOK = "09_analisis_lanjutan.ipynb"
UPLOAD_BUTTON = ".widget-upload"


def excel_indonesia_file(folder: Path) -> Path:
    rows = [
        "2019;2023;total;Seluruh peraturan Dinas Uji;1.250;Contoh fiktif untuk uji;tidak ada",
        "2019;2023;bentuk;Peraturan Kepala Dinas Uji;1.100;Contoh fiktif untuk uji;tidak ada",
        "2019;2023;sektor;Perizinan;75;Contoh fiktif untuk uji;tidak ada",
    ]
    path = folder / "regulasi_dinas_uji.csv"
    content = template_csv("regulasi", excel_indonesia=True) + "\r\n".join(rows).encode()
    path.write_bytes(content)
    return path


def broken_file(folder: Path) -> Path:
    path = folder / "regulasi_rusak.csv"
    header = template_csv("regulasi").decode()
    path.write_text(header + "2019,2023,total,Semua,banyak,Contoh fiktif,tidak ada\n")
    return path


def run_all(page: Page) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
    page.locator(".lm-Menu-item", has_text=re.compile(r"^Run All Cells$")).click()
    page.wait_for_timeout(1000)
    _wait_idle(page, timeout_ms=240_000)
    page.locator(UPLOAD_BUTTON).first.wait_for(timeout=60_000)


def choose_file(page: Page, path: Path) -> None:
    """Click the upload button and pick a file in the browser's file chooser."""
    with page.expect_file_chooser() as chooser:
        page.locator(UPLOAD_BUTTON).first.click()
    chooser.value.set_files(str(path))


def plots(page: Page) -> int:
    return page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .js-plotly-plot").count()


def test_upload_charts_an_excel_file_and_explains_a_broken_one(
    browser_context: BrowserContext,
    lab_server: LabServer,
    artifacts_dir: Path,
    tmp_path: Path,
) -> None:
    page = browser_context.new_page()
    try:
        _open_notebook(page, lab_server, NOTEBOOK)
        run_all(page)
        before = plots(page)

        choose_file(page, excel_indonesia_file(tmp_path))
        page.locator(".widget-html", has_text="Berkas sah:").wait_for(timeout=60_000)
        page.wait_for_function(
            "n => document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) "
            ".js-plotly-plot').length > n",
            arg=before,
            timeout=90_000,
        )
        assert "Peraturan Kepala Dinas Uji" in page.locator(".widget-vbox").last.inner_text()

        choose_file(page, broken_file(tmp_path))
        message = page.locator(".widget-html", has_text="Berkas belum bisa dipakai")
        message.wait_for(timeout=60_000)
        text = message.inner_text()
        assert "regulasi_rusak.csv" in text and "baris 2" in text and "kolom 'jumlah'" in text
        page.screenshot(path=str(artifacts_dir / "09_unggah.png"), full_page=True)
    finally:
        page.close()
