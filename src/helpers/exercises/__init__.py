"""Self-checking exercises: the bank, one class per kind, the views and the quiz score.

Checking is apart from showing (``model``, ``kinds``, ``bank``, ``computations`` need no widget;
``inputs``, ``widgets``, ``progress`` and ``quiz`` show the results). In a notebook::

    from helpers.exercises import kemajuan, latihan, skor
    latihan("kontinum-3").tampilkan()
    latihan("kontinum-3").cek("A")     # the verdict; print(...) gives it as plain text
    kemajuan("03_kontinum_kelembagaan")
    identitas()                        # the start page: name and class code, once
    tes_awal(); tes_akhir()            # the locked pre-test and post-test

Example:
    >>> reset_progress()
    >>> print(latihan("kontinum-3").cek("A"))  # doctest: +ELLIPSIS
    Benar
    ...
"""

from helpers.exercises.bank import default_bank, get_exercise
from helpers.exercises.identity import identitas
from helpers.exercises.model import ExerciseState, Note, Verdict
from helpers.exercises.progress import kemajuan
from helpers.exercises.quiz import skor
from helpers.exercises.store import mulai
from helpers.exercises.tes import tes_akhir, tes_awal
from helpers.exercises.widgets import exercise_states, latihan, reset_progress

__all__ = [
    "ExerciseState",
    "Note",
    "Verdict",
    "default_bank",
    "exercise_states",
    "get_exercise",
    "identitas",
    "kemajuan",
    "latihan",
    "mulai",
    "reset_progress",
    "skor",
    "tes_akhir",
    "tes_awal",
]
