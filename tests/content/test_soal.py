"""Exercises that test understanding, worded as the course text words them.

- No hint gives away the number of right answers or hands over the words to look for.
- "Satu atap" is what Bab III.D says it is: "pola pelayanan yang dilakukan secara terpadu pada
  satu instansi pemerintah yang bersangkutan sesuai kewenangan masing-masing", not "several
  agencies in one place".
- Leadership is "salah satu kunci penting" (Bab III.C), never the only or the main key.

Wrong options are left out of the last two checks: a distractor is a misreading on purpose.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
import yaml

from helpers.exercises.bank import load_bank
from tests.conftest import NOTEBOOKS
from tests.content.texts import CONTENT, Text

BANK = load_bank()
ITEMS = [*BANK.exercises(), *BANK.test_items()]

NUMBER = r"(?:dua|tiga|empat|lima|enam|\d+)"
COUNT_HINTS = [
    # "Jawaban yang tepat ada tiga.", "Ada dua pernyataan yang benar."
    re.compile(rf"\b(?:jawaban|pilihan|pernyataan|butir)\b[^.]*\bada {NUMBER}\b", re.IGNORECASE),
    re.compile(rf"\bada {NUMBER} (?:jawaban|pilihan|pernyataan|butir)\b", re.IGNORECASE),
    re.compile(r"\bkelompok yang sama\b", re.IGNORECASE),  # "Dua praktik masuk ke ..."
    re.compile(rf"\bmendapat {NUMBER}\b|\bmendapat satu\b", re.IGNORECASE),
    re.compile(rf"^{NUMBER} (?:ciri|butir|pernyataan|praktik) ", re.IGNORECASE),
    re.compile(r"\bkata kuncinya\s*:", re.IGNORECASE),  # "Kata kuncinya: ..." then the answer
    re.compile(r"\bingat frasa\b", re.IGNORECASE),
    re.compile(r"\bkalimat terakhir\b|\btepat sesudah kutipan\b", re.IGNORECASE),
]
SENTENCE = re.compile(r"(?<=[.;:!?])\s+|\n\s*[-*]\s+|\n\n")
ONE_PLACE = re.compile(r"\bsatu (?:tempat|lokasi)\b|\bdi satu gedung\b", re.IGNORECASE)
ONLY_KEY = re.compile(
    r"satu-satunya kunci|kunci utama|(?<!salah )\bsatu kunci\b|\bdisebut kunci\b"
    r"|mengatasi dua tantangan lainnya|menjawab dua tantangan lainnya",
    re.IGNORECASE,
)
NEGATED = re.compile(r"\b(?:tidak|bukan)\b", re.IGNORECASE)


def hint_gives_away(hint: str) -> bool:
    return any(p.search(hint) for p in COUNT_HINTS)


def _right_texts(exercise) -> Iterator[str]:
    """What an exercise asserts as true: question, explanation, hints, right answers, and
    the explanations of mistakes (not the wrong options themselves)."""
    yield exercise.pertanyaan
    yield exercise.penjelasan
    yield from exercise.petunjuk
    answer = getattr(exercise, "jawaban", None)
    if isinstance(answer, str):
        yield answer
    elif isinstance(answer, tuple):
        yield from (a for a in answer if isinstance(a, str))
    yield from (str(why) for why in exercise.kesalahan_umum.values())


def _strings(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)
    elif isinstance(node, str):
        yield node


def stated_texts() -> list[Text]:
    """Trainee- and facilitator-facing statements: notebook markdown, the prose content files,
    and what each exercise states as right."""
    texts = []
    for path in NOTEBOOKS:
        for i, cell in enumerate(json.loads(path.read_text(encoding="utf-8"))["cells"]):
            if cell["cell_type"] == "markdown":
                texts.append(Text(f"{path.name}#sel{i}", "".join(cell["source"])))
    for path in sorted(CONTENT.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        texts += [Text(path.name, s) for s in _strings(data)]
    for exercise in ITEMS:
        texts += [Text(exercise.id, s) for s in _right_texts(exercise)]
    return texts


def sentences(texts: list[Text], word: str) -> list[tuple[str, str]]:
    return [(t.where, s) for t in texts for s in SENTENCE.split(t.text) if word in s.lower()]


STATED = stated_texts()


@pytest.mark.parametrize(
    "hint",
    [
        "Jawaban yang tepat ada tiga.",
        "Dua praktik masuk ke kelompok yang sama.",
        "Dua ciri adalah kemiripan; masing-masing kelompok lain mendapat satu ciri.",
        "Kata kuncinya: koordinasi antarsektor.",
        "Bandingkan dengan kalimat terakhir definisi APSC.",
    ],
)
def test_the_count_check_catches_the_hints_it_replaced(hint):
    assert hint_gives_away(hint)


def test_no_hint_gives_the_number_of_answers_or_the_words_to_find():
    found = [(ex.id, h) for ex in ITEMS for h in ex.petunjuk if hint_gives_away(h)]
    assert not found, found


def test_satu_atap_is_never_defined_as_one_place():
    bad = [(w, s) for w, s in sentences(STATED, "satu atap") if ONE_PLACE.search(s)]
    assert not bad, bad


def test_the_check_would_catch_the_old_satu_atap_wording():
    old = [Text("x", "SAMSAT dan MPP mengumpulkan layanan di satu tempat (satu atap).")]
    assert [s for _, s in sentences(old, "satu atap") if ONE_PLACE.search(s)]


def test_leadership_is_one_important_key_not_the_only_one():
    claims = [
        (w, s)
        for w, s in sentences(STATED, "kepemimpinan")
        if ONLY_KEY.search(s) and not NEGATED.search(s)
    ]
    assert not claims, claims
    said = [s for _, s in sentences(STATED, "kepemimpinan") if "salah satu kunci penting" in s]
    assert said, "Bab III.C: kepemimpinan menjadi salah satu kunci penting"


def test_the_check_would_catch_leadership_as_the_key():
    old = [
        Text(
            "x",
            "Kepemimpinan disebut kunci karena dialah yang mampu meramu SDM: ia menjawab dua "
            "tantangan lainnya.",
        )
    ]
    assert [s for _, s in sentences(old, "kepemimpinan") if ONLY_KEY.search(s)]
