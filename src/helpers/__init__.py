"""Helpers for the interactive course "Whole of Government" (Latsar CPNS).

This is the package's face: the names a notebook uses, listed in ``__all__``. Behind it,
``helpers.core`` holds the chapter-free pieces (text formats, safe HTML, the figure finisher,
the chart explorer, datasets, the course manifest), ``helpers.exercises`` the self-checking
exercises, ``helpers.chapters`` one module per notebook, and ``helpers/content/`` the prose,
the exercise bank and the course manifest as YAML. See CONTRIBUTING.md.
"""

from helpers.chapters.data_sendiri import (
    UploadPanel,
    check_message,
    examples_dir,
    read_own_file,
    save_table,
    show_download_link,
    template_csv,
)
from helpers.chapters.glosarium import glossary_search, read_glossary, terms_in_notebook
from helpers.chapters.konsep import (
    DefinitionComparer,
    ScopeSelector,
    concept_table,
    example_sectors,
    related_concepts_table,
)
from helpers.chapters.kontinum import (
    ContinuumExplorer,
    change_table,
    continuum_chart,
    continuum_table,
    read_perry6_continuum,
)
from helpers.chapters.pelayanan import (
    RegulationExplorer,
    integrity_scores_chart,
    read_regulations,
    read_survey_scores,
    regulations_by_form,
    regulations_by_sector,
    regulations_chart,
)
from helpers.chapters.pendahuluan import (
    IndicatorMap,
    diversity_table,
    indicator_table,
    learning_illustration_chart,
)
from helpers.chapters.peta import perkiraan_waktu, waktu_kursus
from helpers.chapters.pola import (
    mpp_chart,
    mpp_table,
    oss_chart,
    pattern_activity,
    patterns,
    practices,
    read_mpp_counts,
    read_oss_nib,
    service_kind_activity,
    service_kinds,
)
from helpers.chapters.praktik import (
    SpanOfControlSimulator,
    challenge_activity,
    challenges,
    span_of_control_figure,
    ways,
)
from helpers.chapters.rencana_aksi import rencana_aksi
from helpers.core.datasets import DataError, read_table
from helpers.core.figures import show_chart
from helpers.core.tables import text_table
from helpers.exercises import identitas, kemajuan, latihan, mulai, skor, tes_akhir, tes_awal

__version__ = "0.2.0"

__all__ = [
    # every notebook
    "perkiraan_waktu",
    "latihan",
    "kemajuan",
    # the trainee's work file and the locked tests (00 start page, 08 post-test)
    "identitas",
    "mulai",
    "tes_awal",
    "tes_akhir",
    "show_chart",
    "text_table",
    # 00 start page
    "waktu_kursus",
    # 01 Bab I
    "diversity_table",
    "learning_illustration_chart",
    "indicator_table",
    "IndicatorMap",
    # 02 Bab II.A-B
    "concept_table",
    "DefinitionComparer",
    "related_concepts_table",
    "example_sectors",
    "ScopeSelector",
    # 03 Bab II.C
    "read_perry6_continuum",
    "continuum_table",
    "continuum_chart",
    "ContinuumExplorer",
    "change_table",
    # 04 Bab III.A
    "read_survey_scores",
    "integrity_scores_chart",
    "read_regulations",
    "regulations_chart",
    "regulations_by_form",
    "regulations_by_sector",
    "RegulationExplorer",
    # 05 Bab III.B-C
    "ways",
    "span_of_control_figure",
    "SpanOfControlSimulator",
    "challenges",
    "challenge_activity",
    # 06 Bab III.D
    "service_kinds",
    "service_kind_activity",
    "patterns",
    "pattern_activity",
    "practices",
    "read_mpp_counts",
    "mpp_chart",
    "mpp_table",
    "read_oss_nib",
    "oss_chart",
    # 07 glossary
    "glossary_search",
    "read_glossary",
    "terms_in_notebook",
    # 08 closing quiz
    "skor",
    # 09 own data
    "template_csv",
    "show_download_link",
    "examples_dir",
    "read_own_file",
    "check_message",
    "UploadPanel",
    "save_table",
    "read_table",
    "DataError",
    # 10 capstone (Rencana Aksi WoG)
    "rencana_aksi",
]
