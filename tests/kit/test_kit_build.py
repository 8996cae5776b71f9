"""Handouts and slides build from executed notebooks and work with no network."""

from __future__ import annotations

import json
import re
from pathlib import Path

from kit import build
from kit.execute import count_raw_figures

PLOTLY_DIV = 'class="plotly-graph-div"'
MAX_HANDOUT_BYTES = 1_000_000
# Any script, stylesheet, import or frame that would be fetched from the network.
REMOTE = re.compile(
    r"""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?//"""
    r"""|@import\s+(?:url\()?["']?(?:https?:)?//""",
    re.I,
)


def test_one_handout_per_notebook(handouts, executed):
    out, built = handouts
    assert [b.path.name for b in built] == [f"{e.path.stem}.html" for e in executed]
    assert all(b.path.is_file() for b in built)
    assert (out / "index.html").is_file()


def test_plotly_js_is_shipped_once_beside_the_handouts(handouts):
    out, built = handouts
    shipped = out / "plotly.min.js"
    assert shipped.read_bytes() == build.PLOTLY_JS.read_bytes()
    for item in built:
        text = item.path.read_text(encoding="utf-8")
        assert '<script src="plotly.min.js"></script>' in text
        assert text.count("plotly.min.js") == 1 or "plotly.min.js</code>" in text
        assert len(item.path.read_bytes()) < MAX_HANDOUT_BYTES, item.path.name


def test_handouts_need_no_network(handouts):
    _, built = handouts
    for item in built:
        text = item.path.read_text(encoding="utf-8")
        assert not REMOTE.search(text), (item.path.name, REMOTE.search(text).group(0))


def test_every_chart_is_in_its_handout(handouts, executed):
    _, built = handouts
    for item, run in zip(built, executed, strict=True):
        expected = count_raw_figures(run.raw)
        text = item.path.read_text(encoding="utf-8")
        assert text.count(PLOTLY_DIV) == expected == item.figures, item.path.name


def test_no_broken_widget_placeholders(handouts):
    _, built = handouts
    for item in built:
        text = item.path.read_text(encoding="utf-8")
        assert "application/vnd.jupyter.widget-view+json" not in text
        assert "Error displaying widget" not in text


def test_slides_use_local_reveal_and_plotly(slides):
    out, built = slides
    assert (out / "reveal.js" / "dist" / "reveal.js").is_file()
    assert (out / "reveal.js" / "plugin" / "notes" / "notes.js").is_file()
    assert (out / "plotly.min.js").is_file()
    for item in built:
        text = item.path.read_text(encoding="utf-8")
        assert not REMOTE.search(text), REMOTE.search(text).group(0)
        for ref in re.findall(r'<(?:script|link)\b[^>]*(?:src|href)="([^"]+)"', text):
            assert (out / ref).is_file(), ref
        assert text.count(PLOTLY_DIV) == item.figures
        assert "reveal.js/dist/reveal.js" in text


def _offline_page(browser):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    blocked: list[str] = []
    errors: list[str] = []

    def route(request_route):
        if request_route.request.url.startswith("file:"):
            request_route.continue_()
        else:
            blocked.append(request_route.request.url)
            request_route.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda error: errors.append(str(error)))
    return page, blocked, errors


def test_handouts_render_every_chart_offline(handouts, browser):
    _, built = handouts
    for item in built:
        page, blocked, errors = _offline_page(browser)
        page.goto(Path(item.path).as_uri())
        if item.figures:
            page.wait_for_function(
                f"document.querySelectorAll('.js-plotly-plot .main-svg').length >= {item.figures}",
                timeout=30_000,
            )
        assert page.locator(".js-plotly-plot").count() == item.figures, item.path.name
        assert not blocked and not errors, (item.path.name, blocked, errors)
        page.close()


def test_slides_open_and_advance_offline(slides, browser):
    _, built = slides
    for item in built:
        page, blocked, errors = _offline_page(browser)
        page.goto(Path(item.path).as_uri())
        page.wait_for_function("window.Reveal && Reveal.isReady()", timeout=30_000)
        total = page.evaluate("Reveal.getTotalSlides()")
        assert total > 3
        for _ in range(total):
            page.evaluate("Reveal.next()")
        assert page.evaluate("Reveal.isLastSlide()")
        assert page.locator(".js-plotly-plot").count() == item.figures
        assert not blocked and not errors, (blocked, errors)
        page.close()


def test_rebuild_removes_the_previous_builds_files(tmp_path):
    """A renamed notebook must not leave its old handout behind in the shared folder."""
    stale = tmp_path / "lama.html"
    stale.write_text("old", encoding="utf-8")
    keep = tmp_path / "catatan-fasilitator.txt"
    keep.write_text("mine", encoding="utf-8")
    (tmp_path / build.MANIFEST).write_text(
        json.dumps({"lama": {"file": "lama.html", "figures": 0}}), encoding="utf-8"
    )
    build._remove_previous_build(tmp_path)
    assert not stale.exists() and keep.read_text(encoding="utf-8") == "mine"
