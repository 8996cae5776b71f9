"""The locked pre-test and post-test: two parallel forms, submitted once, scored per indicator.

Right answers are typed from the course text (Ramadhan 2019), not read from the bank.
"""

from __future__ import annotations

import pytest

from helpers.core.manifest import course
from helpers.exercises import store
from helpers.exercises.bank import default_bank
from helpers.exercises.tes import FormView, form_score, tes_akhir, tes_awal
from helpers.exercises.workfile import read_workfile

PRACTICE = default_bank().exercises()
# Bab III.A: most regulations 2000-2015 were ministerial (8.311), the fewest Perpu (49); public
# service is the provision of goods and services under the law, and what is seen in the field is
# often the reverse of what the government promotes.
FROM_THE_TEXT = {
    "awal-10": "Peraturan setingkat menteri (peraturan menteri)",
    "akhir-10": "Peraturan pemerintah pengganti undang-undang (Perpu)",
    "awal-11": (
        "Penyediaan barang dan jasa sesuai dengan undang-undang dan aturan hukum yang berlaku."
    ),
    "akhir-11": "Sering berbanding terbalik dengan promosi yang diagungkan pemerintah.",
    "awal-5": "Pelayanan barang",  # Bab III.D: perumahan is a good
    "akhir-5": "Pelayanan jasa",  # Bab III.D: ketenagakerjaan is a service
    "akhir-4": "Pola pelayanan satu pintu",  # Bab III.D: delegated authority, one unit
}


pytestmark = pytest.mark.usefixtures("trainee_kernel")


def _answer_all(view: FormView, right: bool) -> None:
    for ex in view.items:
        wrong = next(o for o in ex.pilihan if o != ex.jawaban)
        choice = ex.jawaban if right else wrong
        view.inputs[ex.id].controls["jawaban"].value = "ABCD"[ex.pilihan.index(choice)]


@pytest.mark.parametrize("form", ["pretest", "posttest"])
def test_each_form_has_three_items_per_indicator_of_one_kind(form):
    items = default_bank().form(form).exercises
    per_indicator = {n: sum(ex.indikator == n for ex in items) for n in course().indicators}
    assert min(per_indicator.values()) >= 3
    assert {ex.jenis for ex in items} == {"pilihan_ganda"}
    assert all(len(ex.pilihan) == 4 for ex in items)


def test_the_forms_are_parallel_and_repeat_no_practice_item():
    pre, post = (default_bank().form(f).exercises for f in ("pretest", "posttest"))
    assert [(e.indikator, e.sumber) for e in pre] == [(e.indikator, e.sumber) for e in post]
    questions = [e.pertanyaan for e in PRACTICE]
    assert not {e.pertanyaan for e in [*pre, *post]} & set(questions)
    assert not {e.pertanyaan for e in pre} & {e.pertanyaan for e in post}


@pytest.mark.parametrize(("item", "answer"), FROM_THE_TEXT.items())
def test_answers_follow_the_course_text(item, answer):
    assert default_bank().get(item).check(answer).status == "benar"


def test_nothing_is_revealed_before_submission():
    view = tes_awal()
    assert view.result.value == ""
    assert not any("Petunjuk" in getattr(w, "description", "") for w in view.view.children)
    page = "".join(getattr(w, "value", "") for w in view.view.children if hasattr(w, "value"))
    for ex in view.items:
        assert ex.penjelasan not in page


def test_submitting_needs_a_name(tmp_path):
    view = tes_awal()
    _answer_all(view, right=True)
    view._on_submit()
    assert "belum mengisi nama" in view.message.value
    assert not list(tmp_path.glob("hasil-*.json"))


def test_blanks_warn_once_then_submit_and_lock(tmp_path):
    store.mulai("Budi")
    view = tes_awal()
    view._on_submit()
    assert "12 soal yang belum dijawab" in view.message.value
    assert not read_workfile(tmp_path / "hasil-budi.json").tes
    view._on_submit()
    sent = read_workfile(tmp_path / "hasil-budi.json").tes["pretest"]
    assert set(sent["jawaban"]) == {ex.id for ex in view.items}
    assert view.submit_button.disabled
    assert all(c.disabled for a in view.inputs.values() for c in a.controls.values())
    assert "0 dari 12 soal benar" in view.result.value


def test_the_first_submission_counts(tmp_path):
    store.mulai("Budi")
    first = tes_awal()
    _answer_all(first, right=False)
    first._on_submit()
    again = tes_awal()  # e.g. the cell run again, or another kernel
    assert again.submit_button.disabled and "sudah Anda kirim" in again.message.value
    _answer_all(again, right=True)
    again._on_submit()
    saved = read_workfile(tmp_path / "hasil-budi.json").tes["pretest"]["jawaban"]
    assert form_score("pretest", saved).correct == 0


def test_the_post_test_shows_the_gain_per_indicator():
    store.mulai("Budi")
    pre = tes_awal()
    _answer_all(pre, right=False)
    pre._on_submit()
    post = tes_akhir()
    _answer_all(post, right=True)
    post._on_submit()
    page = post.result.value
    assert "12 dari 12 soal benar" in page and "Perubahan sejak tes awal" in page
    assert page.count("+100 poin") == 4
    assert "0 dari 3 (0 %)" in page and "3 dari 3 (100 %)" in page


def test_scores_are_recomputed_from_answers_only():
    answers = {item: answer for item, answer in FROM_THE_TEXT.items() if item.startswith("awal")}
    score = form_score("pretest", answers)
    assert score.correct == 3
    assert score.by_indicator()[4].correct == 2 and score.by_indicator()[2].correct == 1
