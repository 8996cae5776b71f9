"""Property-based: every malformed file ends in a clear DataError or a frame the schema allows.

Each generated file starts from a real row of the course's data and gets one or more faults
(cells, header, separators, quotes, encodings, raw bytes). A file that is read must satisfy its
Table Schema, checked here independently of the reader (types, required, enum, range, pattern,
primary key), and chapter 04's own rules; any exception other than DataError fails the test.
"""

from __future__ import annotations

import csv
import io
import re

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.chapters import pelayanan
from helpers.core import datasets
from helpers.core.datasets import DataError, parse_table
from tests.conftest import ROOT

NAME = "berkas_peserta.csv"

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
            "2023-13",
            "2023-09",
            "Merger",
            "02_konsep_wog",
            "\x00",
            "\ufeff",
            "0",
            "-0",
        ]
    ),
)
FAULTS = ["cell"] * 5 + ["drop_col", "rename", "extra", "short", "dup_row", "dup_col", "blank"]


def boundary_values(field: dict) -> list[str]:
    """Values at and just past the edges the schema draws for one field."""
    rules = field["constraints"]
    values = ["", " "]
    for edge, step in (("minimum", -1), ("maximum", 1)):
        if edge in rules:
            values += [str(rules[edge]), str(rules[edge] + step), f"{rules[edge] + step / 100}"]
    values += [str(v) for v in rules.get("enum", [])] + [f"{v}x" for v in rules.get("enum", [])]
    if "pattern" in rules:
        values += ["2023-00", "2023-12", "2023-1", "02_Konsep", "2_x", "02_konsep_wog;; 06"]
    return values


def first_row(resource: str) -> list[str]:
    path = ROOT / "data" / datasets.resource(resource)["path"]
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))[1]


def inject(draw, fault: str, columns: list[str], rows: list[list[str]], fields: list[dict]) -> None:
    if fault == "cell" and rows:
        cells = rows[draw(st.integers(0, len(rows) - 1))]
        if cells:
            i = draw(st.integers(0, len(cells) - 1))
            edges = boundary_values(fields[i]) if i < len(fields) else [""]
            cells[i] = draw(st.one_of(nasty_text, st.sampled_from(edges), st.sampled_from(edges)))
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
    elif fault == "blank":
        rows.insert(0, [""] * len(columns))


@st.composite
def malformed_files(draw, resource: str) -> bytes:
    fields = datasets.schema(resource)["fields"]
    rows = [first_row(resource) for _ in range(draw(st.sampled_from([1, 2, 3, 4, 0])))]
    columns = datasets.field_names(resource)
    for _ in range(draw(st.integers(1, 3))):
        inject(draw, draw(st.sampled_from(FAULTS)), columns, rows, fields)
    sep = draw(st.sampled_from([",", ";", ",", ";", ",", "\t", "|"]))
    quoting = draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONE]))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep, quoting=quoting, escapechar="\\", lineterminator="\n")
    writer.writerows([columns, *rows])
    text = out.getvalue()
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]))
    raw = text.encode(encoding, errors="replace")
    if draw(st.sampled_from([False] * 19 + [True])):
        raw = draw(st.binary(max_size=200))
    return raw


def assert_allowed_by_schema(frame: pd.DataFrame, resource: str) -> None:
    """The schema's rules, restated here so that the test does not trust the reader."""
    schema = datasets.schema(resource)
    assert list(frame.columns) == [f["name"] for f in schema["fields"]] and len(frame) >= 1
    for field in schema["fields"]:
        values, rules = frame[field["name"]], field["constraints"]
        assert (
            values.notna().all()
            and values.map(type)
            .eq({"integer": int, "number": float, "string": str}[field["type"]])
            .all()
        )
        if field["type"] == "string":
            assert (values.str.strip() != "").all() and (values == values.str.strip()).all()
        if "enum" in rules:
            assert values.isin(rules["enum"]).all()
        if "minimum" in rules:
            assert (values >= rules["minimum"]).all()
        if "maximum" in rules:
            assert (values <= rules["maximum"]).all()
        if "pattern" in rules:
            assert values.map(lambda v, p=rules["pattern"]: bool(re.fullmatch(p, v))).all()
        if rules.get("unique"):
            assert values.is_unique
    assert not frame.duplicated(schema["primaryKey"]).any()


def assert_clear_error(error: DataError) -> None:
    assert str(error).startswith(f"Berkas '{NAME}'")
    assert len(error.problem) >= 15 and "Traceback" not in str(error)


def run_fuzz(parse, resource: str, examples: int, check=None) -> int:
    seen = []

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(malformed_files(resource))
    def fuzz(content: bytes) -> None:
        seen.append(content)
        try:
            frame = parse(content, NAME)
        except DataError as error:
            assert_clear_error(error)
            return
        assert_allowed_by_schema(frame, resource)
        if check:
            check(frame)

    fuzz()
    return len(seen)


def check_regulations(frame: pd.DataFrame) -> None:
    assert (frame["periode_awal"] <= frame["periode_akhir"]).all()
    for _, group in frame.groupby(["periode_awal", "periode_akhir"]):
        total = group.loc[group["dimensi"] == "total", "jumlah"]
        named = group.loc[group["dimensi"] == "bentuk", "jumlah"].sum()
        assert total.empty or (total >= named).all()


def check_scores(frame: pd.DataFrame) -> None:
    assert (frame["skala_maks"] == frame["survei"].map(pelayanan.SURVEY_SCALES)).all()
    assert (frame["skor"] <= frame["skala_maks"]).all()


def test_regulation_loader_survives_malformed_files():
    parse = pelayanan.parse_regulations
    assert run_fuzz(parse, "regulations", 1000, check_regulations) >= 1000


def test_survey_loader_survives_malformed_files():
    parse = pelayanan.parse_survey_scores
    assert run_fuzz(parse, "survey_scores", 1000, check_scores) >= 1000


CHAPTER_04 = {"regulations", "survey_scores"}  # fuzzed above, with the chapter's own checks
OTHER_RESOURCES = [
    r["name"] for r in datasets.package()["resources"] if r["name"] not in CHAPTER_04
]


@pytest.mark.parametrize("resource", OTHER_RESOURCES)
def test_every_resource_is_read_only_as_its_schema_allows(resource):
    def parse(content: bytes, name: str) -> pd.DataFrame:
        return parse_table(resource, content, name)

    assert run_fuzz(parse, resource, 300) >= 300
