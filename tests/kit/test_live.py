"""kit.live: the one-step deck button and a JupyterLab that never reopens in slide mode."""

from __future__ import annotations

import json
import re

from kit import live


def _deck_file(folder, text: str):
    path = folder / live.DECK_SETTINGS
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_button_runs_everything_then_starts_at_the_first_cell():
    sequence = live.overrides()["@jupyterlab/notebook-extension:panel"]["toolbar"][0]["args"]
    assert sequence["commands"][0] == "notebook:run-all-cells"
    assert sequence["commands"][-1] == "deck:start"
    top = sequence["commands"].index("notebook:extend-marked-cells-top")
    assert top < sequence["commands"].index("deck:start")
    shortcut = live.overrides()["@jupyterlab/shortcuts-extension:shortcuts"]["shortcuts"][0]
    assert shortcut["args"] == sequence and shortcut["keys"] == ["Alt Shift S"]


def test_deck_styles_apply_only_while_presenting():
    styles = live.overrides()["@deathbeds/jupyterlab-fonts:fonts"]["styles"]
    for selector in styles:
        parts = re.split(r",\s+(?=body)", selector)
        assert all(part.startswith(live.PRESENTING) for part in parts), selector
    hidden = next(s for s in styles if "remove_input" in s)
    assert styles[hidden] == {"display": "none"} and hidden.endswith(".jp-Cell-inputWrapper")


def test_overrides_are_written_once(tmp_path):
    assert live.write_overrides(tmp_path, check=True)
    assert not (tmp_path / "overrides.d").exists()
    assert live.write_overrides(tmp_path)
    written = json.loads((tmp_path / "overrides.d" / live.OVERRIDES_NAME).read_text())
    assert written == live.overrides()
    assert not live.write_overrides(tmp_path)


def test_a_deck_left_active_is_switched_off_and_nothing_else_changes(tmp_path):
    text = '{\n    // Decks\n    "active": true,\n    "showCodeCellPrompt": true\n}'
    path = _deck_file(tmp_path, text)
    assert live.reset_deck(tmp_path, check=True)
    assert '"active": true' in path.read_text()
    assert live.reset_deck(tmp_path)
    assert json.loads(path.read_text()) == {"active": False, "showCodeCellPrompt": True}
    assert not live.reset_deck(tmp_path)


def test_missing_or_unreadable_settings_are_left_alone(tmp_path):
    assert not live.reset_deck(tmp_path)
    path = _deck_file(tmp_path, "{ tidak valid")
    assert not live.reset_deck(tmp_path)
    assert path.read_text() == "{ tidak valid"


def test_main_prepares_both(tmp_path, monkeypatch, capsys):
    app, user = tmp_path / "app", tmp_path / "user"
    _deck_file(user, '{"active": true}')
    monkeypatch.setattr(live, "app_settings_dir", lambda: app)
    monkeypatch.setattr(live, "get_user_settings_dir", lambda: str(user))
    assert live.main(["--periksa"]) == 0
    assert not app.exists()
    assert live.main([]) == 0
    out = capsys.readouterr().out
    assert "Salindia langsung" in out and "dimatikan" in out
    assert json.loads((user / live.DECK_SETTINGS).read_text()) == {"active": False}
