"""Notebook 02 (Bab II.A-B): content file, definitions, related concepts and their widgets."""

from __future__ import annotations

import pytest

from helpers.chapters import konsep
from helpers.core.content import ContentError, Fields
from helpers.core.figures import alt_text
from helpers.core.text import PALETTE

# Bab II.B of the course text, typed from the text: the two attributed definitions, verbatim.
APSC = (
    "[it] denotes public service agencies working across portfolio boundaries to achieve a shared "
    "goal and an integrated government response to particular issues. Approaches can be formal "
    "and informal. They can focus on policy development, program management and service delivery"
)
USIP = (
    "An approach that integrates the collaborative efforts of the departments and agencies of a "
    "government to achieve unity of effort toward a shared goal. Also known as interagency "
    "approach. The terms unity of effort and unity of purpose are sometimes used to describe "
    "cooperation among all actors, government and otherwise"
)
# Bab II.B: "policy integration, policy coherence, cross-cutting policy-making, joined-up
# government, concerned decision making, policy coordination atau cross government".
RELATED = [
    "policy integration",
    "policy coherence",
    "cross-cutting policy-making",
    "joined-up government",
    "concerted decision making",
    "policy coordination",
    "cross government",
]
# Bab III.A: the sectors the regulations of 2000-2015 are counted by.
SECTORS = [
    "Perdagangan",
    "Perindustrian",
    "Standarisasi dan pengendalian mutu",
    "Tata kelola birokrasi dan pelayanan publik",
    "Tata cara penanaman modal",
    "Jenis pajak",
]

# --- content file --------------------------------------------------------------------------------


def test_definitions_are_verbatim_from_the_course_text():
    apsc, usip = konsep.content().definitions
    assert (apsc.key, apsc.quote, apsc.citation) == ("APSC", APSC, "Shergold & others, 2004")
    assert (usip.key, usip.quote) == ("USIP", USIP)
    assert usip.label == "United States Institute of Peace (USIP)"
    assert any("ego sektoral" in s for s in apsc.stresses)


def test_related_concepts_as_listed_in_bab_ii_b():
    related = konsep.content().related
    assert [c.name for c in related] == RELATED
    assert "concerned decision making" in related[4].note
    assert [c.note for c in related].count("") == 6


def test_every_key_phrase_occurs_in_a_definition():
    for phrase, _gloss in konsep.content().key_phrases:
        assert konsep.definitions_containing(phrase), phrase


VALID = {
    "konsep": [{"unsur": "Apa", "isi": "x"}],
    "definisi": [{"kunci": "A", "lembaga": "a", "kutipan": "q", "sitasi": "s", "penekanan": ["p"]}],
    "frasa_kunci": [{"frasa": "q", "arti": "x"}],
    "konsep_terkait": [{"nama": "n", "terjemahan": "t"}],
}


def test_a_valid_minimal_file_parses():
    parsed = konsep.Content.parse(Fields(VALID, "Berkas isi '02_konsep_wog.yaml'"))
    assert parsed.related[0] == konsep.RelatedConcept("n", "t", "")


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("konsep", [], "'konsep' tidak boleh kosong"),
        ("definisi", [{"kunci": "A"}], "'lembaga'"),
        ("definisi", [{**VALID["definisi"][0], "penekanan": "satu"}], "'penekanan'"),
        ("frasa_kunci", [{"frasa": "q", "arti": " "}], "'arti' kosong"),
        ("konsep_terkait", [{"nama": "n", "terjemahan": "t", "catatan": 3}], "'catatan'"),
    ],
)
def test_malformed_content_names_file_and_key(key, value, words):
    with pytest.raises(ContentError) as error:
        konsep.Content.parse(Fields({**VALID, key: value}, "Berkas isi '02_konsep_wog.yaml'"))
    assert "02_konsep_wog.yaml" in str(error.value)
    assert words in str(error.value)


# --- tables --------------------------------------------------------------------------------------


def test_concept_table_covers_bab_ii_a():
    text = " ".join(konsep.concept_table().data["Whole of Government"]).lower()
    for words in (
        "pengembangan kebijakan, manajemen program, dan pelayanan publik",
        "komunikasi antarlembaga dan koordinasi",
        "singapura dan malaysia",
        "perekonomian",
        "joint up government",
    ):
        assert words in text


def test_related_concepts_table_keeps_the_typo_note():
    frame = konsep.related_concepts_table().data
    assert list(frame["Konsep"]) == RELATED
    assert frame.loc[frame["Konsep"] == "concerted decision making", "Catatan"].item() != ""


# --- which definition says what ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("shared goal", ("APSC", "USIP")),
        ("Across Portfolio   Boundaries", ("APSC",)),
        ("formal and informal", ("APSC",)),
        ("unity of effort", ("USIP",)),
        ("interagency", ("USIP",)),
        ("ego sektoral", ()),
        ("   ", ()),
    ],
)
def test_definitions_containing(phrase, expected):
    assert konsep.definitions_containing(phrase) == expected


def test_verdict_text():
    assert konsep.verdict_text("shared goal") == "“shared goal” ada dalam kedua definisi."
    assert konsep.verdict_text("formal") == "“formal” hanya ada dalam definisi APSC."
    assert "tidak ada" in konsep.verdict_text("ego sektoral")
    assert konsep.verdict_text("").startswith("Pilih atau ketik")


def test_mark_phrase_escapes_and_marks():
    assert (
        konsep.mark_phrase("A & shared goal", "shared  goal") == "A &amp; <mark>shared goal</mark>"
    )
    assert konsep.mark_phrase("[it] denotes", "") == "[it] denotes"
    assert konsep.mark_phrase("x <b>", "<b>") == "x <mark>&lt;b&gt;</mark>"


def test_comparer_marks_a_phrase_in_both_definitions():
    comparer = konsep.DefinitionComparer()
    assert "<mark>" not in comparer.panel.value
    comparer.phrase.value = "shared goal"
    assert comparer.panel.value.count("<mark>shared goal</mark>") == 2
    assert "kedua definisi" in comparer.verdict.value


def test_comparer_typed_word_takes_over_and_choice_clears_it():
    comparer = konsep.DefinitionComparer()
    comparer.typed.value = "interagency"
    assert comparer.panel.value.count("<mark>") == 1
    assert "hanya ada dalam definisi USIP" in comparer.verdict.value
    comparer.phrase.value = "formal and informal"
    assert comparer.typed.value == ""
    assert "hanya ada dalam definisi APSC" in comparer.verdict.value


def test_comparer_shows_both_quotes_citations_and_stresses_escaped():
    panel = konsep.DefinitionComparer().panel.value
    assert "Shergold &amp; others, 2004" in panel
    assert "United States Institute of Peace (USIP)" in panel
    assert "cooperation among all actors, government and otherwise" in panel
    assert "ego sektoral" in panel
    typed = konsep.DefinitionComparer()
    typed.typed.value = "<script>"
    assert "<script>" not in typed.verdict.value + typed.panel.value


# --- how far the integration reaches --------------------------------------------------------------


def test_example_sectors_come_from_bab_iii_a():
    assert konsep.example_sectors() == SECTORS


def test_integration_scope_left_joins_only_relevant_right_joins_all():
    fig = konsep.integration_scope_chart(SECTORS, ["Perdagangan"])
    boxes = [s for s in fig.layout.shapes if s.type == "rect"]
    left, right = boxes[: len(SECTORS)], boxes[len(SECTORS) :]
    assert [b.fillcolor == PALETTE["biru"] for b in left] == [True] + [False] * 5
    assert all(b.fillcolor == PALETTE["biru"] for b in right)
    assert "hanya Perdagangan yang disatukan" in alt_text(fig)
    assert "semua sektor disatukan" in alt_text(fig)
    assert "bukan data" in " ".join(a.text for a in fig.layout.annotations)


def test_scope_selector_updates_left_panel_in_place():
    selector = konsep.ScopeSelector(SECTORS)
    figure = selector.figure
    assert "belum ada sektor" in selector.caption.value
    selector.boxes["Jenis pajak"].value = True
    selector.boxes["Perdagangan"].value = True
    assert selector.figure is figure
    assert selector.relevant == ["Perdagangan", "Jenis pajak"]
    assert "hanya Perdagangan dan Jenis pajak yang disatukan" in selector.caption.value
    fills = [s.fillcolor for s in figure.layout.shapes]
    assert fills[0] == fills[5] != fills[1]
    assert figure.layout.width == 800
