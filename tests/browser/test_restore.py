"""A trainee's work survives a kernel restart and a reopened notebook; the pre-test locks.

Drives 00_mulai in JupyterLab as a trainee would: Run All, give a name in the identity form,
answer one exercise and one reflection, then take the whole pre-test (no feedback before it is
sent; one submission; a score per indicator). The kernel is restarted, the tab closed and the
notebook opened again: the answers, the verdicts and the sent test are shown again, and the
progress cell's one download holds everything. The work file is written in the test's own copy
of the project, never in the real hasil/.
"""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

from playwright.sync_api import BrowserContext, Locator, Page

from helpers.exercises.bank import default_bank, get_exercise
from tests.browser.jupyterlab_harness import LabServer, restart_kernels
from tests.browser.test_jupyterlab import _open_notebook, _wait_idle

NOTEBOOK = "00_mulai.ipynb"
NAME, CLASS = "Peserta Uji Coba", "KELAS-UJI"
REFLECTION = (
    "Saat mengurus izin usaha saya harus datang ke tiga kantor berbeda dan menyerahkan "
    "fotokopi KTP yang sama di setiap loket."
)
RIGHT_IN_PRETEST = 6  # the first six items are answered right, the other six wrong


def run_all(page: Page) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
    page.locator(".lm-Menu-item", has_text=re.compile(r"^Run All Cells$")).click()
    page.wait_for_timeout(1000)
    _wait_idle(page, timeout_ms=240_000)
    page.locator(".wog-tes").first.wait_for(timeout=90_000)


def exercise_box(page: Page, exercise_id: str) -> Locator:
    question = page.get_by_text(f"Latihan {exercise_id} ·", exact=False)
    return page.locator(".widget-vbox", has=question).last


def choose(box: Locator, letter: str) -> None:
    box.locator(".widget-radio-box label").filter(has_text=re.compile(rf"^{letter}$")).click()


def letter_of(exercise_id: str, right: bool = True) -> str:
    exercise = get_exercise(exercise_id)
    index = exercise.pilihan.index(exercise.jawaban)
    return "ABCD"[index if right else (index + 1) % len(exercise.pilihan)]


def give_name(page: Page) -> None:
    form = page.locator(".wog-identitas")
    fields = form.locator("input[type=text]")
    fields.nth(0).fill(NAME)
    fields.nth(1).fill(CLASS)
    form.get_by_role("button", name="Simpan identitas").click()
    form.get_by_text("Identitas tersimpan").wait_for(timeout=30_000)


def answer_exercises(page: Page) -> None:
    choice = exercise_box(page, "mulai-2")
    choose(choice, letter_of("mulai-2"))
    choice.get_by_role("button", name="Periksa jawaban").click()
    choice.locator(".wog-benar").wait_for(timeout=30_000)
    reflection = exercise_box(page, "mulai-3")
    reflection.locator("textarea").fill(REFLECTION)
    reflection.get_by_role("button", name="Tampilkan bahan diskusi").click()
    reflection.get_by_text("Terima kasih atas refleksi Anda").wait_for(timeout=30_000)


def take_pretest(page: Page) -> None:
    test = page.locator(".wog-tes")
    items = default_bank().form("pretest").exercises
    boxes = test.locator(".widget-radio-box")
    assert boxes.count() == len(items) == 12
    for n, item in enumerate(items):
        boxes.nth(n).locator("label").filter(
            has_text=re.compile(rf"^{letter_of(item.id, right=n < RIGHT_IN_PRETEST)}$")
        ).click()
    assert test.locator(".wog-feedback").count() == 0  # nothing revealed before sending
    test.get_by_role("button", name="Kirim seluruh jawaban").click()
    test.locator(".wog-skor").wait_for(timeout=30_000)


def work_file(page: Page) -> dict:
    link = page.locator("a[download^='hasil-']").first
    link.wait_for(timeout=30_000)
    href = link.get_attribute("href") or ""
    return json.loads(base64.b64decode(href.split("base64,", 1)[1]).decode("utf-8"))


def test_answers_survive_a_restart_and_the_pretest_locks(
    browser_context: BrowserContext, lab_server: LabServer, artifacts_dir: Path
) -> None:
    saved = lab_server.root / "hasil" / "hasil-peserta-uji-coba.json"
    page = browser_context.new_page()
    try:
        _open_notebook(page, lab_server, NOTEBOOK)
        run_all(page)
        give_name(page)
        answer_exercises(page)
        take_pretest(page)
        result = page.locator(".wog-tes .wog-skor").inner_text()
        assert f"{RIGHT_IN_PRETEST} dari 12 soal benar" in result
        assert page.locator(".wog-tes .wog-feedback").count() == 12  # now each item explained
        assert saved.is_file()

        assert restart_kernels(lab_server, NOTEBOOK) == 1
        page.close()
        page = browser_context.new_page()
        _open_notebook(page, lab_server, NOTEBOOK)
        run_all(page)

        choice = exercise_box(page, "mulai-2")
        choice.locator(".wog-benar").wait_for(timeout=30_000)
        label = choice.locator(".widget-radio-box label").filter(
            has_text=re.compile(rf"^{letter_of('mulai-2')}$")
        )
        assert label.locator("input").is_checked()
        assert exercise_box(page, "mulai-3").locator("textarea").input_value() == REFLECTION
        test = page.locator(".wog-tes")
        test.get_by_text("sudah Anda kirim", exact=False).wait_for(timeout=30_000)
        assert test.get_by_role("button", name="Kirim seluruh jawaban").is_disabled()
        assert f"{RIGHT_IN_PRETEST} dari 12 soal benar" in test.locator(".wog-skor").inner_text()
        assert page.locator(".wog-identitas input[type=text]").first.input_value() == NAME

        record = work_file(page)
        assert record["peserta"] == {"nama": NAME, "kode_kelas": CLASS}
        assert len(record["tes"]["pretest"]["jawaban"]) == 12
        assert record["latihan"]["mulai-3"]["percobaan"][-1]["jawaban"] == REFLECTION
        assert record == json.loads(saved.read_text(encoding="utf-8"))
        page.screenshot(path=str(artifacts_dir / "00_simpan_pulihkan.png"), full_page=True)
    finally:
        page.close()
        for leftover in [saved, saved.parent / ".aktif"]:
            leftover.unlink(missing_ok=True)
