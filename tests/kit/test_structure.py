"""Cell roles come from role tags only; the slide-metadata tool proposes the tags."""

from __future__ import annotations

import json

import nbformat
import pytest

from kit import course_notebooks, slide_metadata
from kit import structure as st

NOTEBOOKS = course_notebooks()


def code(source: str, *tags: str) -> dict:
    return {"cell_type": "code", "source": source, "metadata": {"tags": list(tags)}}


def markdown(source: str) -> dict:
    return {"cell_type": "markdown", "source": source, "metadata": {}}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_code_cell_has_one_role_tag(path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    for index, cell in enumerate(cells):
        if cell["cell_type"] == "code":
            tags = cell.get("metadata", {}).get("tags", [])
            roles = [t for t in tags if t.startswith(st.ROLE_PREFIX)]
            assert len(roles) == 1, f"{path.name} sel {index}: {tags}"
            assert st.tagged_role(roles) in st.CODE_ROLES


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_the_first_code_cell_is_the_setup(path):
    cells = st.read_structure(path).cells
    assert next(c for c in cells if c.kind == "code").role == st.SETUP


def test_role_is_read_from_the_tag_not_the_code():
    cells = [
        markdown("# Judul"),
        code("from helpers import apa_saja", "role:setup"),
        markdown("## 1. Bagian"),
        code("modul_baru.nama_baru(tabel)", "role:chart"),
        code("show_chart(gambar)", "role:widget"),
    ]
    roles = [c.role for c in st.structure_of(cells, "x.ipynb").cells]
    assert roles == [st.TITLE, st.SETUP, st.SECTION, st.CHART, st.WIDGET]


def test_renaming_a_module_never_changes_a_slide():
    path = NOTEBOOKS[4]
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    renamed = json.loads(json.dumps(cells).replace("helpers", "paket_lain").replace("show_", "x_"))
    before = slide_metadata.slide_plan(st.structure_of(cells, path))
    assert slide_metadata.slide_plan(st.structure_of(renamed, path)) == before


def test_an_untagged_code_cell_is_an_error():
    cells = [markdown("# Judul"), code("from helpers import x", "role:setup"), code("x()")]
    with pytest.raises(st.RoleError, match=r"sel kode 2 belum bertag peran"):
        st.structure_of(cells, "x.ipynb")
    with pytest.raises(st.RoleError, match="role:grafik"):
        st.structure_of([code("x()", "role:grafik")], "x.ipynb")
    with pytest.raises(st.RoleError):
        st.tagged_role(["role:chart", "role:code"])


def test_markdown_roles_are_read_from_the_markdown():
    cells = [
        markdown("# Judul"),
        markdown("Sel di bawah memuat alat bantu."),
        code("from helpers import x", "role:setup"),
        markdown("## 1. Bagian"),
        markdown("### Sub"),
        markdown("> **Untuk fasilitator:** tanyakan.\n> Lanjutkan."),
        markdown("> **Diskusi:** apa?"),
        markdown("Teks biasa."),
    ]
    roles = [c.role for c in st.structure_of(cells, "x.ipynb").cells]
    assert roles == [
        *(st.TITLE, st.SETUP_NOTE, st.SETUP, st.SECTION),
        *(st.SUBHEADING, st.FACILITATOR, st.DISCUSSION, st.TEXT),
    ]


def test_exercises_are_read_from_exercise_cells():
    cells = [
        code("from helpers import latihan", "role:setup"),
        code('latihan("bab-1").tampilkan()', "role:exercise"),
        code('soal = latihan("bab-2")\nsoal.tampilkan()', "role:exercise"),
        code("soal.cek(hasil)", "role:code"),
    ]
    assert st.structure_of(cells, "x.ipynb").sections[0].exercises == ["bab-1", "bab-2"]


PROPOSALS = [
    ("from helpers import latihan", True, st.SETUP),
    ('kemajuan("04_kondisi_pelayanan_publik")', False, st.PROGRESS),
    ("skor()", False, st.PROGRESS),
    ("help(pelayanan.regulations_chart)", False, st.PRIVATE),
    ('UploadPanel("regulasi")', False, st.PRIVATE),
    ('download_link(isi, "templat.csv", "Unduh")', False, st.PRIVATE),
    ('simpan = own.save_table(tabel, "hasil.csv")', False, st.PRIVATE),
    ('soal = latihan("pelayanan-3")\nsoal.tampilkan()', False, st.EXERCISE),
    ("ipywidgets.IntSlider()", False, st.WIDGET),
    ("show_chart(bab.regulations_chart(tabel))", False, st.CHART),
    ("gambar = px.scatter(tabel)\ngambar.show()", False, st.CHART),
    ('tabel[["tahun", "skor"]]', False, st.CODE),
    ("%timeit x()", False, st.CODE),
]


@pytest.mark.parametrize(("source", "first", "role"), PROPOSALS, ids=[p[2] for p in PROPOSALS])
def test_proposed_role(source, first, role):
    namespace = slide_metadata.notebook_namespace(["import ipywidgets"])
    assert slide_metadata.propose_role(source, first, namespace) == role


def test_a_widget_is_what_a_call_returns():
    namespace = slide_metadata.notebook_namespace(["from kit.structure import read_structure"])
    assert slide_metadata.propose_role("read_structure(p)", False, namespace) == st.CODE
    assert slide_metadata.makes_widget(slide_metadata.notebook_namespace) is False


def test_proposals_fill_only_untagged_cells():
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell("import ipywidgets"),
        nbformat.v4.new_code_cell("show_chart(f())", metadata={"tags": ["role:widget"]}),
        nbformat.v4.new_code_cell("ipywidgets.Button()"),
    ]
    proposals = slide_metadata.proposed_roles(nb)
    assert proposals == {0: st.SETUP, 2: st.WIDGET}
    slide_metadata.apply_roles(nb, proposals)
    assert [c.metadata["tags"] for c in nb.cells] == [
        ["role:setup"],
        ["role:widget"],
        ["role:widget"],
    ]
