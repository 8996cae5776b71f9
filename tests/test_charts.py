"""helpers.charts: figures show the course's figures exactly, in Indonesian, colour-blind safe."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest

from helpers import charts, data
from helpers.text import PALETTE

# Typed from the course text, Bab III.A.
TOTAL = 12471
FORMS = {"Peraturan Menteri": 8311, "Peraturan Pemerintah": 2446, "Perpu": 49}
SECTORS = {
    "Jenis pajak": 1061,
    "Standarisasi dan pengendalian mutu": 516,
    "Perindustrian": 411,
    "Perdagangan": 276,
    "Tata kelola birokrasi dan pelayanan publik": 136,
    "Tata cara penanaman modal": 92,
}
OKABE_ITO = {"#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442"}


@pytest.fixture(scope="module")
def regs():
    return data.read_regulations()


@pytest.fixture(scope="module")
def scores():
    return data.read_survey_scores()


def bars(fig: go.Figure) -> dict:
    trace = fig.data[0]
    return dict(zip(trace.y, trace.x, strict=True))


def test_forms_chart_shows_course_figures_and_labelled_residual(regs):
    fig = charts.regulations_chart(regs, "bentuk", "jumlah")
    shown = bars(fig)
    assert {k: shown[k] for k in FORMS} == FORMS
    assert shown["Bentuk lain (turunan)"] == TOTAL - sum(FORMS.values())
    trace = fig.data[0]
    residual = list(trace.y).index("Bentuk lain (turunan)")
    assert trace.marker.pattern.shape[residual] != ""
    assert trace.marker.color[residual] != trace.marker.color[0]
    assert all(trace.marker.pattern.shape[i] == "" for i in range(residual))


def test_sector_chart_is_sorted_and_exact(regs):
    fig = charts.regulations_chart(regs, "sektor")
    assert list(fig.data[0].y) == list(SECTORS)
    assert bars(fig) == SECTORS
    assert fig.layout.yaxis.autorange == "reversed"  # largest at the top


def test_share_view_is_labelled_derived(regs):
    fig = charts.regulations_chart(regs, "bentuk", "persen")
    assert "turunan" in fig.layout.xaxis.title.text
    assert bars(fig)["Peraturan Menteri"] == pytest.approx(100 * 8311 / TOTAL)
    assert "66,6%" in fig.data[0].text[0]


def test_regulation_titles_and_labels_are_indonesian(regs):
    fig = charts.regulations_chart(regs, "bentuk")
    assert fig.layout.title.text.startswith("Regulasi yang diterbitkan 2000")
    assert fig.layout.xaxis.title.text == "Jumlah regulasi"
    assert fig.data[0].text[0] == "8.311"
    assert fig.layout.separators == ",."


def test_unknown_option_is_refused(regs):
    with pytest.raises(ValueError, match="tidak dikenal"):
        charts.regulations_chart(regs, "wilayah")


def test_integrity_chart_keeps_instruments_apart(scores):
    fig = charts.integrity_scores_chart(scores)
    axes_by_survey = {}
    for trace in fig.data:
        assert trace.type == "bar"  # bars, so no line joins years or instruments
        survey = "ISP" if trace.yaxis == "y" else "SPI"
        axes_by_survey.setdefault(survey, set()).add(trace.yaxis)
    assert axes_by_survey == {"ISP": {"y"}, "SPI": {"y2"}}
    assert tuple(fig.layout.yaxis.range) == (0, 10)
    assert tuple(fig.layout.yaxis2.range) == (0, 100)
    titles = [a.text for a in fig.layout.annotations]
    assert any("ISP" in t and "0–10" in t for t in titles)
    assert any("SPI" in t and "0–100" in t for t in titles)


def test_integrity_chart_shows_the_course_scores(scores):
    fig = charts.integrity_scores_chart(scores)
    pusat_isp = next(t for t in fig.data if t.name == "Instansi pusat")
    daerah_isp = next(t for t in fig.data if t.name == "Unit layanan daerah")
    assert dict(zip(pusat_isp.x, pusat_isp.y, strict=True))["2009"] == pytest.approx(6.64)
    assert dict(zip(daerah_isp.x, daerah_isp.y, strict=True))["2008"] == pytest.approx(6.69)
    spi = [t for t in fig.data if t.yaxis == "y2"]
    assert sorted(y for t in spi for y in t.y) == pytest.approx([70.97, 71.53, 71.94, 72.43])


def test_palette_is_colour_blind_safe(regs, scores):
    used = {t.marker.color for t in charts.integrity_scores_chart(scores).data}
    used |= set(charts.regulations_chart(regs).data[0].marker.color)
    assert used <= OKABE_ITO | {PALETTE["abu"]}


def test_every_chart_has_a_text_alternative_with_its_figures(regs, scores):
    forms = charts.alt_text(charts.regulations_chart(regs, "bentuk"))
    assert "8.311" in forms and "12.471" in forms and "turunan" in forms
    sectors = charts.alt_text(charts.regulations_chart(regs, "sektor"))
    assert "1.061" in sectors and "tumpang tindih" in sectors
    integrity = charts.alt_text(charts.integrity_scores_chart(scores))
    assert "6,64" in integrity and "72,43" in integrity and "panel terpisah" in integrity
    assert all("\n" not in text for text in (forms, sectors, integrity))


def test_alt_text_refuses_foreign_figures():
    with pytest.raises(ValueError, match="teks alternatif"):
        charts.alt_text(go.Figure())
