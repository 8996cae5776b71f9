"""The reference page documents the public face (helpers.__all__) and stays fresh."""

from __future__ import annotations

import inspect

import helpers
from helpers.chapters import pelayanan
from helpers.core.manifest import Course, course
from kit import reference


def test_every_public_name_exists_once():
    names = reference.public_names()
    assert len(names) == len(set(names)), "helpers.__all__ lists a name twice"
    missing = [name for name in names if not hasattr(helpers, name)]
    assert not missing, f"helpers.__all__ names what helpers does not define: {missing}"


def test_every_public_name_has_a_runnable_example():
    undocumented = []
    for name in reference.public_names():
        obj = getattr(helpers, name)
        doc = inspect.getdoc(obj) or ""
        if inspect.ismodule(obj):
            ok = len(doc) >= 20
        elif inspect.isclass(obj) or callable(obj):
            ok = len(doc) >= 20 and ">>>" in doc
        else:
            continue  # a constant: the page shows its type
        if not ok:
            undocumented.append(name)
    assert not undocumented, f"no docstring with a >>> example: {undocumented}"


def test_reference_page_is_fresh():
    assert reference.OUTPUT.read_text(encoding="utf-8") == reference.render(), (
        "docs/referensi-helpers.md is stale: run `make docs`"
    )


def test_page_documents_only_the_public_face():
    text = reference.render()
    headings = [line for line in text.splitlines() if line.startswith("### ")]
    assert len(headings) == len(reference.public_names())
    for name, heading in zip(reference.public_names(), headings, strict=True):
        assert heading.startswith(f"### `{name}"), heading


def test_kinds_of_names():
    assert reference.kind_of(reference.render) == "fungsi"
    assert reference.kind_of(Course) == "kelas"
    assert reference.kind_of(helpers) == "modul"
    assert reference.kind_of(reference.OUTPUT) == "nilai"


def test_a_function_is_shown_with_the_methods_of_what_it_returns(monkeypatch):
    monkeypatch.setattr(helpers, "course", course, raising=False)
    monkeypatch.setattr(helpers, "__all__", ["course", "__version__"], raising=False)
    text = reference.render()
    assert "### `course() -> 'Course'` (fungsi)\n\nDari `helpers.core.manifest`." in text
    assert "#### `Course.chapter(stem: 'str') -> 'Chapter'`" in text
    assert ">>> course().indicators[3]" in text
    assert "### `__version__` (nilai)\n\nNilai bertipe `str`." in text
    assert reference.helpers_class(course) is Course and reference.helpers_class(len) is None


def test_an_empty_face_says_so(monkeypatch):
    monkeypatch.setattr(helpers, "__all__", [], raising=False)
    assert reference.EMPTY in reference.render()


def test_help_is_readable_in_a_notebook():
    """09_analisis_lanjutan shows help() on this function."""
    text = inspect.getdoc(pelayanan.regulations_chart)
    assert "Example" in text and "regulations_chart(" in text
