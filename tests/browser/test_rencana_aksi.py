"""The capstone in JupyterLab: the form is filled, saved to the work file, kept across a kernel
restart and a reopened notebook, and downloaded as a printable page.

The trainee's file is made as the start page makes it (``hasil/hasil-<name>.json`` and
``hasil/.aktif``) in the test's own copy of the project, never in the real hasil/.
"""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

from playwright.sync_api import BrowserContext, Page

from helpers.chapters.rencana_aksi import MAX_CHARS, plan_fields, plan_html
from helpers.exercises.workfile import new_record, workfile_path, write_workfile
from helpers.rekap.fiktif import PLANS
from tests.browser.jupyterlab_harness import LabServer, restart_kernels
from tests.browser.test_jupyterlab import _open_notebook, _wait_idle

NOTEBOOK = "10_rencana_aksi.ipynb"
NAME = "Peserta Rencana (FIKTIF)"
SERVICE = "Izin usaha mikro di kecamatan <b>FIKTIF</b>"
PATTERN = "Satu pintu"


def run_all(page: Page) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
    page.locator(".lm-Menu-item", has_text=re.compile(r"^Run All Cells$")).click()
    page.wait_for_timeout(1000)
    _wait_idle(page, timeout_ms=240_000)
    page.locator(".wog-rencana-aksi").wait_for(timeout=90_000)


def fill_and_save(page: Page) -> None:
    form = page.locator(".wog-rencana-aksi")
    form.locator("input[type=text]").first.fill(SERVICE)
    form.get_by_role("radio", name=PATTERN, exact=True).check()  # a choice of the pola field
    form.get_by_role("button", name="Simpan rencana aksi").click()
    form.get_by_text("Rencana aksi tersimpan", exact=False).wait_for(timeout=30_000)


def downloaded_page(page: Page) -> str:
    link = page.locator(".wog-rencana-aksi a[download$='.html']")
    link.wait_for(timeout=30_000)
    href = link.get_attribute("href") or ""
    return base64.b64decode(href.split("base64,", 1)[1]).decode("utf-8")


def test_the_action_plan_is_saved_restored_and_downloaded(
    browser_context: BrowserContext, lab_server: LabServer, artifacts_dir: Path
) -> None:
    folder = lab_server.root / "hasil"
    saved = write_workfile(workfile_path(NAME, folder), new_record(NAME, "KELAS-UJI"))
    (folder / ".aktif").write_text(saved.name + "\n", encoding="utf-8")
    page = browser_context.new_page()
    try:
        _open_notebook(page, lab_server, NOTEBOOK)
        run_all(page)
        fill_and_save(page)
        plan = json.loads(saved.read_text(encoding="utf-8"))["rencana_aksi"]
        assert plan["layanan"] == SERVICE and plan["pola"] == PATTERN

        assert restart_kernels(lab_server, NOTEBOOK) == 1
        page.close()
        page = browser_context.new_page()
        _open_notebook(page, lab_server, NOTEBOOK)
        run_all(page)
        form = page.locator(".wog-rencana-aksi")
        assert form.locator("input[type=text]").first.input_value() == SERVICE
        assert form.get_by_role("radio", name=PATTERN, exact=True).is_checked()

        document = downloaded_page(page)
        assert "&lt;b&gt;FIKTIF&lt;/b&gt;" in document and "<b>FIKTIF" not in document
        assert "@media print" in document and NAME in document
        form.screenshot(path=str(artifacts_dir / "10_rencana_aksi.png"))
    finally:
        page.close()
        for leftover in [saved, folder / ".aktif"]:
            leftover.unlink(missing_ok=True)


def pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def test_the_printed_plan_fits_one_page(browser_context: BrowserContext, artifacts_dir: Path):
    page = browser_context.new_page()
    try:
        page.set_content(plan_html(PLANS[0], NAME, "KELAS-UJI"))
        typical = page.pdf(format="A4")
        (artifacts_dir / "10_rencana_aksi.pdf").write_bytes(typical)
        assert pdf_pages(typical) == 1
        # every field at its longest is more than a page, and still prints (on more pages)
        longest = {f.key: "kata " * (MAX_CHARS // 5) for f in plan_fields() if not f.options}
        page.set_content(plan_html(longest, NAME))
        assert pdf_pages(page.pdf(format="A4")) > 1
    finally:
        page.close()
