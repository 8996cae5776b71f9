"""The helper API is documented: docstrings with examples, and a reference page kept fresh."""

from __future__ import annotations

import inspect

import pytest

from helpers import reference

MEMBERS = [
    (module, name, obj)
    for module in reference.public_modules()
    for name, obj in reference.public_members(module)
]


def test_every_module_has_a_docstring():
    for module in reference.public_modules():
        assert inspect.getdoc(__import__(module, fromlist=["_"])), module


@pytest.mark.parametrize(
    ("module", "name", "obj"), MEMBERS, ids=[f"{m}.{n}" for m, n, _ in MEMBERS]
)
def test_public_member_is_documented(module, name, obj):
    doc = inspect.getdoc(obj) or ""
    assert len(doc) >= 20, f"{module}.{name} has no real docstring"
    if inspect.isfunction(obj):
        assert ">>>" in doc, f"{module}.{name}: the docstring needs an example (>>>)"


def test_reference_page_is_up_to_date():
    assert reference.OUTPUT.read_text(encoding="utf-8") == reference.render(), (
        "docs/referensi-helpers.md is stale: run `make docs`"
    )


def test_help_is_readable_in_a_notebook():
    from helpers import charts

    text = inspect.getdoc(charts.regulations_chart)
    assert "Example" in text and "regulations_chart(" in text
