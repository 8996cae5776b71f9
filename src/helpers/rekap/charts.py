"""The rekap's two charts: pre-test vs post-test per indicator, and the correct rate per exercise.

Both are finished by :func:`helpers.core.figures.finish` (title, one-line text alternative, note)
in the colour-blind-safe palette; every percentage is recomputed from the recorded answers, so
it is labelled "(angka turunan)". No trainee's text is drawn in a chart.
"""

from __future__ import annotations

from collections.abc import Sequence

import plotly.graph_objects as go

from helpers.core.figures import finish, wrap_html
from helpers.core.manifest import course
from helpers.core.text import DERIVED_LABEL, PALETTE, format_number
from helpers.rekap.scores import TEST_NAMES, ExerciseResult

TEST_COLOURS = {"Pre-test": PALETTE["biru_muda"], "Post-test": PALETTE["biru"]}
NOTE = (
    f"Persentase {DERIVED_LABEL}: dihitung ulang dari jawaban yang tercatat di berkas hasil "
    "peserta, dicocokkan dengan bank soal kursus; skor yang tertulis di berkas tidak dipakai."
)


def _percent(value: float) -> str:
    return f"{format_number(value, 0)}%"


def test_chart(rows: Sequence[dict]) -> go.Figure:
    """Grouped bars: the class's mean score per indicator, pre-test beside post-test.

    ``rows`` are :func:`helpers.rekap.scores.class_test_scores` rows.

    Example:
        >>> fig = test_chart([{"tes": "Pre-test", "indikator": 1, "persen": 50.0, "peserta": 2}])
        >>> fig.data[0].name, list(fig.data[0].y)
        ('Pre-test (2 peserta)', [50.0])
    """
    short = course().indicator_short
    fig = go.Figure()
    parts = []
    for test in TEST_NAMES.values():
        mine = [r for r in rows if r["tes"] == test]
        if not mine:
            continue
        labels = [
            wrap_html(f"Indikator {r['indikator']}: {short[r['indikator']]}", 22) for r in mine
        ]
        values = [r["persen"] for r in mine]
        fig.add_bar(
            name=f"{test} ({mine[0]['peserta']} peserta)",
            x=labels,
            y=values,
            marker={"color": TEST_COLOURS[test]},
            text=[_percent(v) for v in values],
            textposition="outside",
            cliponaxis=False,
        )
        scores = ", ".join(f"indikator {r['indikator']} {_percent(r['persen'])}" for r in mine)
        parts.append(f"{test} ({mine[0]['peserta']} peserta): {scores}")
    fig.update_yaxes(title="Rata-rata skor kelas (%)", range=[0, 115])
    fig.update_xaxes(tickangle=0)
    alt = "Diagram batang rata-rata skor kelas per indikator. " + (
        "; ".join(parts) + "." if parts else "Belum ada pre-test atau post-test yang dikirim."
    )
    title = "Pre-test dan post-test kelas per indikator"
    margin = {"l": 10, "r": 30, "t": 80, "b": 170}
    return finish(fig, title, alt, NOTE, margin=margin, note_shift=-100, barmode="group")


def exercise_chart(results: Sequence[ExerciseResult]) -> go.Figure:
    """One horizontal bar per exercise someone tried: the share right at the first attempt.

    Example:
        >>> from helpers.exercises.bank import get_exercise
        >>> fig = exercise_chart([ExerciseResult(get_exercise("kontinum-3"), 4, 3, 4)])
        >>> list(fig.data[0].y), list(fig.data[0].x)
        (['kontinum-3'], [75.0])
    """
    tried = [r for r in results if r.attempted]
    labels = [r.exercise.id for r in tried]
    values = [r.rate(r.first_right) or 0.0 for r in tried]
    fig = go.Figure(
        go.Bar(
            x=values,
            y=labels,
            orientation="h",
            marker={"color": PALETTE["hijau"]},
            text=[f"{_percent(v)} dari {r.attempted}" for v, r in zip(values, tried, strict=True)],
            textposition="outside",
            cliponaxis=False,
        )
    )
    fig.update_xaxes(title="Benar pada percobaan pertama (% peserta yang mencoba)", range=[0, 125])
    fig.update_yaxes(autorange="reversed", type="category")
    listed = "; ".join(f"{k} {_percent(v)}" for k, v in zip(labels, values, strict=True))
    alt = (
        f"Diagram batang mendatar persentase peserta yang benar pada percobaan pertama, per "
        f"latihan: {listed or 'belum ada latihan yang dicoba'}."
    )
    title = "Latihan: benar pada percobaan pertama"
    return finish(fig, title, alt, NOTE, height=max(320, 140 + 22 * len(labels)))
