"""Bab II.A-B (notebook 02_konsep_wog): the concept, its two definitions, related concepts.

The prose comes from ``content/02_konsep_wog.yaml``; the two attributed definitions (APSC and
USIP) are kept there verbatim, as the course text quotes them. The sectors of the scope diagram
are examples taken from Bab III.A (``data/regulations.csv``); the diagram is not data.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

import ipywidgets as widgets
import pandas as pd
import plotly.graph_objects as go

from helpers.chapters.pelayanan import read_regulations
from helpers.core import safe_html
from helpers.core.content import ContentError, Fields, chapter_content
from helpers.core.explorer import ChartExplorer, WidgetView
from helpers.core.figures import INK, hidden_axes, plain_chart, wrap_html
from helpers.core.manifest import course
from helpers.core.tables import TextTable, text_table
from helpers.core.text import MUTED, PALETTE, join_list

STEM = "02_konsep_wog"
JOINED = PALETTE["biru"]
FULL_WIDTH = {"width": "95%"}  # a dict, so that each widget gets its own Layout


@dataclass(frozen=True)
class Definition:
    """One attributed definition of WoG (Bab II.B): who, the verbatim quote, what it stresses."""

    key: str
    label: str  # who defines, in Bahasa Indonesia
    quote: str  # verbatim, as quoted in the course text
    citation: str  # the in-text citation
    stresses: tuple[str, ...]  # what the course text says it stresses, in Bahasa Indonesia


@dataclass(frozen=True)
class RelatedConcept:
    """A concept related to WoG (Bab II.B): the English term, a plain gloss and a note."""

    name: str  # the English term, as in the literature
    gloss: str  # a plain translation of the term, in Bahasa Indonesia
    note: str = ""


@dataclass(frozen=True)
class Content:
    """The prose of Bab II.A-B, as read from the chapter's content file."""

    concept: tuple[tuple[str, str], ...]  # (part, what Bab II.A says)
    definitions: tuple[Definition, ...]
    key_phrases: tuple[tuple[str, str], ...]  # (verbatim phrase, gloss)
    related: tuple[RelatedConcept, ...]

    @classmethod
    def parse(cls, fields: Fields) -> Content:
        """Check and read the chapter's content file; ContentError names file and key.

        Example:
            >>> Content.parse(chapter_content(STEM)).definitions[1].key
            'USIP'
        """
        return cls(
            concept=tuple((f.text("unsur"), f.text("isi")) for f in fields.records("konsep")),
            definitions=tuple(_definition(f) for f in fields.records("definisi")),
            key_phrases=tuple(
                (f.text("frasa"), f.text("arti")) for f in fields.records("frasa_kunci")
            ),
            related=tuple(
                RelatedConcept(f.text("nama"), f.text("terjemahan"), _optional(f, "catatan"))
                for f in fields.records("konsep_terkait")
            ),
        )


def _definition(f: Fields) -> Definition:
    return Definition(
        key=f.text("kunci"),
        label=f.text("lembaga"),
        quote=f.text("kutipan"),
        citation=f.text("sitasi"),
        stresses=f.texts("penekanan"),
    )


def _optional(f: Fields, key: str) -> str:
    value = f.raw.get(key, "")
    if not isinstance(value, str):
        raise ContentError(f"{f.where}: kunci '{key}' harus berupa teks.")
    return value.strip()


@cache
def content() -> Content:
    """The content of Bab II.A-B, read and checked once.

    Example:
        >>> content().definitions[0].citation
        'Shergold & others, 2004'
    """
    return Content.parse(chapter_content(STEM))


def concept_table() -> TextTable:
    """Bab II.A in one table; ``.data`` is the DataFrame.

    Example:
        >>> list(concept_table().data["Unsur"])[:2]
        ['Apa', 'Untuk apa']
    """
    return text_table(pd.DataFrame(content().concept, columns=["Unsur", "Whole of Government"]))


def related_concepts_table() -> TextTable:
    """The related concepts of Bab II.B with a plain translation; ``.data`` is the DataFrame.

    Example:
        >>> related_concepts_table().data.iloc[0].tolist()
        ['policy integration', 'integrasi kebijakan', '']
    """
    frame = pd.DataFrame(
        [(c.name, c.gloss, c.note) for c in content().related],
        columns=["Konsep", "Terjemahan bebas", "Catatan"],
    )
    return text_table(frame)


# --- Bab II.B: which definition says what --------------------------------------------------------


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def definitions_containing(phrase: str) -> tuple[str, ...]:
    """Keys of the definitions whose verbatim quote contains ``phrase`` (case-insensitive).

    Example:
        >>> definitions_containing("shared goal")
        ('APSC', 'USIP')
        >>> definitions_containing("unity of effort")
        ('USIP',)
    """
    needle = _normalise(phrase)
    if not needle:
        return ()
    return tuple(d.key for d in content().definitions if needle in _normalise(d.quote))


def verdict_text(phrase: str) -> str:
    """Which definition contains the phrase, as a sentence in Bahasa Indonesia.

    Example:
        >>> verdict_text("unity of effort")
        '“unity of effort” hanya ada dalam definisi USIP.'
    """
    if not phrase.strip():
        return "Pilih atau ketik sebuah frasa untuk menandainya di kedua definisi."
    keys = definitions_containing(phrase)
    quoted = f"“{phrase.strip()}”"
    if len(keys) == len(content().definitions):
        return f"{quoted} ada dalam kedua definisi."
    if keys:
        return f"{quoted} hanya ada dalam definisi {keys[0]}."
    return f"{quoted} tidak ada dalam kedua definisi. Coba kata lain (dalam bahasa Inggris)."


def mark_phrase(text: str, phrase: str) -> str:
    """Escaped ``text`` with every case-insensitive match of ``phrase`` wrapped in <mark>.

    Example:
        >>> mark_phrase("a shared goal & more", "Shared goal")
        'a <mark>shared goal</mark> &amp; more'
    """
    escaped = safe_html.escape(text)
    words = phrase.split()
    if not words:
        return escaped
    pattern = re.compile(r"\s+".join(re.escape(safe_html.escape(w)) for w in words), re.I)
    return pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", escaped)


def _definition_panel(definition: Definition, phrase: str) -> str:
    return (
        '<div style="flex:1;min-width:260px;border:1px solid #ccc;padding:8px 12px">'
        f"<h4>{safe_html.escape(definition.label)}</h4>"
        f"<blockquote>“{mark_phrase(definition.quote, phrase)}” "
        f"({safe_html.escape(definition.citation)})</blockquote>"
        "<p><b>Yang ditekankan menurut bahan ajar:</b></p>"
        f"{safe_html.bullet_list(definition.stresses)}</div>"
    )


class DefinitionComparer(WidgetView):
    """The APSC and USIP definitions side by side; a chosen or typed phrase is marked in both.

    Example:
        >>> comparer = DefinitionComparer()
        >>> comparer.phrase.value = "shared goal"
        >>> comparer.panel.value.count("<mark>shared goal</mark>")
        2
    """

    NO_PHRASE = "Tidak ada"

    def __init__(self, definitions: Sequence[Definition] | None = None):
        self.definitions = tuple(content().definitions if definitions is None else definitions)
        phrases = [(f"{p} ({gloss})", p) for p, gloss in content().key_phrases]
        # Radio buttons, not a menu: a closed menu's keys go to JupyterLab (ipywidgets#3912).
        self.phrase = widgets.RadioButtons(
            options=[(self.NO_PHRASE, ""), *phrases], description="Frasa:", layout=FULL_WIDTH
        )
        self.typed = widgets.Text(
            placeholder="mis. goal, agencies, formal",
            description="Atau ketik:",
            continuous_update=False,
            layout={"width": "50%"},
        )
        self.verdict = widgets.HTML()
        self.panel = widgets.HTML()
        self.phrase.observe(self._on_choice, names="value")
        self.typed.observe(self._update, names="value")
        self._update()
        self.view = widgets.VBox([self.phrase, self.typed, self.verdict, self.panel])

    @property
    def current(self) -> str:
        """The phrase being marked: the typed one, else the chosen one."""
        return self.typed.value.strip() or self.phrase.value

    def _on_choice(self, _change: dict) -> None:
        if self.typed.value:
            self.typed.value = ""  # fires _update
        else:
            self._update()

    def _update(self, _change: dict | None = None) -> None:
        phrase = self.current
        self.verdict.value = f"<p><b>{safe_html.escape(verdict_text(phrase))}</b></p>"
        panels = "".join(_definition_panel(d, phrase) for d in self.definitions)
        self.panel.value = f'<div style="display:flex;gap:12px;flex-wrap:wrap">{panels}</div>'


# --- Bab II.B: how far the integration reaches ----------------------------------------------------


def example_sectors() -> list[str]:
    """The sectors named in Bab III.A (from data/regulations.csv), used as examples in Bab II.B.

    Example:
        >>> example_sectors()[0]
        'Perdagangan'
    """
    regulations = read_regulations()
    return list(regulations.loc[regulations["dimensi"] == "sektor", "kategori"])


def _panel(
    left: float, heading: str, sectors: Sequence[str], joined: set[str]
) -> tuple[list[dict], list[dict]]:
    """One panel's boxes (shapes) and labels (annotations), set on the figure at once: adding
    them one by one re-validated the whole list each time (most of the figure's cost)."""
    shapes: list[dict] = []
    title = {"x": left + 2.3, "y": 0.9, "text": f"<b>{heading}</b>", "yanchor": "bottom"}
    labels = [{**title, "showarrow": False}]
    for index, sector in enumerate(sectors):
        x0, y1 = left + (index % 2) * 2.3, -(index // 2) * 1.1 + 0.55
        is_joined = sector in joined
        shapes.append(
            {
                "type": "rect",
                "x0": x0,
                "x1": x0 + 2.15,
                "y0": y1 - 0.95,
                "y1": y1,
                "fillcolor": JOINED if is_joined else MUTED,
                "line": {"color": "white", "width": 1},
            }
        )
        labels.append(
            {
                "x": x0 + 1.075,
                "y": y1 - 0.475,
                "text": wrap_html(safe_html.escape(sector), 16),
                "showarrow": False,
                "font": {"size": 12, "color": "white" if is_joined else INK},
            }
        )
    return shapes, labels


def integration_scope_chart(sectors: Sequence[str], relevant: Iterable[str]) -> go.Figure:
    """Two panels of the same sectors: related concepts join only ``relevant``; WoG joins all.

    An illustration of Bab II.B, not data: the sectors are examples.

    Example:
        >>> fig = integration_scope_chart(["A", "B"], ["A"])
        >>> fig.layout.shapes[0].fillcolor == JOINED, fig.layout.shapes[1].fillcolor == JOINED
        (True, False)
    """
    relevant = set(relevant)
    left_shapes, left_labels = _panel(
        0.0, "Konsep terkait:<br>hanya sektor yang dipandang relevan", sectors, relevant
    )
    right_shapes, right_labels = _panel(
        5.4, "Whole of Government:<br>seluruh elemen pemerintahan", sectors, set(sectors)
    )
    rows = math.ceil(len(sectors) / 2)
    layout = {
        "shapes": left_shapes + right_shapes,
        "annotations": left_labels + right_labels,
        **hidden_axes((-0.3, 10.2), (-(rows - 1) * 1.1 - 0.6, 1.5)),
        "font": {"color": INK},
        "showlegend": False,
    }
    joined = [s for s in sectors if s in relevant]
    left = (
        f"hanya {join_list(joined)} yang disatukan"
        if joined
        else "belum ada sektor yang dipilih sebagai relevan"
    )
    alt = (
        f"Ilustrasi dua panel dengan sektor yang sama. Kiri, konsep terkait: {left}. "
        "Kanan, Whole of Government: semua sektor disatukan."
    )
    return plain_chart(
        [],
        layout,
        "Seberapa jauh penyatuan menjangkau pemerintahan?",
        alt,
        f"Sumber: Bab II.B; {course().citation} Nama sektor hanya contoh (diambil dari Bab "
        "III.A); ilustrasi, bukan data.",
        height=160 + 95 * rows,
        margin={"l": 20, "r": 20, "t": 70, "b": 70},
        note_shift=-10,
        note_width=120,
    )


class ScopeSelector(ChartExplorer):
    """Tick the sectors a related concept would join; WoG joins them all. Redraws in place.

    Example:
        >>> selector = ScopeSelector(["Perdagangan", "Jenis pajak"])
        >>> selector.boxes["Jenis pajak"].value = True
        >>> selector.relevant
        ['Jenis pajak']
    """

    def __init__(self, sectors: Sequence[str]):
        self.sectors = list(sectors)
        self.boxes = {
            s: widgets.Checkbox(description=s, indent=False, layout={"width": "auto"})
            for s in self.sectors
        }
        grid = widgets.GridBox(
            list(self.boxes.values()),
            layout={"grid_template_columns": "repeat(2, 1fr)", "width": "95%"},
        )
        heading = widgets.HTML("<b>Sektor yang dipandang relevan:</b>")
        super().__init__(list(self.boxes.values()), self._build, above=[heading, grid])

    @property
    def relevant(self) -> list[str]:
        """The ticked sectors, in the order shown."""
        return [s for s, box in self.boxes.items() if box.value]

    def _build(self, *ticked: bool) -> go.Figure:
        chosen = [s for s, tick in zip(self.sectors, ticked, strict=True) if tick]
        return integration_scope_chart(self.sectors, chosen)
