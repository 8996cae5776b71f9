"""Generate the helper API reference (docs/referensi-helpers.md) from the docstrings.

Run ``python -m helpers.reference`` (or ``make docs``) after changing a public function.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import sys
from pathlib import Path

import helpers

OUTPUT = Path(__file__).resolve().parents[2] / "docs" / "referensi-helpers.md"
SKIP_MODULES = {"helpers.reference"}


def public_modules() -> list[str]:
    """Names of the modules of the helpers package that participants may use.

    Example:
        >>> "helpers.data" in public_modules()
        True
    """
    names = (m.name for m in pkgutil.iter_modules(helpers.__path__, "helpers."))
    return sorted(
        n for n in names if not n.rsplit(".", 1)[-1].startswith("_") and n not in SKIP_MODULES
    )


def public_members(module_name: str) -> list[tuple[str, object]]:
    """The public functions and classes defined in a module (not those it imports).

    Example:
        >>> [name for name, _ in public_members("helpers.text")][:2]
        ['format_number', 'format_percent']
    """
    module = importlib.import_module(module_name)
    members = []
    for name, obj in vars(module).items():
        defined_here = getattr(obj, "__module__", None) == module_name
        if (
            not name.startswith("_")
            and defined_here
            and inspect.isfunction(obj) | inspect.isclass(obj)
        ):
            members.append((name, obj))
    return sorted(members, key=lambda item: inspect.getsourcelines(item[1])[1])


def render() -> str:
    """The reference page as Markdown.

    Example:
        >>> render().startswith("# Referensi paket helpers")
        True
    """
    lines = [
        "# Referensi paket helpers",
        "",
        "Halaman ini dibuat otomatis dari docstring (`python -m helpers.reference`); jangan "
        "disunting langsung. Di notebook, `help(nama_fungsi)` menampilkan teks yang sama.",
        "",
    ]
    for module_name in public_modules():
        module = importlib.import_module(module_name)
        lines += [f"## `{module_name}`", "", inspect.getdoc(module) or "", ""]
        for name, obj in public_members(module_name):
            signature = str(inspect.signature(obj)) if inspect.isfunction(obj) else ""
            kind = "kelas" if inspect.isclass(obj) else "fungsi"
            lines += [f"### `{name}{signature}` ({kind})", "", "```text"]
            lines += [inspect.getdoc(obj) or "", "```", ""]
    return "\n".join(lines).rstrip() + "\n"


def main() -> int:
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(render(), encoding="utf-8")
    print(f"Ditulis: {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
