"""Every link in every handout and slide resolves offline: handouts to handouts, slides to slides.

No network: a link to another site is only checked to be an absolute http(s) address; a link
inside the folder must name a file that is there, and its #anchor an id in that file.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from kit import build

LINK_ATTRIBUTES = {"a": "href", "link": "href", "script": "src", "img": "src", "iframe": "src"}


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"])
        if values.get("name") and tag == "a":
            self.ids.add(values["name"])
        attribute = LINK_ATTRIBUTES.get(tag)
        if attribute and values.get(attribute):
            self.links.append(values[attribute])


def read_links(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def broken_links(folder: Path, page_suffix: str) -> list[str]:
    """'file: link (why)' for every link in folder's pages that does not resolve."""
    pages = {p.name: read_links(p) for p in sorted(folder.glob("*.html"))}
    problems = []
    for name, page in pages.items():
        for link in page.links:
            why = _why_broken(link, name, pages, folder, page_suffix)
            if why:
                problems.append(f"{name}: {link} ({why})")
    return problems


def _why_broken(
    link: str, name: str, pages: dict[str, _Links], folder: Path, page_suffix: str
) -> str | None:
    parts = urlsplit(link)
    if parts.scheme in ("http", "https"):
        return None if parts.netloc else "alamat tanpa host"
    if parts.scheme in ("mailto", "data"):
        return None
    if parts.scheme or parts.netloc:
        return "skema tidak dikenal"
    target = unquote(parts.path) or name
    if target.endswith(".ipynb"):
        return "menunjuk notebook, bukan berkas di folder ini"
    if not (folder / target).is_file():
        return "berkas tidak ada"
    is_slide = target.endswith(build.SLIDES_SUFFIX)
    if target.endswith(".html") and target != "index.html" and is_slide != (page_suffix != ".html"):
        return f"halaman lain harus berakhiran {page_suffix}"
    # As a browser does: the id as written in the link, then percent-decoded.
    ids = pages[target].ids if target in pages else None
    if parts.fragment and ids is not None and not {parts.fragment, unquote(parts.fragment)} & ids:
        return "jangkar tidak ada"
    return None


def test_every_handout_link_resolves(handouts):
    out, built = handouts
    assert built
    assert broken_links(out, ".html") == []


def test_handouts_link_to_handouts(handouts):
    out, built = handouts
    links = [link for b in built for link in read_links(b.path).links]
    assert not [link for link in links if ".slides.html" in link or "None" in link]
    # 01 links to 02 (its "Selanjutnya"): the link is rewritten to the sibling handout.
    assert "02_konsep_wog.html" in read_links(out / "01_pendahuluan.html").links


def test_every_slide_link_resolves(slides):
    out, built = slides
    assert built
    assert broken_links(out, build.SLIDES_SUFFIX) == []


def test_slides_link_to_slides(slides):
    out, _ = slides
    assert "02_konsep_wog.slides.html" in read_links(out / "01_pendahuluan.slides.html").links


@pytest.mark.parametrize(
    ("link", "why"),
    [
        ("02_konsep_wog.htmlNone", "berkas tidak ada"),
        ("02_konsep_wog.ipynb", "menunjuk notebook, bukan berkas di folder ini"),
        ("a.html#tidak-ada", "jangkar tidak ada"),
        ("b.slides.html", "halaman lain harus berakhiran .html"),
        ("https:///x", "alamat tanpa host"),
    ],
)
def test_the_link_check_finds_broken_links(tmp_path, link, why):
    (tmp_path / "a.html").write_text(f'<h1 id="ada">A</h1><a href="{link}">x</a>')
    (tmp_path / "b.slides.html").write_text("<p>b</p>")
    assert broken_links(tmp_path, ".html") == [f"a.html: {link} ({why})"]


def test_the_link_check_accepts_good_links(tmp_path):
    (tmp_path / "a.html").write_text('<p id="ada"><a href="#ada">x</a><a href="b.html">b</a>')
    (tmp_path / "b.html").write_text('<a href="a.html#ada">a</a> <a href="https://kpk.go.id">k</a>')
    assert broken_links(tmp_path, ".html") == []
