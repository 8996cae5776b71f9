"""Self-checking exercises: the bank, one class per kind, the views and the quiz score.

Checking is apart from showing (``model``, ``kinds``, ``bank``, ``computations`` need no widget;
``inputs``, ``widgets``, ``progress`` and ``quiz`` show the results). In a notebook::

    from helpers.exercises import kemajuan, latihan, skor
    latihan("kontinum-3").tampilkan()
    latihan("kontinum-3").cek("A")     # the verdict; print(...) gives it as plain text
    kemajuan("03_kontinum_kelembagaan")

Example:
    >>> reset_progress()
    >>> print(latihan("kontinum-3").cek("A"))  # doctest: +ELLIPSIS
    Benar
    ...
"""

from helpers.exercises.bank import default_bank, get_exercise
from helpers.exercises.model import ExerciseState, Note, Verdict
from helpers.exercises.progress import kemajuan
from helpers.exercises.quiz import skor
from helpers.exercises.widgets import exercise_states, latihan, reset_progress

__all__ = [
    "ExerciseState",
    "Note",
    "Verdict",
    "default_bank",
    "exercise_states",
    "get_exercise",
    "kemajuan",
    "latihan",
    "reset_progress",
    "skor",
]
