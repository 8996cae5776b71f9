"""helpers.chapters.peta: times are shown by code, labelled as derived, from the manifest."""

import pytest

from helpers.chapters.peta import perkiraan_waktu, time_text, waktu_kursus
from helpers.core.content import read_content
from helpers.core.manifest import course

RAW = {c["stem"]: c for c in read_content("course")["notebook"]}


@pytest.mark.parametrize("stem", list(RAW))
def test_each_notebook_time_is_the_manifest_time_labelled_derived(stem):
    shown = perkiraan_waktu(stem)
    assert f"{RAW[stem]['menit']} menit" in str(shown)
    assert "angka turunan" in str(shown) and "angka turunan" in shown.html


def test_discussion_time_is_said_apart():
    chapter = course().chapter("06_pola_pelayanan")
    assert time_text(chapter) == (
        f"{RAW['06_pola_pelayanan']['menit']} menit + "
        f"{RAW['06_pola_pelayanan']['menit_diskusi']} menit diskusi"
    )


def test_the_course_table_links_every_notebook_and_sums_the_manifest():
    shown = waktu_kursus()
    for stem in RAW:
        assert f'href="{stem}.ipynb"' in shown.html
    own = sum(c["menit"] for c in RAW.values())
    discussion = sum(c.get("menit_diskusi", 0) for c in RAW.values())
    assert f"{own} menit belajar + {discussion} menit diskusi" in str(shown)
    assert "angka turunan" in str(shown)
