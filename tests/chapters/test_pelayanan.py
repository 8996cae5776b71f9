"""Chapter 04 (helpers.chapters.pelayanan): the course's figures load exactly, the chapter's own
rules refuse bad files, the charts show the figures in Indonesian, the explorer redraws in place."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest

from helpers.chapters import pelayanan
from helpers.chapters.pelayanan import (
    RegulationExplorer,
    integrity_scores_chart,
    parse_regulations,
    parse_survey_scores,
    read_regulations,
    read_survey_scores,
    regulation_total,
    regulations_by_form,
    regulations_by_sector,
    regulations_chart,
)
from helpers.core import datasets
from helpers.core.datasets import DataError
from helpers.core.figures import alt_text
from helpers.core.text import PALETTE

# Typed from the course text, Bab III.A (2000-2015).
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
# Typed from figures-and-sources.md, "Integrity of public services (KPK surveys)".
SCORES_TABLE = """
ISP 2007 pusat    5.53
ISP 2008 daerah   6.69
ISP 2009 pusat    6.64
ISP 2009 nasional 6.50
ISP 2010 nasional 5.42
ISP 2011 nasional 6.31
ISP 2011 pusat    7.07
ISP 2011 vertikal 6.40
ISP 2011 daerah   6.00
SPI 2021 nasional 72.43
SPI 2022 nasional 71.94
SPI 2023 nasional 70.97
SPI 2024 nasional 71.53
"""
SCORES = {
    (survey, int(year), level): float(score)
    for survey, year, level, score in map(str.split, SCORES_TABLE.strip().splitlines())
}
OKABE_ITO = {"#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442"}
REG_HEADER = "periode_awal,periode_akhir,dimensi,kategori,jumlah,sumber,bagian_sumber"
SCORE_HEADER = "survei,tahun,tingkat,skor,skala_maks,sumber"


@pytest.fixture(scope="module")
def regs():
    return read_regulations()


@pytest.fixture(scope="module")
def scores():
    return read_survey_scores()


def counts(frame, dimension):
    rows = frame[frame["dimensi"] == dimension]
    return dict(zip(rows["kategori"], rows["jumlah"], strict=True))


def refused(parse, body: str) -> DataError:
    with pytest.raises(DataError) as caught:
        parse(body.encode(), "berkas_peserta.csv")
    assert str(caught.value).startswith("Berkas 'berkas_peserta.csv', baris ")
    return caught.value


# --- the datasets


def test_regulations_match_course_text(regs):
    assert counts(regs, "total") == {"Seluruh regulasi atau kebijakan": TOTAL}
    assert counts(regs, "bentuk") == FORMS
    assert counts(regs, "sektor") == SECTORS
    assert set(regs["periode_awal"]) == {2000} and set(regs["periode_akhir"]) == {2015}
    assert set(regs["bagian_sumber"]) == {"Bab III.A"}
    assert regs["sumber"].str.contains("Bahan Ajar").all()


def test_no_residual_is_stored_in_the_data_file(regs):
    assert not regs["kategori"].str.contains("lain", case=False).any()


def test_survey_scores_match_sources(scores):
    got = {(r.survei, r.tahun, r.tingkat): r.skor for r in scores.itertuples()}
    assert got == pytest.approx(SCORES)
    scales = dict(zip(scores["survei"], scores["skala_maks"], strict=False))
    assert scales == {"ISP": 10, "SPI": 100}
    assert (scores["sumber"].str.len() > 10).all()


def test_survey_vocabulary_is_the_schema_enums():
    fields = {f["name"]: f for f in datasets.schema("survey_scores")["fields"]}
    assert list(pelayanan.SURVEY_SCALES) == fields["survei"]["constraints"]["enum"]
    assert sorted(pelayanan.SURVEY_SCALES.values()) == fields["skala_maks"]["constraints"]["enum"]
    assert list(pelayanan.SURVEY_LEVELS) == fields["tingkat"]["constraints"]["enum"]
    assert set(pelayanan.LEVEL_LABELS) == set(pelayanan.SURVEY_LEVELS)


def test_residual_other_forms_is_derived_and_labelled(regs):
    table = regulations_by_form(regs)
    residual = table[table["turunan"]]
    assert list(residual["kategori"]) == ["Bentuk lain (turunan)"]
    assert int(residual["jumlah"].iloc[0]) == TOTAL - sum(FORMS.values())
    assert not table[~table["turunan"]]["kategori"].str.contains("turunan").any()
    assert table["persen"].sum() == pytest.approx(100)


def test_forms_are_largest_first_with_residual_last(regs):
    named = sorted(FORMS, key=FORMS.get, reverse=True)
    assert list(regulations_by_form(regs)["kategori"]) == [*named, "Bentuk lain (turunan)"]


def test_sectors_sorted_and_shares_of_total(regs):
    table = regulations_by_sector(regs)
    assert list(table["kategori"]) == list(SECTORS)
    tax = table.set_index("kategori").loc["Jenis pajak", "persen"]
    assert tax == pytest.approx(100 * 1061 / TOTAL)


def test_indonesian_excel_file_is_read():
    body = (
        "survei;tahun;tingkat;skor;skala_maks;sumber\n"
        'ISP;2009;pusat;6,64;10;"Bahan ajar; Bab III.A"\n'
        "SPI;2021;nasional;72,43;100;Kompas\n"
    )
    frame = parse_survey_scores(body.encode())
    assert list(frame["skor"]) == pytest.approx([6.64, 72.43])
    assert frame["sumber"].iloc[0] == "Bahan ajar; Bab III.A"
    body = REG_HEADER.replace(",", ";") + "\n2000;2015;total;Semua;12.471;Bahan ajar;Bab III.A\n"
    assert parse_regulations(body.encode())["jumlah"].tolist() == [TOTAL]


def test_a_participants_file_is_read_from_its_path(write_csv):
    path = write_csv(f"{SCORE_HEADER}\nISP,2009,pusat,6.64,10,Bahan ajar\n")
    assert read_survey_scores(path)["skor"].tolist() == [6.64]


def test_period_end_before_start():
    err = refused(
        parse_regulations, f"{REG_HEADER}\n2015,2000,total,Semua,12471,Bahan ajar,III.A\n"
    )
    assert (err.line, err.column) == (2, "periode_akhir") and "lebih kecil" in err.problem


def test_named_forms_above_the_total_are_refused_at_the_total_row():
    body = (
        f"{REG_HEADER}\n2000,2015,bentuk,Perpu,101,Contoh,Contoh\n"
        "2000,2015,total,Semua,100,Contoh,Contoh\n"
    )
    err = refused(parse_regulations, body)
    assert (err.line, err.column) == (3, "jumlah") and "101" in err.problem


def test_a_frame_with_forms_above_the_total_is_refused_by_the_table():
    frame = read_regulations()
    frame.loc[frame["dimensi"] == "total", "jumlah"] = 10
    with pytest.raises(DataError, match="melebihi total"):
        regulations_by_form(frame)


def test_more_than_one_period_is_refused_by_the_total():
    frame = read_regulations()
    frame.loc[0, "periode_akhir"] = 2016
    with pytest.raises(DataError, match="lebih dari satu periode"):
        regulation_total(frame)


def test_scale_must_match_survey():
    err = refused(parse_survey_scores, f"{SCORE_HEADER}\nISP,2011,nasional,6.31,100,KPK\n")
    assert (err.line, err.column) == (2, "skala_maks") and "0–10" in err.problem


@pytest.mark.parametrize(
    ("survey", "score", "scale"), [("ISP", "10.5", 10), ("SPI", "100.01", 100)]
)
def test_score_above_its_survey_scale(survey, score, scale):
    err = refused(
        parse_survey_scores, f"{SCORE_HEADER}\n{survey},2011,nasional,{score},{scale},K\n"
    )
    assert (err.line, err.column) == (2, "skor") and score in err.problem


def test_negative_score():
    err = refused(parse_survey_scores, f"{SCORE_HEADER}\nISP,2011,nasional,-1,10,KPK\n")
    assert (err.line, err.column) == (2, "skor") and "negatif" in err.problem


def test_unknown_dimension_and_level_are_named():
    err = refused(parse_regulations, f"{REG_HEADER}\n2000,2015,wilayah,Jawa,49,Bahan ajar,III.A\n")
    assert err.column == "dimensi" and "'wilayah'" in err.problem and "total, bentuk" in err.problem
    err = refused(parse_survey_scores, f"{SCORE_HEADER}\nISP,2011,provinsi,6.31,10,KPK\n")
    assert err.column == "tingkat" and "'provinsi'" in err.problem


@pytest.mark.parametrize("year", ["1989", "2031"])
def test_year_outside_range(year):
    err = refused(parse_survey_scores, f"{SCORE_HEADER}\nISP,{year},pusat,6.64,10,KPK\n")
    assert (err.line, err.column) == (2, "tahun") and year in err.problem


def test_duplicated_row_key():
    body = f"{SCORE_HEADER}\nISP,2011,pusat,7.07,10,KPK\nISP,2009,pusat,6.64,10,KPK\n"
    err = refused(parse_survey_scores, body + "ISP,2011,pusat,7.07,10,JPNN\n")
    assert err.line == 4 and "baris 2" in err.problem


# --- the charts


def bars(fig: go.Figure) -> dict:
    trace = fig.data[0]
    return dict(zip(trace.y, trace.x, strict=True))


def test_forms_chart_shows_course_figures_and_labelled_residual(regs):
    fig = regulations_chart(regs, "bentuk", "jumlah")
    shown = bars(fig)
    assert {k: shown[k] for k in FORMS} == FORMS
    assert shown["Bentuk lain (turunan)"] == TOTAL - sum(FORMS.values())
    trace = fig.data[0]
    residual = list(trace.y).index("Bentuk lain (turunan)")
    assert trace.marker.pattern.shape[residual] != ""
    assert trace.marker.color[residual] != trace.marker.color[0]
    assert all(trace.marker.pattern.shape[i] == "" for i in range(residual))


def test_sector_chart_is_sorted_and_exact(regs):
    fig = regulations_chart(regs, "sektor")
    assert list(fig.data[0].y) == list(SECTORS)
    assert bars(fig) == SECTORS
    assert fig.layout.yaxis.autorange == "reversed"  # largest at the top


def test_share_view_is_labelled_derived(regs):
    fig = regulations_chart(regs, "bentuk", "persen")
    assert "turunan" in fig.layout.xaxis.title.text
    assert bars(fig)["Peraturan Menteri"] == pytest.approx(100 * 8311 / TOTAL)
    assert "66,6%" in fig.data[0].text[0]


def test_regulation_titles_labels_and_source_are_indonesian(regs):
    fig = regulations_chart(regs, "bentuk")
    assert fig.layout.title.text.startswith("Regulasi yang diterbitkan 2000")
    assert fig.layout.xaxis.title.text == "Jumlah regulasi"
    assert fig.data[0].text[0] == "8.311"
    assert fig.layout.separators == ",."
    note = fig.layout.annotations[-1].text
    assert note.startswith("Sumber: Ramadhan, R. P. (2019)")


def test_unknown_option_is_refused(regs):
    with pytest.raises(ValueError, match="tidak dikenal"):
        regulations_chart(regs, "wilayah")


def test_integrity_chart_keeps_instruments_apart(scores):
    fig = integrity_scores_chart(scores)
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
    assert fig.layout.barmode == "group" and fig.layout.legend.title.text == "Tingkat"


def test_integrity_chart_shows_the_course_scores(scores):
    fig = integrity_scores_chart(scores)
    pusat_isp = next(t for t in fig.data if t.name == "Instansi pusat")
    daerah_isp = next(t for t in fig.data if t.name == "Unit layanan daerah")
    assert dict(zip(pusat_isp.x, pusat_isp.y, strict=True))["2009"] == pytest.approx(6.64)
    assert dict(zip(daerah_isp.x, daerah_isp.y, strict=True))["2008"] == pytest.approx(6.69)
    spi = [t for t in fig.data if t.yaxis == "y2"]
    assert sorted(y for t in spi for y in t.y) == pytest.approx([70.97, 71.53, 71.94, 72.43])


def test_one_survey_gives_one_panel(scores):
    fig = integrity_scores_chart(scores[scores["survei"] == "SPI"])
    assert tuple(fig.layout.yaxis.range) == (0, 100) and "yaxis2" not in fig.layout
    assert alt_text(fig).startswith("Diagram batang. SPI (skala 0–100)")


def test_palette_is_colour_blind_safe(regs, scores):
    used = {t.marker.color for t in integrity_scores_chart(scores).data}
    used |= set(regulations_chart(regs).data[0].marker.color)
    assert used <= OKABE_ITO | {PALETTE["abu"]}


def test_every_chart_has_a_text_alternative_with_its_figures(regs, scores):
    forms = alt_text(regulations_chart(regs, "bentuk"))
    assert "8.311" in forms and "12.471" in forms and "turunan" in forms
    sectors = alt_text(regulations_chart(regs, "sektor"))
    assert "1.061" in sectors and "tumpang tindih" in sectors
    integrity = alt_text(integrity_scores_chart(scores))
    assert "6,64" in integrity and "72,43" in integrity and "panel terpisah" in integrity
    assert all("\n" not in text for text in (forms, sectors, integrity))


# --- the explorer


@pytest.fixture
def explorer(regs):
    return RegulationExplorer(regs)


def test_starts_with_forms_as_counts(explorer):
    assert explorer.figure.data[0].y[0] == "Peraturan Menteri"
    assert explorer.figure.data[0].x[0] == 8311
    assert "8.311" in explorer.caption.value


def test_switching_to_sectors_updates_the_same_figure(explorer):
    figure = explorer.figure
    explorer.dimension.value = "sektor"
    assert explorer.figure is figure
    assert list(figure.data[0].y)[0] == "Jenis pajak"
    assert figure.data[0].x[0] == 1061
    assert "sektor" in figure.layout.title.text.lower()
    assert "1.061" in explorer.caption.value


def test_switching_to_share_relabels_axis_and_caption(explorer):
    explorer.measure.value = "persen"
    assert explorer.figure.data[0].x[0] == pytest.approx(100 * 8311 / 12471)
    assert "turunan" in explorer.figure.layout.xaxis.title.text
    assert "66,6%" in explorer.caption.value


def test_switching_back_restores_counts(explorer):
    explorer.dimension.value = "sektor"
    explorer.measure.value = "persen"
    explorer.dimension.value = "bentuk"
    explorer.measure.value = "jumlah"
    assert list(explorer.figure.data[0].x) == [8311, 2446, 49, 12471 - 8311 - 2446 - 49]


def test_controls_are_labelled_in_indonesian(explorer):
    labels = [label for label, _ in explorer.dimension.options]
    assert labels == ["Menurut bentuk", "Menurut sektor"]
    assert explorer.dimension.description == "Tampilkan:"


def test_caption_escapes_a_participants_category():
    body = f"{REG_HEADER}\n2000,2015,total,Semua,10,a,b\n2000,2015,bentuk,<b>x</b>,4,a,b\n"
    explorer = RegulationExplorer(parse_regulations(body.encode()))
    assert "&lt;b&gt;x&lt;/b&gt;" in explorer.caption.value and "<b>" not in explorer.caption.value


def test_explorer_shows_as_its_widget(explorer):
    assert "application/vnd.jupyter.widget-view+json" in explorer._repr_mimebundle_()
