"""Generate the API reference (docs/referensi-helpers.md) of the package's public face.

Only the names in ``helpers.__all__`` are documented, each with its signature, the module that
defines it and its docstring (which keeps a runnable ``>>>`` example). For a function that
returns a helpers class not itself in ``__all__``, that class's public methods are listed once
(``latihan(...)`` returns the object whose ``.tampilkan()`` and ``.cek()`` a trainee calls);
widget callbacks (methods taking ``_button`` or ``_change``) are left out.

    python -m kit.reference            # writes docs/referensi-helpers.md (make docs)
    python -m kit.reference --periksa  # exit 1 when the committed page is stale
"""

from __future__ import annotations

import argparse
import inspect
import sys

import helpers
from kit import ROOT, returned_class, write_or_check

OUTPUT = ROOT / "docs" / "referensi-helpers.md"
INTRO = (
    "Halaman ini dibuat otomatis dengan `make docs` (`python -m kit.reference`) dari daftar "
    "`helpers.__all__` dan docstring setiap nama; jangan disunting langsung. Yang tercantum "
    "hanya nama yang dipakai notebook, yaitu yang dapat diimpor dengan `from helpers import "
    "...`. Di notebook, `help(nama)` menampilkan teks yang sama."
)
EMPTY = "Belum ada nama publik: `helpers.__all__` masih kosong."


def public_names() -> list[str]:
    """The names of the public face, in the order ``helpers.__all__`` lists them.

    >>> public_names() == list(getattr(helpers, "__all__", []))
    True
    """
    return list(getattr(helpers, "__all__", []))


def kind_of(obj: object) -> str:
    """What the reference calls a name: fungsi, kelas, modul or nilai.

    >>> kind_of(len), kind_of(int), kind_of(sys), kind_of(3)
    ('fungsi', 'kelas', 'modul', 'nilai')
    """
    if inspect.isclass(obj):
        return "kelas"
    if inspect.ismodule(obj):
        return "modul"
    return "fungsi" if callable(obj) else "nilai"


def _signature(obj: object) -> str:
    if inspect.ismodule(obj) or not callable(obj):
        return ""
    try:
        return str(inspect.signature(obj))
    except (TypeError, ValueError):
        return "(...)"


def _method_signature(method: object) -> str:
    signature = inspect.signature(method)
    return str(signature.replace(parameters=list(signature.parameters.values())[1:]))


def _where(obj: object) -> str:
    return obj.__name__ if inspect.ismodule(obj) else obj.__module__


def helpers_class(obj: object) -> type | None:
    """The helpers class a public function is annotated to return, if any.

    >>> helpers_class(len) is None
    True
    """
    returned = returned_class(obj)
    return returned if returned and returned.__module__.startswith("helpers.") else None


def _is_callback(method: object) -> bool:
    """A widget callback (``check(self, _button)``): called by a control, not by a trainee."""
    parameters = list(inspect.signature(method).parameters)[1:]
    return any(name.startswith("_") for name in parameters)


def methods(cls: type) -> list[tuple[str, object]]:
    """The public methods a trainee calls on an object of ``cls`` (no widget callbacks).

    >>> class Soal:
    ...     def cek(self, jawaban): ...
    ...     def periksa(self, _button): ...
    >>> [name for name, _ in methods(Soal)]
    ['cek']
    """
    members = [
        (name, member)
        for name, member in vars(cls).items()
        if not name.startswith("_") and inspect.isfunction(member) and not _is_callback(member)
    ]
    return sorted(members, key=lambda item: item[1].__code__.co_firstlineno)


def _returned_methods(obj: object, name: str, shown: dict[type, str]) -> list[str]:
    """The methods of the helpers class a function returns, the first time it is returned."""
    owner = helpers_class(obj)
    if owner is None or owner.__name__ in public_names() or not methods(owner):
        return []
    if owner in shown:
        return [f"Metode `{owner.__name__}` tercantum di bawah `{shown[owner]}`.", ""]
    shown[owner] = name
    lines = []
    for method_name, method in methods(owner):
        title = f"{owner.__name__}.{method_name}{_method_signature(method)}"
        lines += [f"#### `{title}`", "", *_doc_block(method)]
    return lines


def _doc_block(obj: object) -> list[str]:
    return ["```text", inspect.getdoc(obj) or "(tanpa keterangan)", "```", ""]


def entry(name: str, shown: dict[type, str] | None = None) -> list[str]:
    """The Markdown lines that document one public name (``shown``: classes already listed).

    >>> entry("__version__")[0]
    '### `__version__` (nilai)'
    """
    obj = getattr(helpers, name)
    lines = [f"### `{name}{_signature(obj)}` ({kind_of(obj)})", ""]
    if kind_of(obj) == "nilai":
        return [*lines, f"Nilai bertipe `{type(obj).__name__}`.", ""]
    lines += [f"Dari `{_where(obj)}`.", "", *_doc_block(obj)]
    return lines + _returned_methods(obj, name, {} if shown is None else shown)


def render() -> str:
    """The reference page as Markdown.

    >>> render().startswith("# Referensi paket helpers")
    True
    """
    lines = ["# Referensi paket helpers", "", INTRO, ""]
    names = public_names()
    shown: dict[type, str] = {}
    for name in names:
        lines += entry(name, shown)
    if not names:
        lines += [EMPTY, ""]
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Buat halaman referensi paket helpers.")
    parser.add_argument("--periksa", action="store_true", help="hanya periksa kemutakhiran")
    args = parser.parse_args(argv)
    return write_or_check(OUTPUT, render(), "make docs", args.periksa)


if __name__ == "__main__":
    sys.exit(main())
