"""axe-core on every generated page: each handout, each slide of each deck, both index pages.

The check fails on any critical or serious violation not listed in ``tests.a11y.axe.UPSTREAM``
(matched by rule and selector). Before the template fixes of issue 17 it found 15-32 per
handout (color-contrast, link-in-text-block) and 72-257 per deck.
"""

from __future__ import annotations

import re

from kit import course_notebooks
from tests.a11y.axe import Violation, project_violations
from tests.a11y.pages import handout_violations, prose_table_cells, slide_violations

STEMS = [path.stem for path in course_notebooks()]


def report(found: dict[str, list[Violation]]) -> str:
    return "\n".join(f"{where}: {v}" for where, items in found.items() for v in items)


def test_every_handout_has_no_serious_violation(built_pages, a11y_page):
    folder = built_pages / "handouts"
    pages = [folder / f"{stem}.html" for stem in STEMS] + [folder / "index.html"]
    found = {p.name: project_violations(handout_violations(a11y_page, p)) for p in pages}
    found = {name: items for name, items in found.items() if items}
    assert found == {}, report(found)


def test_every_slide_of_every_deck_has_no_serious_violation(built_pages, a11y_page):
    folder = built_pages / "slides"
    found, slides = {}, 0
    for stem in STEMS:
        for label, items in slide_violations(a11y_page, folder / f"{stem}.slides.html"):
            slides += 1
            if project_violations(items):
                found[label] = project_violations(items)
    assert slides > len(STEMS)
    assert found == {}, report(found)
    index = project_violations(handout_violations(a11y_page, folder / "index.html"))
    assert index == []


def test_prose_tables_read_left_and_top_in_every_handout(built_pages, a11y_page):
    shown, wrong = 0, {}
    for stem in STEMS:
        a11y_page.goto((built_pages / "handouts" / f"{stem}.html").as_uri())
        count, misaligned = prose_table_cells(a11y_page)
        shown += count
        if misaligned:
            wrong[stem] = misaligned[:5]
    assert shown > 0, "no prose table (table.wog-tabel) in any handout"
    assert wrong == {}, f"cells right-aligned or centred: {wrong}"


def test_pages_declare_indonesian_and_have_a_main_landmark(built_pages):
    pages = sorted(built_pages.glob("*/*.html"))
    assert len(pages) == 2 * (len(STEMS) + 1)
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert re.search(r'<html lang="id"', text), page.name
        assert text.count("<main") == 1, page.name


def test_chart_text_alternatives_stay(built_pages):
    for stem in STEMS:
        handout = (built_pages / "handouts" / f"{stem}.html").read_text(encoding="utf-8")
        charts = handout.count('class="plotly-graph-div"')
        assert handout.count("Teks alternatif") >= charts, stem


def test_the_check_can_fail(a11y_page, tmp_path):
    page = tmp_path / "bad.html"
    page.write_text(
        '<!DOCTYPE html><html lang="id"><head><title>x</title></head><body><main>'
        '<p style="color:#bbb">teks pucat</p><select></select></main></body></html>'
    )
    rules = {v.rule for v in project_violations(handout_violations(a11y_page, page))}
    assert {"color-contrast", "select-name"} <= rules
