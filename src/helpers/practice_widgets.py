"""Widget wiring for Bab III.B-D: the span-of-control simulator and the "which is it?" activities.

The figures and the judging come from :mod:`helpers.practice_charts` and :mod:`helpers.practice`;
this module only connects controls to them. The simulator holds one ``go.FigureWidget`` and
updates it in place.
"""

from __future__ import annotations

import html

import ipywidgets as widgets
import plotly.graph_objects as go

from helpers import practice, practice_charts
from helpers.text import format_number
from helpers.widgets import FigureCache, refresh_figure

WAYS_LINK = (
    "Kaitkan dengan tiga cara WoG: menggeser slider ke kiri sama dengan <b>mengurangi jumlah "
    "lembaga</b> (cara 1, penguatan koordinasi); simpul di tengah gambar kanan dapat berupa "
    "<b>lembaga koordinasi khusus</b> yang permanen (cara 2) atau <b>gugus tugas</b> yang "
    "sementara (cara 3)."
)
NOT_DATA = "Angka ini hasil hitungan rumus (aritmetika), bukan data dari sumber mana pun."


def span_caption_html(n: int, n_min: int = practice.N_MIN, n_max: int = practice.N_MAX) -> str:
    """The simulator's caption: the counts for ``n``, the link to the three ways, the text
    alternative, and the reminder that the numbers are arithmetic, not data.

    Example:
        >>> "bukan data" in span_caption_html(5)
        True
    """
    pairs, hub = practice.pairwise_channels(n), practice.hub_channels(n)
    alt = html.escape(practice_charts.span_of_control_alt(n, n_min, n_max))
    return (
        f"<p><b>{n} lembaga</b>: {format_number(pairs)} saluran bila semua berkoordinasi "
        f"langsung, {format_number(hub)} saluran lewat satu koordinator; selisihnya "
        f"{format_number(pairs - hub)} saluran (turunan). {NOT_DATA}</p>"
        f"<p>{WAYS_LINK}</p>"
        f"<p><em>Teks alternatif:</em> {alt}</p>"
    )


class SpanOfControlSimulator:
    """A slider for the number of agencies that redraws one FigureWidget and its caption."""

    def __init__(self, n: int = 5, n_min: int = practice.N_MIN, n_max: int = practice.N_MAX):
        self.n_min, self.n_max = n_min, n_max
        self.slider = widgets.IntSlider(
            value=n,
            min=n_min,
            max=n_max,
            step=1,
            description="Jumlah lembaga (n):",
            continuous_update=False,
            style={"description_width": "initial"},
            layout=widgets.Layout(width="60%"),
        )
        self._chart = FigureCache(
            lambda count: practice_charts.span_of_control_figure(count, n_min, n_max)
        )
        self.figure = go.FigureWidget(self._chart(n))
        self.caption = widgets.HTML(span_caption_html(n, n_min, n_max))
        self.slider.observe(self._redraw, names="value")
        self.view = widgets.VBox([self.slider, self.figure, self.caption])

    def _redraw(self, _change: dict | None = None) -> None:
        n = self.slider.value
        refresh_figure(self.figure, self._chart(n))
        self.caption.value = span_caption_html(n, self.n_min, self.n_max)

    def _repr_mimebundle_(self, **kwargs):
        return self.view._repr_mimebundle_(**kwargs)


class ClassifyActivity:
    """Show one short case at a time; the trainee picks which item (pattern, challenge, service
    kind) it illustrates, presses *Periksa*, and gets feedback; *Kasus berikutnya* moves on."""

    def __init__(
        self,
        cases: tuple[practice.Case, ...],
        items: tuple,
        question: str,
        hint: str = "Baca lagi uraiannya.",
    ):
        if not cases:
            raise ValueError("An activity needs at least one case.")
        self.cases, self.items, self.question, self.hint = cases, items, question, hint
        self.index = 0
        self.results: dict[int, bool] = {}
        self.case = widgets.HTML()
        self.choice = widgets.RadioButtons(
            options=practice.options(items), value=None, layout=widgets.Layout(width="auto")
        )
        self.check_button = widgets.Button(description="Periksa", button_style="primary")
        self.next_button = widgets.Button(description="Kasus berikutnya")
        self.feedback = widgets.HTML()
        self.score = widgets.HTML()
        self.check_button.on_click(self.check)
        self.next_button.on_click(self.next_case)
        self._show_case()
        self.view = widgets.VBox(
            [
                self.case,
                self.choice,
                widgets.HBox([self.check_button, self.next_button]),
                self.feedback,
                self.score,
            ]
        )

    def _show_case(self) -> None:
        current = self.cases[self.index]
        self.case.value = (
            f"<p><b>Kasus {self.index + 1} dari {len(self.cases)}.</b> "
            f"{html.escape(current.teks)}</p><p>{html.escape(self.question)}</p>"
        )
        self.choice.value = None
        self.feedback.value = ""
        self._show_score()

    def _show_score(self) -> None:
        right = sum(self.results.values())
        self.score.value = (
            f"<p>Jawaban tepat: {right} dari {len(self.cases)} kasus "
            f"({len(self.results)} sudah dijawab).</p>"
        )

    def check(self, _button: widgets.Button | None = None) -> bool | None:
        """Judge the current choice, show the feedback, and return True/False (None if blank)."""
        verdict, message = practice.judge_case(
            self.cases[self.index], self.choice.value, self.items, self.hint
        )
        if verdict is not None:
            self.results[self.index] = verdict
        colour = {True: "#009E73", False: "#D55E00", None: "#7F7F7F"}[verdict]
        mark = {True: "✔", False: "✘", None: "…"}[verdict]
        self.feedback.value = f'<p style="color:{colour}"><b>{mark}</b> {html.escape(message)}</p>'
        self._show_score()
        return verdict

    def next_case(self, _button: widgets.Button | None = None) -> None:
        """Move to the next case (back to the first after the last)."""
        self.index = (self.index + 1) % len(self.cases)
        self._show_case()

    def _repr_mimebundle_(self, **kwargs):
        return self.view._repr_mimebundle_(**kwargs)


def challenge_activity() -> ClassifyActivity:
    """Short situations to sort into the three challenges of Bab III.C.

    Example:
        >>> len(challenge_activity().choice.options)
        3
    """
    return ClassifyActivity(
        practice.CHALLENGE_CASES,
        practice.CHALLENGES,
        "Tantangan WoG mana yang paling tampak?",
        "Tanyakan: apakah yang berbeda itu kemampuan, kebiasaan kerja, atau yang memimpin?",
    )


def pattern_activity() -> ClassifyActivity:
    """Short situations to sort into the five service patterns of Bab III.D.

    Example:
        >>> len(pattern_activity().cases)
        5
    """
    return ClassifyActivity(
        practice.PATTERN_CASES,
        practice.PATTERNS,
        "Pola pelayanan mana yang digambarkan?",
        "Perhatikan siapa yang melayani dan kewenangan siapa yang dipakai.",
    )


def service_kind_activity() -> ClassifyActivity:
    """Services to sort into the three kinds of public service of Bab III.D.

    Example:
        >>> service_kind_activity().choice.options[1]
        ('Pelayanan jasa', 'jasa')
    """
    return ClassifyActivity(
        practice.SERVICE_KIND_CASES,
        practice.SERVICE_KINDS,
        "Termasuk jenis pelayanan apa?",
        "Tanyakan: yang diterima warga itu dokumen resmi, jasa, atau barang?",
    )


__all__ = [
    "ClassifyActivity",
    "SpanOfControlSimulator",
    "challenge_activity",
    "pattern_activity",
    "service_kind_activity",
    "span_caption_html",
]
