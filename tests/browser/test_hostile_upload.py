"""A hostile file uploaded in 09_analisis_lanjutan runs no script and is shown as text.

A file passed around a class may carry HTML in a category name and in its file name. After Run
All, the test uploads such a file (charted), then a broken one whose name is HTML (explained in
an error message). Each payload, if it were rendered as HTML, would set a window flag from an
``onerror``/``onload`` handler or open a dialog; the test asserts that neither happened and that
the payloads appear literally in the widget text.
"""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import BrowserContext, Dialog

from helpers import template_csv
from tests.browser.jupyterlab_harness import LabServer
from tests.browser.test_jupyterlab import _open_notebook
from tests.browser.test_upload import NOTEBOOK, choose_file, run_all

CATEGORY = "<img src=x onerror=window.__wogXss=1;alert(1)>Perizinan"
FILE_NAME = "<svg onload=window.__wogXss=2>.csv"
FLAG = "typeof window.__wogXss"


def hostile_file(folder: Path) -> Path:
    header = template_csv("regulasi").decode()
    rows = [
        "2019,2023,total,Seluruh peraturan Dinas Uji,1250,Contoh fiktif untuk uji,tidak ada",
        f"2019,2023,bentuk,{CATEGORY},75,Contoh fiktif untuk uji,tidak ada",
    ]
    path = folder / "regulasi_dinas_uji.csv"
    path.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def hostile_name(folder: Path) -> Path:
    path = folder / FILE_NAME
    header = template_csv("regulasi").decode()
    path.write_text(header + "2019,2023,total,Semua,banyak,Contoh fiktif,tidak ada\n")
    return path


def test_a_hostile_file_runs_no_script_and_is_shown_literally(
    browser_context: BrowserContext,
    lab_server: LabServer,
    artifacts_dir: Path,
    tmp_path: Path,
) -> None:
    page = browser_context.new_page()
    dialogs: list[str] = []

    def dismiss(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    try:
        _open_notebook(page, lab_server, NOTEBOOK)
        run_all(page)
        panel = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")

        choose_file(page, hostile_file(tmp_path))
        page.locator(".widget-html", has_text="Berkas sah:").wait_for(timeout=60_000)
        page.locator(".widget-vbox", has_text=CATEGORY).last.wait_for(timeout=60_000)
        assert panel.locator("img[src='x']").count() == 0

        choose_file(page, hostile_name(tmp_path))
        message = page.locator(".widget-html", has_text="Berkas belum bisa dipakai")
        message.wait_for(timeout=60_000)
        assert FILE_NAME in message.inner_text()
        assert panel.locator("svg[onload]").count() == 0

        page.wait_for_timeout(1000)  # an image error or load handler would have fired by now
        assert page.evaluate(FLAG) == "undefined"
        assert dialogs == []
        page.screenshot(path=str(artifacts_dir / "09_unggah_berbahaya.png"), full_page=True)
    finally:
        page.close()
