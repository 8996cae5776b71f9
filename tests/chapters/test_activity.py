"""helpers.chapters.activity: prose tables and "which is it?" activities read from content,
checked with errors that name file and key, judged, and shown with escaped text."""

from __future__ import annotations

import pytest

from helpers.chapters.activity import (
    ActivityContent,
    Case,
    ClassifyActivity,
    judge_case,
    read_activity,
    read_prose_table,
)
from helpers.core.content import ContentError, Fields

WHERE = "Berkas isi 'contoh.yaml'"
CHOICES = {"satu_atap": "Satu atap", "satu_pintu": "Satu pintu"}


def table(rows: list[dict], columns: dict | None = None) -> dict:
    return {"t": {"kolom": columns or {"nama": "Pola", "isi": "Isi"}, "baris": rows}}


def test_prose_table_is_indexed_by_its_first_column():
    raw = table([{"kunci": "a", "nama": "Satu atap", "isi": "Satu tempat"}])
    items = read_prose_table(Fields(raw, WHERE), "t")
    frame = items.frame()
    assert frame.index.name == "Pola" and list(frame.columns) == ["Isi"]
    assert frame.loc["Satu atap", "Isi"] == "Satu tempat"
    assert items.choices() == {"a": "Satu atap"}


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        (table([{"kunci": "a", "nama": "A"}]), "isi"),
        (table([{"nama": "A", "isi": "x"}]), "kunci"),
        (table([{"kunci": "a", "nama": "A", "isi": ""}]), "isi"),
        (table([]), "baris"),
        (table([{"kunci": "a", "nama": "A", "isi": "x"}] * 2), "kunci"),
        ({"t": {"kolom": {}, "baris": [{"nama": "A"}]}}, "kolom"),
        ({}, "t"),
    ],
)
def test_broken_tables_name_the_file_and_the_key(raw, key):
    with pytest.raises(ContentError) as error:
        read_prose_table(Fields(raw, WHERE), "t")
    assert "contoh.yaml" in str(error.value) and f"'{key}'" in str(error.value)


def test_unkeyed_tables_need_no_key():
    raw = table([{"nama": "SAMSAT", "isi": "Satu atap"}])
    assert read_prose_table(Fields(raw, WHERE), "t", keyed=False).rows[0]["nama"] == "SAMSAT"


def activity_raw(answer: str = "satu_atap", **extra: object) -> dict:
    case = {"teks": "Loket di satu gedung.", "jawaban": answer, "alasan": "Satu tempat."}
    return {"k": {"pertanyaan": "Pola apa?", "petunjuk": "Baca lagi.", "kasus": [case], **extra}}


def items():
    rows = [{"kunci": k, "nama": v, "isi": v} for k, v in CHOICES.items()]
    return read_prose_table(Fields(table(rows), WHERE), "t")


def test_activity_is_read_with_its_choices():
    content = read_activity(Fields(activity_raw(), WHERE), "k", items())
    assert content.question == "Pola apa?" and content.hint == "Baca lagi."
    assert content.cases == (Case("Loket di satu gedung.", "satu_atap", "Satu tempat."),)
    assert content.choices == CHOICES


def test_an_unknown_answer_names_the_file_and_the_case():
    with pytest.raises(ContentError) as error:
        read_activity(Fields(activity_raw("terpusat"), WHERE), "k", items())
    assert "contoh.yaml" in str(error.value) and "kasus ke-1" in str(error.value)
    assert "terpusat" in str(error.value)


def test_judge_case_right_wrong_and_blank():
    case = Case("Satu unit menerima pelimpahan.", "satu_pintu", "Pelimpahan wewenang.")
    right, message = judge_case(case, "satu_pintu", CHOICES, "Lihat kewenangan.")
    assert right is True and message == "Tepat. Pelimpahan wewenang."
    wrong, message = judge_case(case, "satu_atap", CHOICES, "Lihat kewenangan.")
    assert wrong is False and "'Satu atap'" in message and "Lihat kewenangan." in message
    blank, message = judge_case(case, None, CHOICES, "Lihat kewenangan.")
    assert blank is None and "Pilih" in message
    with pytest.raises(ValueError):
        judge_case(case, "tidak_ada", CHOICES, "Lihat kewenangan.")


def test_case_text_and_feedback_are_escaped():
    case = Case("<script>x</script>", "satu_atap", "<b>alasan</b>")
    activity = ClassifyActivity(ActivityContent("Pola <apa>?", "Baca.", (case,), CHOICES))
    assert "<script>" not in activity.case.value and "&lt;script&gt;" in activity.case.value
    assert "Pola &lt;apa&gt;?" in activity.case.value
    activity.choice.value = "satu_atap"
    assert activity.check() is True
    assert "&lt;b&gt;alasan&lt;/b&gt;" in activity.feedback.value
    assert "#009E73" in activity.feedback.value  # Okabe-Ito green


def test_an_activity_needs_cases():
    with pytest.raises(ValueError):
        ClassifyActivity(ActivityContent("Pola apa?", "Baca.", (), CHOICES))
