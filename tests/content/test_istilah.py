"""One vocabulary: trainee-facing text uses the preferred form of each term in
src/helpers/content/istilah.yaml and a variant only inside a quotation."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
import yaml

from tests.content.texts import CONTENT, Text, all_texts

TERMS = yaml.safe_load((CONTENT / "istilah.yaml").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Variant:
    phrase: str
    preferred: str
    case_sensitive: bool

    @property
    def pattern(self) -> re.Pattern[str]:
        flags = 0 if self.case_sensitive else re.IGNORECASE
        return re.compile(rf"(?<![\w-]){re.escape(self.phrase)}(?![\w-])", flags)


VARIANTS = [
    Variant(v, term["pakai"], bool(term.get("huruf_besar")))
    for term in TERMS["istilah"]
    for v in term["hindari"]
]
PENDING = {(p["berkas"], p["varian"]) for p in TERMS.get("menunggu", [])}


def uses(variant: Variant, texts: list[Text]) -> list[str]:
    return [t.where for t in texts if variant.pattern.search(t.unquoted)]


def test_every_term_names_a_preferred_form_variants_and_a_reason():
    for term in TERMS["istilah"]:
        assert term["pakai"] and term["hindari"] and term["alasan"], term
    for variant in VARIANTS:
        assert not variant.pattern.search(variant.preferred), variant


def test_a_variant_is_found_outside_quotes_and_allowed_inside():
    slider = next(v for v in VARIANTS if v.phrase == "slider")
    texts = [Text("a", "Geser slider ke kanan."), Text("b", 'Di kode disebut "slider".')]
    assert uses(slider, texts) == ["a"]
    wog = next(v for v in VARIANTS if v.phrase == "WOG")
    assert uses(wog, [Text("c", "Konsep WoG"), Text("d", "Konsep WOG")]) == ["d"]


TEXTS = all_texts()


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda v: v.phrase)
def test_trainee_text_avoids_the_variant(variant):
    found = {w for w in uses(variant, TEXTS) if (w.split("#")[0], variant.phrase) not in PENDING}
    assert not found, (
        f"'{variant.phrase}' dipakai di {sorted(found)}; pakai '{variant.preferred}' "
        "(src/helpers/content/istilah.yaml), atau tulis varian itu sebagai kutipan."
    )


def test_every_pending_variant_is_still_there():
    """A 'menunggu' entry lives only as long as its variant: once fixed, the entry must go."""
    gone = []
    for where, phrase in sorted(PENDING):
        variant = next(v for v in VARIANTS if v.phrase == phrase)
        if where not in {w.split("#")[0] for w in uses(variant, TEXTS)}:
            gone.append(f"{where}: {phrase}")
    assert not gone, f"Sudah tidak ada; hapus entri 'menunggu' itu dari istilah.yaml: {gone}"
