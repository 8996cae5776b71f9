"""Helpers for the interactive course "Whole of Government" (Latsar CPNS).

This is the package's face: the names a notebook uses, listed in ``__all__``. Behind it,
``helpers.core`` holds the chapter-free pieces (text formats, safe HTML, the figure finisher,
the chart explorer, datasets, the course manifest), ``helpers.exercises`` the self-checking
exercises, ``helpers.chapters`` one module per notebook, and ``helpers/content/`` the prose,
the exercise bank and the course manifest as YAML. See CONTRIBUTING.md.

A name is imported from its module the first time it is used (PEP 562 ``__getattr__``), so a
notebook's ``from helpers import ...`` cell, the first thing every notebook runs, imports only
the chapters that notebook uses.
"""

from __future__ import annotations

import sys
from importlib import import_module
from typing import Any

from helpers.core.runtime import freeze_long_lived

__version__ = "0.2.0"

# Each public name and the module that defines it, in the order the reference page lists them.
_HOME: dict[str, str] = {
    # every notebook
    "perkiraan_waktu": "helpers.chapters.peta",
    "latihan": "helpers.exercises",
    "kemajuan": "helpers.exercises",
    # the trainee's work file and the locked tests (00 start page, 08 post-test)
    "identitas": "helpers.exercises",
    "mulai": "helpers.exercises",
    "tes_awal": "helpers.exercises",
    "tes_akhir": "helpers.exercises",
    "show_chart": "helpers.core.figures",
    "text_table": "helpers.core.tables",
    # 00 start page
    "waktu_kursus": "helpers.chapters.peta",
    # 01 Bab I
    "diversity_table": "helpers.chapters.pendahuluan",
    "learning_illustration_chart": "helpers.chapters.pendahuluan",
    "indicator_table": "helpers.chapters.pendahuluan",
    "IndicatorMap": "helpers.chapters.pendahuluan",
    # 02 Bab II.A-B
    "concept_table": "helpers.chapters.konsep",
    "DefinitionComparer": "helpers.chapters.konsep",
    "related_concepts_table": "helpers.chapters.konsep",
    "example_sectors": "helpers.chapters.konsep",
    "ScopeSelector": "helpers.chapters.konsep",
    # 03 Bab II.C
    "read_perry6_continuum": "helpers.chapters.kontinum",
    "continuum_table": "helpers.chapters.kontinum",
    "continuum_chart": "helpers.chapters.kontinum",
    "ContinuumExplorer": "helpers.chapters.kontinum",
    "change_table": "helpers.chapters.kontinum",
    # 04 Bab III.A
    "read_survey_scores": "helpers.chapters.pelayanan",
    "integrity_scores_chart": "helpers.chapters.pelayanan",
    "read_regulations": "helpers.chapters.pelayanan",
    "regulations_chart": "helpers.chapters.pelayanan",
    "regulations_by_form": "helpers.chapters.pelayanan",
    "regulations_by_sector": "helpers.chapters.pelayanan",
    "RegulationExplorer": "helpers.chapters.pelayanan",
    # 05 Bab III.B-C
    "ways": "helpers.chapters.praktik",
    "span_of_control_figure": "helpers.chapters.praktik",
    "SpanOfControlSimulator": "helpers.chapters.praktik",
    "challenges": "helpers.chapters.praktik",
    "challenge_activity": "helpers.chapters.praktik",
    # 06 Bab III.D
    "service_kinds": "helpers.chapters.pola",
    "service_kind_activity": "helpers.chapters.pola",
    "patterns": "helpers.chapters.pola",
    "pattern_activity": "helpers.chapters.pola",
    "practices": "helpers.chapters.pola",
    "read_mpp_counts": "helpers.chapters.pola",
    "mpp_chart": "helpers.chapters.pola",
    "mpp_table": "helpers.chapters.pola",
    "read_oss_nib": "helpers.chapters.pola",
    "oss_chart": "helpers.chapters.pola",
    # 07 glossary
    "glossary_search": "helpers.chapters.glosarium",
    "read_glossary": "helpers.chapters.glosarium",
    "terms_in_notebook": "helpers.chapters.glosarium",
    # 08 closing quiz
    "skor": "helpers.exercises",
    # 09 own data
    "template_csv": "helpers.chapters.data_sendiri",
    "show_download_link": "helpers.chapters.data_sendiri",
    "examples_dir": "helpers.chapters.data_sendiri",
    "read_own_file": "helpers.chapters.data_sendiri",
    "check_message": "helpers.chapters.data_sendiri",
    "UploadPanel": "helpers.chapters.data_sendiri",
    "save_table": "helpers.chapters.data_sendiri",
    "read_table": "helpers.core.datasets",
    "DataError": "helpers.core.datasets",
    # 10 capstone (Rencana Aksi WoG)
    "rencana_aksi": "helpers.chapters.rencana_aksi",
}

__all__ = list(_HOME)


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module 'helpers' has no attribute {name!r}")
    home = _HOME[name]
    imported = home in sys.modules
    value = getattr(import_module(home), name)
    if not imported:  # the modules it brought in live as long as the kernel
        freeze_long_lived()
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOME])
