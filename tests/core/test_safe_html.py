"""helpers.core.safe_html: every string is escaped on its way into HTML."""

import base64
import re

import pytest

from helpers.core import safe_html

HOSTILE = [
    "<script>alert('x')</script>",
    '<img src=x onerror="alert(1)">',
    '"><svg onload=alert(1)>',
    "Dinas & Badan <b>Contoh</b>",
]


def no_markup_from(text: str, page: str) -> bool:
    """No tag or attribute of ``text`` survives in ``page`` as markup."""
    tags_in_text = set(re.findall(r"<\s*([a-z]+)", text, re.I))
    tags_in_page = set(re.findall(r"<\s*([a-z]+)", page, re.I))
    return not (tags_in_text & tags_in_page - {"p", "em", "ul", "li", "code", "a", "table"})


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize(
    "render",
    [
        safe_html.escape,
        safe_html.inline,
        safe_html.paragraph,
        safe_html.caption,
        lambda t: safe_html.bullet_list([t]),
        lambda t: safe_html.table([t], [[t]]),
        lambda t: safe_html.download_link(b"x", t, t),
    ],
    ids=["escape", "inline", "paragraph", "caption", "bullet_list", "table", "download_link"],
)
def test_hostile_text_is_shown_not_run(render, text):
    page = render(text)
    assert "<script" not in page and 'onerror="' not in page and "<img" not in page
    assert "<svg" not in page and no_markup_from(text, page)


def test_code_spans_become_code_after_escaping():
    assert safe_html.inline("kolom `<jumlah>`") == "kolom <code>&lt;jumlah&gt;</code>"


def test_download_link_carries_the_bytes():
    link = safe_html.download_link(b"a;b\n1;2", "templat.csv", "Unduh")
    payload = re.search(r"base64,([^\"]+)\"", link).group(1)
    assert base64.b64decode(payload) == b"a;b\n1;2"
