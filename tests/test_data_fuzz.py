"""Property-based: every malformed file ends in a clear DataError or a correct DataFrame.

Each loader gets at least 1,000 generated files: valid rows with one or more faults injected
(cells, header, separators, quotes, encodings, raw bytes). Any other exception fails the test.
"""

from __future__ import annotations

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import data
from helpers.data import DataError

EXAMPLES = 1000
NAME = "berkas_peserta.csv"

REGULATION_ROW = ["2000", "2015", "bentuk", "Perpu", "49", "Bahan ajar", "Bab III.A"]
SURVEY_ROW = ["ISP", "2009", "pusat", "6.64", "10", "Bahan ajar"]

nasty_text = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [
            "",
            " ",
            "-1",
            "1e3",
            "6,64",
            "12.471",
            "NaN",
            "inf",
            "٣",
            "2031",
            "1989",
            "10.5",
            "101",
            '"',
            "a;b",
            "total",
            "ISP",
            "SPI",
            "pusat",
            "\x00",
            "\ufeff",
            "0",
            "-0",
        ]
    ),
)


@st.composite
def malformed_files(draw, header: list[str], row: list[str]) -> bytes:
    rows = [list(row) for _ in range(draw(st.integers(0, 4)))]
    columns = list(header)
    for _ in range(draw(st.integers(1, 3))):
        fault = draw(
            st.sampled_from(
                [
                    "cell",
                    "cell",
                    "drop_col",
                    "rename",
                    "extra",
                    "short",
                    "dup_row",
                    "dup_col",
                    "blank_lines",
                ]
            )
        )
        if fault == "cell" and rows:
            cells = rows[draw(st.integers(0, len(rows) - 1))]
            if cells:
                cells[draw(st.integers(0, len(cells) - 1))] = draw(nasty_text)
        elif fault == "drop_col" and columns:
            i = draw(st.integers(0, len(columns) - 1))
            columns.pop(i)
            for cells in rows:
                del cells[i : i + 1]
        elif fault == "rename" and columns:
            columns[draw(st.integers(0, len(columns) - 1))] = draw(nasty_text)
        elif fault == "extra" and rows:
            rows[draw(st.integers(0, len(rows) - 1))].append(draw(nasty_text))
        elif fault == "short" and rows:
            del rows[draw(st.integers(0, len(rows) - 1))][-1:]
        elif fault == "dup_row" and rows:
            rows.append(list(rows[0]))
        elif fault == "dup_col":
            columns.append(columns[0] if columns else "x")
        elif fault == "blank_lines":
            rows.insert(0, [""] * len(columns))
    sep = draw(st.sampled_from([",", ";", "\t", "|"]))
    quote = draw(st.booleans())
    text = "\n".join(sep.join(f'"{c}"' if quote else c for c in line) for line in [columns, *rows])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]))
    raw = text.encode(encoding, errors="replace")
    if draw(st.integers(0, 9)) == 0:
        raw = draw(st.binary(max_size=200))
    return raw


def assert_valid_frame(frame: pd.DataFrame, columns: list[data.Column]) -> None:
    assert list(frame.columns) == [c.name for c in columns]
    assert len(frame) >= 1


def assert_clear_error(error: DataError) -> None:
    message = str(error)
    assert message.startswith(f"Berkas '{NAME}'")
    assert len(error.problem) >= 15
    assert "Traceback" not in message


def run_fuzz(parse, header: list[str], row: list[str], columns: list[data.Column], check) -> int:
    seen = []

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(malformed_files(header, row))
    def fuzz(content: bytes) -> None:
        seen.append(content)
        try:
            frame = parse(content, NAME)
        except DataError as error:
            assert_clear_error(error)
            return
        assert_valid_frame(frame, columns)
        check(frame)

    fuzz()
    return len(seen)


def check_regulations(frame: pd.DataFrame) -> None:
    assert (frame["jumlah"] >= 0).all()
    assert frame["periode_awal"].between(data.YEAR_MIN, data.YEAR_MAX).all()
    assert (frame["periode_awal"] <= frame["periode_akhir"]).all()
    assert frame["dimensi"].isin(data.REGULATION_DIMENSIONS).all()
    key = ["periode_awal", "periode_akhir", "dimensi", "kategori"]
    assert not frame.duplicated(key).any()


def check_scores(frame: pd.DataFrame) -> None:
    assert frame["survei"].isin(list(data.SURVEY_SCALES)).all()
    assert frame["tingkat"].isin(data.SURVEY_LEVELS).all()
    assert ((frame["skor"] >= 0) & (frame["skor"] <= frame["skala_maks"])).all()
    assert frame["tahun"].between(data.YEAR_MIN, data.YEAR_MAX).all()
    assert not frame.duplicated(["survei", "tahun", "tingkat"]).any()


def test_regulation_loader_survives_malformed_files():
    header = [c.name for c in data.REGULATION_COLUMNS]
    count = run_fuzz(
        data.parse_regulations, header, REGULATION_ROW, data.REGULATION_COLUMNS, check_regulations
    )
    assert count >= EXAMPLES


def test_survey_loader_survives_malformed_files():
    header = [c.name for c in data.SURVEY_COLUMNS]
    count = run_fuzz(
        data.parse_survey_scores, header, SURVEY_ROW, data.SURVEY_COLUMNS, check_scores
    )
    assert count >= EXAMPLES
