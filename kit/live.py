"""Live slides in JupyterLab (jupyterlab-slideshow): one button, and a normal start every time.

    python -m kit.live             # before `jupyter lab` (make lab and Binder's postBuild run it)
    python -m kit.live --periksa   # only report what would change

Two things, both idempotent:

1. ``overrides.d/wog-course.json`` in JupyterLab's application settings directory (by default
   ``<sys.prefix>/share/jupyter/lab/settings``) adds a notebook toolbar button and a keyboard
   shortcut that run every cell, select the first cell and start the deck (``DECK_SEQUENCE``),
   and deck-only styles (``deck_styles``). Overrides only change defaults: a user's own
   settings still win.
2. The deck remembers ``active: true`` in the user's settings while it is shown, so a
   JupyterLab closed in slide mode would reopen in slide mode with its menus hidden.
   ``reset_deck`` sets that one key back to ``false`` and leaves every other setting alone.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from jupyterlab.commands import get_app_dir, get_user_settings_dir

OVERRIDES_NAME = "wog-course.json"
DECK_PLUGIN = "jupyterlab-slideshow:plugin"
DECK_SETTINGS = Path("jupyterlab-slideshow") / "plugin.jupyterlab-settings"
COMMAND = "apputils:run-all-enabled"
# Run All leaves the last cell selected and the deck starts at the selected cell: go back to the
# first cell before starting. JupyterLab runs the commands in order, waiting for each.
DECK_SEQUENCE = [
    "notebook:run-all-cells",
    "notebook:extend-marked-cells-top",
    "notebook:deselect-all",
    "deck:start",
]
BUTTON_NAME = "wog-salindia-langsung"
BUTTON_LABEL = "Salindia langsung"
BUTTON_CAPTION = "Jalankan semua sel, lalu tampilkan salindia dari salindia pertama"
SHORTCUT = ["Alt Shift S"]
NOTEBOOK_SELECTOR = ".jp-Notebook.jp-mod-commandMode"
PRESENTING = "body[data-jp-deck-mode='presenting']"
# Charts 700-999 px tall (the height plotly writes on its SVG, matched by its first digit) leave
# no room for their controls and caption on a 1280x720 projector: smaller on a slide only.
TALL_CHART = ".jp-Cell:has(.js-plotly-plot .main-svg[height^='{}'])"
TALL_FIRST_DIGITS = "789"
TALL_ZOOM = 0.65


def deck_styles() -> dict[str, dict[str, object]]:
    """CSS (as JSS) applied only while a deck is shown: the cells the kit tags
    ``remove_input`` show their output only, as in the static slides; tall charts fit.

    >>> any("remove_input" in selector for selector in deck_styles())
    True
    """
    hidden = f"{PRESENTING} .jp-Cell[data-jpf-cell-tags*=',remove_input,'] .jp-Cell-inputWrapper"
    tall = ", ".join(f"{PRESENTING} {TALL_CHART.format(d)}" for d in TALL_FIRST_DIGITS)
    return {hidden: {"display": "none"}, tall: {"zoom": TALL_ZOOM}}


def deck_command() -> dict[str, object]:
    """The command (id and args) behind the button, the menu item and the shortcut.

    >>> deck_command()["args"]["commands"][-1]
    'deck:start'
    """
    return {"command": COMMAND, "args": {"commands": DECK_SEQUENCE}}


def overrides() -> dict[str, dict]:
    """JupyterLab setting defaults (plugin id -> values) that add the one-step deck.

    >>> sorted(overrides())[0]
    '@deathbeds/jupyterlab-fonts:fonts'
    """
    command = deck_command()
    button = {
        "name": BUTTON_NAME,
        **command,
        "label": BUTTON_LABEL,
        "caption": BUTTON_CAPTION,
        "icon": "deck:start",
        "rank": 899,
    }
    shortcut = {**command, "keys": SHORTCUT, "selector": NOTEBOOK_SELECTOR}
    return {
        "@jupyterlab/notebook-extension:panel": {"toolbar": [button]},
        "@jupyterlab/shortcuts-extension:shortcuts": {"shortcuts": [shortcut]},
        DECK_PLUGIN: {"active": False},
        "@deathbeds/jupyterlab-fonts:fonts": {"styles": deck_styles()},
    }


def app_settings_dir() -> Path:
    """JupyterLab's application settings directory of this environment."""
    return Path(get_app_dir()) / "settings"


def write_overrides(settings_dir: Path, check: bool = False) -> bool:
    """Write ``overrides.d/wog-course.json`` under ``settings_dir``; True when it changed."""
    target = settings_dir / "overrides.d" / OVERRIDES_NAME
    text = json.dumps(overrides(), indent=2, ensure_ascii=False) + "\n"
    current = target.read_text(encoding="utf-8") if target.is_file() else None
    if current == text:
        return False
    if not check:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return True


def _strip_comments(text: str) -> str:
    """JupyterLab writes settings as JSON with ``//`` comment lines."""
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))


def reset_deck(user_settings_dir: Path, check: bool = False) -> bool:
    """Set the deck's remembered ``active`` to false; True when it was not already.

    A settings file that cannot be read is left as it is (JupyterLab reports it itself).

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> (folder / "jupyterlab-slideshow").mkdir()
    >>> _ = (folder / DECK_SETTINGS).write_text('{\\n  // Decks\\n  "active": true\\n}')
    >>> reset_deck(folder), json.loads((folder / DECK_SETTINGS).read_text())
    (True, {'active': False})
    """
    path = user_settings_dir / DECK_SETTINGS
    if not path.is_file():
        return False
    try:
        values = json.loads(_strip_comments(path.read_text(encoding="utf-8")))
    except (ValueError, OSError):
        return False
    if not isinstance(values, dict) or values.get("active") is not True:
        return False
    if not check:
        values["active"] = False
        path.write_text(json.dumps(values, indent=4) + "\n", encoding="utf-8")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Siapkan salindia langsung di JupyterLab.")
    parser.add_argument("--periksa", action="store_true", help="hanya laporkan, jangan menulis")
    args = parser.parse_args(argv)
    settings = app_settings_dir()
    done = "perlu diperbarui" if args.periksa else "dipasang"
    if write_overrides(settings, check=args.periksa):
        print(f"Tombol '{BUTTON_LABEL}' {done}: {settings / 'overrides.d' / OVERRIDES_NAME}")
    user = Path(get_user_settings_dir())
    done = "masih aktif" if args.periksa else "dimatikan"
    if reset_deck(user, check=args.periksa):
        print(f"Mode salindia yang tertinggal {done}: {user / DECK_SETTINGS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
