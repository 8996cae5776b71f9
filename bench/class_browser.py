"""One trainee in a real browser while the class loads: log in, open the nbgitpuller link.

Chromium (Debian's, /usr/bin/chromium, or $CHROMIUM) driven by Playwright, headless: the hub's
login page with the class password, then the link
``/hub/user-redirect/git-pull?repo=...&urlpath=lab/tree/wog-course/notebooks/00_mulai.ipynb``,
which spawns the server, pulls the course and opens the start notebook in JupyterLab.
"""

from __future__ import annotations

import os
import time
from urllib.parse import quote

from class_hub import ClassHub, pull_query
from playwright.async_api import Error as PlaywrightError
from playwright.async_api import async_playwright

BROWSER_TIMEOUT_MS = 600_000
NAME = "peramban"


def link(hub: ClassHub, repo: str, notebook: str) -> str:
    """The nbgitpuller link on this hub, behind the login page.

    >>> hub = ClassHub.__new__(ClassHub); hub.port = 8000
    >>> link(hub, "file:///r/wog-course", "x.ipynb").startswith(
    ...     "http://127.0.0.1:8000/hub/login?next=%2Fhub%2Fuser-redirect%2Fgit-pull%3Frepo")
    True
    """
    target = f"/hub/user-redirect/git-pull?{pull_query(repo, notebook)}"
    return f"{hub.url}/hub/login?next={quote(target, safe='')}"


async def browse(hub: ClassHub, repo: str, notebook: str) -> str:
    """Seconds until the notebook's first cell shows in JupyterLab, or what went wrong."""
    executable = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    started = time.monotonic()
    try:
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=executable)
            try:
                page = await browser.new_page()
                page.set_default_timeout(BROWSER_TIMEOUT_MS)
                await page.goto(link(hub, repo, notebook))
                await page.fill("#username_input", NAME)
                await page.fill("#password_input", hub.password)
                await page.click("#login_submit")
                await page.wait_for_selector(".jp-Notebook .jp-Cell", state="visible")
                return f"notebook shown after {time.monotonic() - started:.1f} s"
            finally:
                await browser.close()
    except PlaywrightError as error:
        return f"failed after {time.monotonic() - started:.1f} s: {error.message.splitlines()[0]}"
