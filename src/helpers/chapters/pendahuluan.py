"""Bab I (notebook 01_pendahuluan): diversity, Gambar 1.1, the indicators and the course map.

The prose comes from ``content/01_pendahuluan.yaml``; the indicators and the list of notebooks
come from the course manifest (``content/course.yaml``). Diagrams are illustrations, not data.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

import ipywidgets as widgets
import pandas as pd
import plotly.graph_objects as go

from helpers.core import safe_html
from helpers.core.content import Fields, chapter_content
from helpers.core.explorer import ChartExplorer
from helpers.core.figures import INK, hidden_axes, plain_chart, wrap_html
from helpers.core.manifest import Chapter, course
from helpers.core.tables import TextTable, text_table
from helpers.core.text import MUTED, PALETTE, join_list

STEM = "01_pendahuluan"
SCOPE_COLOURS = (PALETTE["biru"], PALETTE["jingga"], PALETTE["hijau"])
DIAGRAM_MARGIN = {"l": 20, "r": 20, "t": 70, "b": 70}


@dataclass(frozen=True)
class Content:
    """The prose of Bab I: the two sides of diversity and the words of Gambar 1.1."""

    diversity: tuple[tuple[str, str], ...]  # (side, what can happen)
    scopes: tuple[str, ...]  # the three interlinked scopes
    instruments: tuple[str, ...]  # the five instruments on the outer ring

    @classmethod
    def parse(cls, fields: Fields) -> Content:
        """Check and read the chapter's content file; ContentError names file and key.

        Example:
            >>> Content.parse(chapter_content(STEM)).scopes[0]
            'Nasional'
        """
        sides = tuple((f.text("sisi"), f.text("isi")) for f in fields.records("keberagaman"))
        figure = Fields(fields.get("gambar_1_1", dict), f"{fields.where}, gambar_1_1")
        return cls(sides, figure.texts("ruang_lingkup"), figure.texts("instrumen"))


@cache
def content() -> Content:
    """The content of Bab I, read and checked once.

    Example:
        >>> content().instruments[-1]
        'Kolaborasi'
    """
    return Content.parse(chapter_content(STEM))


def diversity_table() -> TextTable:
    """The two sides of diversity (Bab I.A) as a two-column table; ``.data`` is the DataFrame.

    Example:
        >>> list(diversity_table().data["Sisi keberagaman"])
        ['Kekuatan', 'Tantangan']
    """
    frame = pd.DataFrame(content().diversity, columns=["Sisi keberagaman", "Yang dapat terjadi"])
    return text_table(frame)


def indicator_table() -> TextTable:
    """The four indicators of Bab I.D, numbered; ``.data`` is the DataFrame.

    Example:
        >>> list(indicator_table().data["Indikator"])
        [1, 2, 3, 4]
    """
    indicators = course().indicators
    frame = pd.DataFrame(
        {
            "Indikator": list(indicators),
            "Setelah mata diklat ini, peserta diharapkan dapat": list(indicators.values()),
        }
    )
    return text_table(frame)


def _source(where: str) -> str:
    return f"Sumber: {where}; {course().citation}"


# --- Gambar 1.1 ----------------------------------------------------------------------------------


def _polar(radius: float, degrees: float) -> tuple[float, float]:
    angle = math.radians(degrees)
    return radius * math.cos(angle), radius * math.sin(angle)


def _text_position(degrees: float) -> str:
    x, y = _polar(1, degrees)
    if abs(x) < 0.3:
        return "top center" if y > 0 else "bottom center"
    return "middle right" if x > 0 else "middle left"


def _scopes(scopes: Sequence[str]) -> tuple[list[dict], list[dict]]:
    """The three scope circles (shapes) and their labels (annotations)."""
    scope_radius, offset = 0.62, 0.40
    shapes, labels = [], []
    for scope, colour, degrees in zip(scopes, SCOPE_COLOURS, (90, 210, 330), strict=True):
        cx, cy = _polar(offset, degrees)
        shapes.append(
            {
                "type": "circle",
                "x0": cx - scope_radius,
                "x1": cx + scope_radius,
                "y0": cy - scope_radius,
                "y1": cy + scope_radius,
                "line": {"color": colour, "width": 3},
                "fillcolor": colour,
                "opacity": 0.22,
                "layer": "below",
            }
        )
        lx, ly = _polar(offset + 0.36, degrees)
        label = f"<b>{safe_html.escape(scope)}</b>"
        labels.append({"x": lx, "y": ly, "text": label, "showarrow": False, "font": {"size": 15}})
    return shapes, labels


def _instruments(instruments: Sequence[str], ring: float) -> tuple[dict, dict, dict]:
    """The dotted ring (a shape), the five instruments on it (a trace) and its caption."""
    ring_shape = {
        "type": "circle",
        "x0": -ring,
        "x1": ring,
        "y0": -ring,
        "y1": ring,
        "line": {"color": PALETTE["abu"], "width": 2, "dash": "dot"},
        "layer": "below",
    }
    angles = [126 - 72 * k for k in range(len(instruments))]
    points = [_polar(ring, a) for a in angles]
    trace = {
        "type": "scatter",
        "x": [p[0] for p in points],
        "y": [p[1] for p in points],
        "mode": "markers+text",
        "text": [safe_html.escape(i) for i in instruments],
        "textposition": [_text_position(a) for a in angles],
        "textfont": {"size": 15, "color": INK},
        "marker": {"size": 22, "color": PALETTE["ungu"], "line": {"color": "white", "width": 2}},
        "hovertemplate": "Instrumen: %{text}<extra></extra>",
        "cliponaxis": False,
    }
    caption = {
        "x": 0,
        "y": -ring,
        "yshift": -50,
        "text": "<i>lingkaran luar: lima instrumen penting WoG</i>",
        "showarrow": False,
        "font": {"size": 12, "color": PALETTE["abu"]},
    }
    return ring_shape, trace, caption


def learning_illustration_chart() -> go.Figure:
    """Gambar 1.1 redrawn: three interlinked scopes around WoG, ringed by the five instruments.

    Example:
        >>> fig = learning_illustration_chart()
        >>> list(fig.data[0].text)
        ['Nilai', 'Kerja sama tim', 'Keterlibatan sektor', 'Kepercayaan', 'Kolaborasi']
    """
    words = content()
    shapes, labels = _scopes(words.scopes)
    centre = {
        "x": 0,
        "y": 0,
        "text": "<b>Whole of<br>Government</b>",
        "showarrow": False,
        "bgcolor": "rgba(255,255,255,0.85)",
        "borderpad": 4,
    }
    ring, instruments, ring_caption = _instruments(words.instruments, ring=1.38)
    layout = {
        "shapes": [*shapes, ring],
        "annotations": [*labels, centre, ring_caption],
        **hidden_axes((-2.6, 2.6), (-2.0, 1.6)),
        "font": {"color": INK},
        "showlegend": False,
    }
    alt = (
        "Diagram: tiga lingkaran ruang lingkup, yaitu "
        f"{join_list([s.lower() for s in words.scopes])}, saling beririsan dan di irisannya "
        "tertulis Whole of Government; lingkaran luar memuat lima instrumen penting WoG: "
        f"{join_list([i.lower() for i in words.instruments])}."
    )
    note = _source("digambar ulang dari uraian Gambar 1.1 (Bab I.B)")
    return plain_chart(
        [instruments],
        layout,
        "Ilustrasi pembelajaran Whole of Government (Gambar 1.1, digambar ulang)",
        alt,
        f"{note} Letak dan ukuran hanya ilustrasi, bukan data.",
        height=570,
        margin=DIAGRAM_MARGIN,
        note_shift=-10,
        note_width=120,
    )


# --- Bab I.D mapped to the notebooks --------------------------------------------------------------


def course_map() -> tuple[Chapter, ...]:
    """The course's notebooks that serve indicators (the start page left out), in order.

    Example:
        >>> course_map()[0].stem, course_map()[2].indicators
        ('01_pendahuluan', (1, 2))
    """
    return tuple(c for c in course().chapters if c.kind != "mulai")


def guess_feedback(indicator: int, guess: set[str], chapters: Sequence[Chapter]) -> str:
    """Compare a guessed set of notebook stems with the notebooks that serve ``indicator``.

    Example:
        >>> guess_feedback(3, {"05_praktik_dan_tantangan"}, course_map())[:41]
        'Indikator 3 dibahas di: 05_praktik_dan_ta'
    """
    actual = {c.stem for c in chapters if indicator in c.indicators}
    listed = ", ".join(sorted(actual)) or "belum ada notebook"
    if guess == actual:
        return f"Tepat! Indikator {indicator} dibahas di: {listed}."
    parts = [f"Indikator {indicator} dibahas di: {listed}."]
    if actual - guess:
        parts.append(f"Terlewat: {', '.join(sorted(actual - guess))}.")
    if guess - actual:
        parts.append(f"Tidak melayani indikator ini: {', '.join(sorted(guess - actual))}.")
    return " ".join(parts)


def _notebook_label(chapter: Chapter) -> str:
    return wrap_html(safe_html.escape(f"{chapter.stem[:2]} · {chapter.title}"), 36)


# Each kind of cell in the course map: the look of its trace.
MAP_CELLS = {
    "served": {
        "name": "melayani indikator",
        "mode": "markers",
        "marker": {"size": 24, "color": PALETTE["biru"]},
        "hovertemplate": "%{y}<br>melayani indikator %{x}<extra></extra>",
    },
    "hidden": {
        "name": "belum dibuka",
        "mode": "text",
        "text": "?",
        "textfont": {"size": 18, "color": PALETTE["abu"]},
        "hoverinfo": "skip",
    },
    "empty": {
        "name": "tidak melayani",
        "mode": "markers",
        "marker": {"size": 8, "color": MUTED},
        "hoverinfo": "skip",
    },
}


def _map_traces(chapters: Sequence[Chapter], revealed: set[int]) -> list[dict]:
    cells: dict[str, tuple[list[int], list[str]]] = {kind: ([], []) for kind in MAP_CELLS}
    for chapter in chapters:
        for number in course().indicators:
            kind = "served" if number in chapter.indicators else "empty"
            x, y = cells[kind if number in revealed else "hidden"]
            x.append(number)
            y.append(_notebook_label(chapter))
    return [
        {"type": "scatter", "x": x, "y": y, **MAP_CELLS[kind]} for kind, (x, y) in cells.items()
    ]


def _column_shade(column: int) -> dict:
    return {
        "type": "rect",
        "xref": "x",
        "yref": "paper",
        "x0": column - 0.45,
        "x1": column + 0.45,
        "y0": 0,
        "y1": 1,
        "fillcolor": PALETTE["kuning"],
        "opacity": 0.35,
        "line": {"width": 0},
        "layer": "below",
    }


def indicator_map_chart(
    chapters: Sequence[Chapter],
    revealed: Iterable[int] | None = None,
    highlight: int | None = None,
) -> go.Figure:
    """A notebook-by-indicator grid: a dot where a notebook serves an indicator.

    Columns not in ``revealed`` (all, by default) show '?' instead of the answer; ``highlight``
    shades a column.

    Example:
        >>> fig = indicator_map_chart(course_map()[:1])
        >>> list(fig.data[0].x)
        [1]
    """
    shown = set(course().indicators if revealed is None else revealed)
    rows = [_notebook_label(c) for c in chapters]
    short = course().indicator_short
    layout = {
        "shapes": [] if highlight is None else [_column_shade(highlight)],
        "xaxis": {
            "range": [0.5, len(short) + 0.5],
            "tickvals": list(short),
            "ticktext": [
                f"Indikator {n}<br>{wrap_html(safe_html.escape(t), 18)}" for n, t in short.items()
            ],
            "side": "top",
            "tickangle": 0,
            "showgrid": False,
            "fixedrange": True,
        },
        "yaxis": {
            "categoryorder": "array",
            "categoryarray": rows[::-1],
            "type": "category",
            "automargin": True,
            "fixedrange": True,
            "range": [-0.5, len(rows) - 0.5],
        },
        "font": {"color": INK},
        "showlegend": False,
    }
    return plain_chart(
        _map_traces(chapters, shown),
        layout,
        "Peta indikator hasil belajar per notebook",
        _indicator_map_alt(chapters, shown),
        _source("peta kursus (indikator tiap notebook); rumusan indikator dari Bab I.D"),
        height=210 + 52 * max(len(rows), 1),
        margin={**DIAGRAM_MARGIN, "t": 170},
        note_shift=-10,
        note_width=120,
    )


def _indicator_map_alt(chapters: Sequence[Chapter], revealed: set[int]) -> str:
    parts = []
    for number in course().indicators:
        if number not in revealed:
            parts.append(f"indikator {number} belum dibuka")
            continue
        stems = [c.stem for c in chapters if number in c.indicators]
        parts.append(f"indikator {number}: {join_list(stems) if stems else 'belum ada notebook'}")
    return "Tabel titik notebook menurut indikator; " + "; ".join(parts) + "."


class IndicatorMap(ChartExplorer):
    """Guess which notebooks serve an indicator, then reveal that column of the map in place.

    The map's state is the chosen indicator plus the columns revealed so far (by the buttons).

    Example:
        >>> game = IndicatorMap()
        >>> game.indicator.value, "belum dibuka" in game.caption.value
        (1, True)
    """

    def __init__(self, chapters: Sequence[Chapter] | None = None):
        self.chapters = list(course_map() if chapters is None else chapters)
        self.revealed: set[int] = set()
        self.indicator = widgets.ToggleButtons(
            options=[(f"Indikator {n}", n) for n in course().indicators], description="Pilih:"
        )
        self.statement = widgets.HTML()
        self.guesses = {
            c.stem: widgets.Checkbox(
                description=f"{c.stem[:2]} · {c.title}", indent=False, layout={"width": "auto"}
            )
            for c in self.chapters
        }
        self.check = widgets.Button(description="Periksa tebakan", button_style="primary")
        self.reveal_all = widgets.Button(description="Buka semua")
        self.feedback = widgets.HTML()
        buttons = widgets.HBox([self.check, self.reveal_all])
        boxes = widgets.VBox(list(self.guesses.values()))
        above = [self.indicator, self.statement, boxes, buttons, self.feedback]
        super().__init__([self.indicator], self._build, above=above)
        self.indicator.observe(self._on_indicator, names="value")
        self.check.on_click(self._on_check)
        self.reveal_all.on_click(self._on_reveal_all)
        self._show_statement()

    @property
    def state(self) -> tuple:
        """The chosen indicator and the columns revealed so far."""
        return self.indicator.value, frozenset(self.revealed)

    def _build(self, highlight: int, revealed: frozenset[int]) -> go.Figure:
        return indicator_map_chart(self.chapters, revealed, highlight)

    def _show_statement(self) -> None:
        number = self.indicator.value
        self.statement.value = (
            f"<p><b>Indikator {number}:</b> {safe_html.escape(course().indicators[number])} "
            "Centang notebook yang menurut Anda melayani indikator ini.</p>"
        )

    def _on_indicator(self, _change: dict) -> None:
        for box in self.guesses.values():
            box.value = False
        self.feedback.value = ""
        self._show_statement()

    def _on_check(self, _button: widgets.Button | None = None) -> None:
        guess = {stem for stem, box in self.guesses.items() if box.value}
        number = self.indicator.value
        self.feedback.value = safe_html.paragraph(guess_feedback(number, guess, self.chapters))
        self.revealed.add(number)
        self.redraw()

    def _on_reveal_all(self, _button: widgets.Button | None = None) -> None:
        self.revealed.update(course().indicators)
        self.redraw()
