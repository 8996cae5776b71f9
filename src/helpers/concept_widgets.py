"""Widget wiring for Bab I and Bab II. Content comes from helpers.concepts, figures from
helpers.concept_charts; every widget updates its FigureWidget and caption in place."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

import ipywidgets as widgets
import pandas as pd
import plotly.graph_objects as go

from helpers import concept_charts, concepts
from helpers.display import alt_text_markdown
from helpers.widgets import FigureCache, refresh_figure

FULL_WIDTH = {"width": "95%"}  # a dict, so that each widget gets its own Layout
AUTO = {"width": "auto"}
# FigureWidgets do not follow the output area's width in JupyterLab (they fall back to 700 px),
# so widget figures get a fixed width that still fits beside JupyterLab's file browser.
FIGURE_WIDTH = 800


def _sized(fig: go.Figure) -> go.Figure:
    return fig.update_layout(width=FIGURE_WIDTH)


def caption_html(fig: go.Figure) -> str:
    """The figure's text alternative as the HTML caption shown under a widget's chart.

    Example:
        >>> caption_html(go.Figure(layout={"meta": {"alt_text": "Diagram <contoh>."}}))
        '<p><em>Teks alternatif:</em> Diagram &lt;contoh&gt;.</p>'
    """
    text = html.escape(alt_text_markdown(fig).removeprefix("*Teks alternatif:* "))
    return f"<p><em>Teks alternatif:</em> {text}</p>"


def mark_phrase(text: str, phrase: str) -> str:
    """HTML-escaped ``text`` with every case-insensitive match of ``phrase`` wrapped in <mark>.

    Example:
        >>> mark_phrase("a shared goal", "Shared goal")
        'a <mark>shared goal</mark>'
    """
    escaped = html.escape(text)
    needle = phrase.strip()
    if not needle:
        return escaped
    pattern = re.compile(r"\s+".join(re.escape(html.escape(w)) for w in needle.split()), re.I)
    return pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", escaped)


class ContinuumExplorer:
    """Slide along Tabel 1.1 from coordination to merger; the same figure redraws in place."""

    def __init__(self, table: pd.DataFrame, start: int = 1):
        self.table = table
        options = [(t, int(u)) for u, t in zip(table["urutan"], table["tipe"], strict=True)]
        self.slider = widgets.SelectionSlider(
            options=options,
            value=start,
            description="Tipe hubungan:",
            style={"description_width": "initial"},
            layout=FULL_WIDTH,
        )
        self.play = widgets.Play(
            min=0, max=len(options) - 1, interval=2500, description="Putar otomatis"
        )
        widgets.jslink((self.play, "value"), (self.slider, "index"))
        self._chart = FigureCache(lambda at: _sized(concept_charts.continuum_chart(table, at)))
        first = self._chart(start)
        self.figure = go.FigureWidget(first)
        self.caption = widgets.HTML(caption_html(first))
        self.slider.observe(self._redraw, names="value")
        controls = widgets.HBox([self.play, self.slider], layout=FULL_WIDTH)
        self.view = widgets.VBox([controls, self.figure, self.caption])

    @property
    def position(self) -> int:
        return self.slider.value

    def _redraw(self, _change: dict | None = None) -> None:
        fig = self._chart(self.position)
        refresh_figure(self.figure, fig)
        self.caption.value = caption_html(fig)

    def _repr_mimebundle_(self, **kwargs):
        return self.view._repr_mimebundle_(**kwargs)


class DefinitionComparer:
    """The APSC and USIP definitions side by side; a chosen or typed phrase is marked in both."""

    NO_PHRASE = "— pilih frasa —"

    def __init__(self, definitions: Sequence[concepts.Definition] = concepts.DEFINITIONS):
        self.definitions = tuple(definitions)
        self.phrase = widgets.Dropdown(
            options=[(self.NO_PHRASE, "")]
            + [(f"{p} ({gloss})", p) for p, gloss in concepts.KEY_PHRASES],
            description="Frasa:",
            layout=FULL_WIDTH,
        )
        self.typed = widgets.Text(
            placeholder="mis. goal, agencies, formal",
            description="Atau ketik:",
            continuous_update=False,
            layout=widgets.Layout(width="50%"),
        )
        self.verdict = widgets.HTML()
        self.panel = widgets.HTML()
        self.phrase.observe(self._on_choice, names="value")
        self.typed.observe(self._update, names="value")
        self._update()
        self.view = widgets.VBox([self.phrase, self.typed, self.verdict, self.panel])

    @property
    def current(self) -> str:
        return self.typed.value.strip() or self.phrase.value

    def _on_choice(self, _change: dict) -> None:
        if self.typed.value:
            self.typed.value = ""  # fires _update
        else:
            self._update()

    def _update(self, _change: dict | None = None) -> None:
        phrase = self.current
        self.verdict.value = f"<p><b>{html.escape(concepts.verdict_text(phrase))}</b></p>"
        self.panel.value = self._panel_html(phrase)

    def _panel_html(self, phrase: str) -> str:
        columns = []
        for d in self.definitions:
            stresses = "".join(f"<li>{html.escape(s)}</li>" for s in d.stresses)
            columns.append(
                '<div style="flex:1;min-width:260px;border:1px solid #ccc;padding:8px 12px">'
                f"<h4>{html.escape(d.label)}</h4>"
                f"<blockquote>“{mark_phrase(d.quote, phrase)}” ({html.escape(d.citation)})"
                "</blockquote>"
                f"<p><b>Yang ditekankan menurut bahan ajar:</b></p><ul>{stresses}</ul></div>"
            )
        return f'<div style="display:flex;gap:12px;flex-wrap:wrap">{"".join(columns)}</div>'

    def _repr_mimebundle_(self, **kwargs):
        return self.view._repr_mimebundle_(**kwargs)


class IndicatorMap:
    """Guess which notebooks serve an indicator, then reveal that column of the map in place."""

    def __init__(self, entries: Sequence[concepts.NotebookEntry]):
        self.entries = list(entries)
        self.revealed: set[int] = set()
        self.indicator = widgets.ToggleButtons(
            options=[(f"Indikator {n}", n) for n in concepts.INDICATORS],
            description="Pilih:",
        )
        self.statement = widgets.HTML()
        self.guesses = {
            e.stem: widgets.Checkbox(
                description=f"{e.stem[:2]} · {e.title}", indent=False, layout=AUTO
            )
            for e in self.entries
        }
        self.check = widgets.Button(description="Periksa tebakan", button_style="primary")
        self.reveal_all = widgets.Button(description="Buka semua")
        self.feedback = widgets.HTML()
        first = self._chart()
        self.figure = go.FigureWidget(first)
        self.caption = widgets.HTML(caption_html(first))
        self.indicator.observe(self._on_indicator, names="value")
        self.check.on_click(self._on_check)
        self.reveal_all.on_click(self._on_reveal_all)
        self._show_statement()
        self.view = widgets.VBox(
            [
                self.indicator,
                self.statement,
                widgets.VBox(list(self.guesses.values())),
                widgets.HBox([self.check, self.reveal_all]),
                self.feedback,
                self.figure,
                self.caption,
            ]
        )

    def _chart(self) -> go.Figure:
        return _sized(
            concept_charts.indicator_map_chart(
                self.entries, revealed=self.revealed, highlight=self.indicator.value
            )
        )

    def _redraw(self) -> None:
        fig = self._chart()
        refresh_figure(self.figure, fig)
        self.caption.value = caption_html(fig)

    def _show_statement(self) -> None:
        text = concepts.INDICATORS[self.indicator.value]
        self.statement.value = (
            f"<p><b>Indikator {self.indicator.value}:</b> {html.escape(text)} "
            "Centang notebook yang menurut Anda melayani indikator ini.</p>"
        )

    def _on_indicator(self, _change: dict) -> None:
        for box in self.guesses.values():
            box.value = False
        self.feedback.value = ""
        self._show_statement()
        self._redraw()

    def _on_check(self, _button: widgets.Button | None = None) -> None:
        guess = {stem for stem, box in self.guesses.items() if box.value}
        number = self.indicator.value
        self.feedback.value = (
            f"<p>{html.escape(concepts.guess_feedback(number, guess, self.entries))}</p>"
        )
        self.revealed.add(number)
        self._redraw()

    def _on_reveal_all(self, _button: widgets.Button | None = None) -> None:
        self.revealed.update(concepts.INDICATORS)
        self._redraw()

    def _repr_mimebundle_(self, **kwargs):
        return self.view._repr_mimebundle_(**kwargs)


class ScopeSelector:
    """Tick the sectors a related concept would join; WoG joins them all. Redraws in place."""

    def __init__(self, sectors: Sequence[str]):
        self.sectors = list(sectors)
        self.boxes = {
            s: widgets.Checkbox(description=s, indent=False, layout=AUTO) for s in self.sectors
        }
        first = _sized(concept_charts.integration_scope_chart(self.sectors, []))
        self.figure = go.FigureWidget(first)
        self.caption = widgets.HTML(caption_html(first))
        for box in self.boxes.values():
            box.observe(self._redraw, names="value")
        grid = widgets.GridBox(
            list(self.boxes.values()),
            layout=widgets.Layout(grid_template_columns="repeat(2, 1fr)", width="95%"),
        )
        self.view = widgets.VBox(
            [widgets.HTML("<b>Sektor yang dipandang relevan:</b>"), grid, self.figure, self.caption]
        )

    @property
    def relevant(self) -> list[str]:
        return [s for s, box in self.boxes.items() if box.value]

    def _redraw(self, _change: dict | None = None) -> None:
        fig = _sized(concept_charts.integration_scope_chart(self.sectors, self.relevant))
        refresh_figure(self.figure, fig)
        self.caption.value = caption_html(fig)

    def _repr_mimebundle_(self, **kwargs):
        return self.view._repr_mimebundle_(**kwargs)


__all__ = [
    "ContinuumExplorer",
    "DefinitionComparer",
    "IndicatorMap",
    "ScopeSelector",
    "caption_html",
    "mark_phrase",
]
