"""Named items shown as a prose table, and the "which is it?" activity that sorts cases into them.

Chapters 05 and 06 describe their items (ways, challenges, service kinds, patterns, practices)
in their content file as a table: ``kolom`` maps each field to its header, ``baris`` holds one
row per item. An activity (``pertanyaan``, ``petunjuk``, ``kasus``) is a list of short invented
cases, each naming the item (by ``kunci``) it illustrates and why. :class:`ClassifyActivity`
shows one case at a time and judges the trainee's choice with :func:`judge_case`.
"""

from __future__ import annotations

from dataclasses import dataclass

import ipywidgets as widgets
import pandas as pd

from helpers.core import safe_html
from helpers.core.content import Fields
from helpers.core.explorer import WidgetView
from helpers.core.text import PALETTE

VERDICT_STYLE = {
    True: (PALETTE["hijau"], "✔"),
    False: (PALETTE["merah"], "✘"),
    None: (PALETTE["abu"], "…"),
}


@dataclass(frozen=True)
class ProseTable:
    """Items of a chapter, one row each; ``columns`` maps each field to its header."""

    columns: dict[str, str]
    rows: tuple[dict[str, str], ...]

    def frame(self) -> pd.DataFrame:
        """The items side by side, indexed by the first column (show with ``text_table``).

        Example:
            >>> ProseTable({"nama": "Pola"}, ({"nama": "Satu atap"},)).frame().index.tolist()
            ['Satu atap']
        """
        rows = [{label: row[field] for field, label in self.columns.items()} for row in self.rows]
        return pd.DataFrame(rows).set_index(next(iter(self.columns.values())))

    def choices(self) -> dict[str, str]:
        """``kunci`` -> name of every item, in order (the options of an activity).

        Example:
            >>> ProseTable({"nama": "Pola"}, ({"kunci": "a", "nama": "Satu atap"},)).choices()
            {'a': 'Satu atap'}
        """
        return {row["kunci"]: row["nama"] for row in self.rows}


def section(fields: Fields, key: str) -> Fields:
    """The mapping ``key`` of a content file, its errors naming the file and the key.

    Example:
        >>> section(Fields({"notes": {"a": "Teks"}}, "contoh.yaml"), "notes").text("a")
        'Teks'
    """
    return Fields(fields.get(key, dict), f"{fields.where}, {key}")


def read_prose_table(fields: Fields, key: str, keyed: bool = True) -> ProseTable:
    """The table ``key`` of a content file; every row needs every column (and ``kunci``, the
    ``nama`` field being then the label shown to trainees, when ``keyed``).

    Example:
        >>> raw = {"t": {"kolom": {"nama": "Pola"}, "baris": [{"kunci": "a", "nama": "A"}]}}
        >>> read_prose_table(Fields(raw, "contoh.yaml"), "t").rows
        ({'nama': 'A', 'kunci': 'a'},)
    """
    table = section(fields, key)
    columns = table.get("kolom", dict)
    if not columns or not all(isinstance(v, str) and v.strip() for v in columns.values()):
        table.fail("'kolom' harus memetakan setiap kolom ke judulnya.")
    wanted = dict.fromkeys([*columns, "kunci", "nama"] if keyed else columns)
    rows = tuple({name: row.text(name) for name in wanted} for row in table.records("baris"))
    if keyed and len({row["kunci"] for row in rows}) != len(rows):
        table.fail("ada 'kunci' yang dipakai dua kali.")
    return ProseTable({str(k): v.strip() for k, v in columns.items()}, rows)


@dataclass(frozen=True)
class Case:
    """A short situation and the item (by key) it illustrates, with why."""

    text: str
    answer: str
    reason: str


@dataclass(frozen=True)
class ActivityContent:
    """One activity: the question asked of every case, a hint after a wrong answer, the cases
    and the items to choose from (key -> name)."""

    question: str
    hint: str
    cases: tuple[Case, ...]
    choices: dict[str, str]


def read_activity(fields: Fields, key: str, items: ProseTable) -> ActivityContent:
    """The activity ``key`` of a content file; every case's answer must be one of ``items``.

    Example:
        >>> items = ProseTable({"nama": "Pola"}, ({"kunci": "a", "nama": "A"},))
        >>> case = {"teks": "Kasus", "jawaban": "a", "alasan": "Sebab"}
        >>> raw = {"k": {"pertanyaan": "Apa?", "petunjuk": "Baca.", "kasus": [case]}}
        >>> read_activity(Fields(raw, "contoh.yaml"), "k", items).cases[0].answer
        'a'
    """
    activity = section(fields, key)
    choices = items.choices()
    cases = []
    for case in activity.records("kasus"):
        answer = case.text("jawaban")
        if answer not in choices:
            case.fail(f"jawaban '{answer}' tidak dikenal; pilih dari: {', '.join(choices)}.")
        cases.append(Case(case.text("teks"), answer, case.text("alasan")))
    return ActivityContent(
        activity.text("pertanyaan"), activity.text("petunjuk"), tuple(cases), choices
    )


def judge_case(
    case: Case, choice: str | None, choices: dict[str, str], hint: str
) -> tuple[bool | None, str]:
    """Whether ``choice`` (a key) fits ``case``, and what to tell the trainee (Indonesian).

    Returns (None, message) when nothing was chosen.

    Example:
        >>> case = Case("Loket di satu gedung.", "satu_atap", "Tempatnya disatukan.")
        >>> judge_case(case, "satu_atap", {"satu_atap": "Satu atap"}, "Baca lagi.")
        (True, 'Tepat. Tempatnya disatukan.')
    """
    if choice is None or choice == "":
        return None, "Pilih salah satu jawaban dulu."
    if choice not in choices:
        raise ValueError(f"Unknown choice {choice!r}; expected one of {sorted(choices)}.")
    if choice == case.answer:
        return True, f"Tepat. {case.reason}"
    return False, f"Belum tepat: ini bukan contoh '{choices[choice]}'. {hint} Lalu coba lagi."


class ClassifyActivity(WidgetView):
    """Show one case at a time; the trainee picks the item it illustrates, presses *Periksa*
    and gets feedback; *Kasus berikutnya* moves on (back to the first after the last).

    Example:
        >>> items = {"a": "Satu atap", "b": "Satu pintu"}
        >>> content = ActivityContent("Pola apa?", "Baca.", (Case("Kasus", "a", "Sebab."),), items)
        >>> activity = ClassifyActivity(content)
        >>> activity.choice.value = "a"
        >>> activity.check()
        True
    """

    def __init__(self, content: ActivityContent):
        if not content.cases:
            raise ValueError("An activity needs at least one case.")
        self.content, self.cases = content, content.cases
        self.index = 0
        self.results: dict[int, bool] = {}
        self.case = widgets.HTML()
        options = [(name, key) for key, name in content.choices.items()]
        self.choice = widgets.RadioButtons(
            options=options,
            value=None,
            description="Jawaban:",
            layout=widgets.Layout(width="auto"),
        )
        self.check_button = widgets.Button(description="Periksa", button_style="primary")
        self.next_button = widgets.Button(description="Kasus berikutnya")
        self.feedback = widgets.HTML()
        self.score = widgets.HTML()
        self.check_button.on_click(self.check)
        self.next_button.on_click(self.next_case)
        self._show_case()
        buttons = widgets.HBox([self.check_button, self.next_button])
        self.view = widgets.VBox([self.case, self.choice, buttons, self.feedback, self.score])

    def _show_case(self) -> None:
        current = self.cases[self.index]
        self.case.value = (
            f"<p><b>Kasus {self.index + 1} dari {len(self.cases)}.</b> "
            f"{safe_html.escape(current.text)}</p>{safe_html.paragraph(self.content.question)}"
        )
        self.choice.value = None
        self.feedback.value = ""
        self._show_score()

    def _show_score(self) -> None:
        right = sum(self.results.values())
        self.score.value = safe_html.paragraph(
            f"Jawaban tepat: {right} dari {len(self.cases)} kasus "
            f"({len(self.results)} sudah dijawab)."
        )

    def check(self, _button: widgets.Button | None = None) -> bool | None:
        """Judge the current choice, show the feedback, and return True/False (None if blank)."""
        verdict, message = judge_case(
            self.cases[self.index], self.choice.value, self.content.choices, self.content.hint
        )
        if verdict is not None:
            self.results[self.index] = verdict
        colour, mark = VERDICT_STYLE[verdict]
        self.feedback.value = (
            f"<p style='color: {colour}'><b>{mark}</b> {safe_html.escape(message)}</p>"
        )
        self._show_score()
        return verdict

    def next_case(self, _button: widgets.Button | None = None) -> None:
        """Move to the next case (back to the first after the last)."""
        self.index = (self.index + 1) % len(self.cases)
        self._show_case()


__all__ = [
    "ActivityContent",
    "Case",
    "ClassifyActivity",
    "ProseTable",
    "judge_case",
    "read_activity",
    "read_prose_table",
    "section",
]
