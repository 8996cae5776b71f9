"""The class rekap for the facilitator: a folder of trainees' work files, read and recomputed.

``folder`` reads the files (one Bahasa Indonesia line per file that needs attention),
``scores`` recomputes every verdict from the recorded answers against the exercise bank,
``charts`` and ``views`` show the class, ``fiktif`` writes the invented class in
``contoh/kelas_fiktif/``. In the facilitator's notebook (facilitator/rekap_kelas.ipynb)::

    from helpers.rekap import ClassRekap
    rekap = ClassRekap("../hasil")

Example:
    >>> from helpers.rekap.fiktif import invented_class_dir
    >>> "dihitung dari folder 'kelas_fiktif'" in ClassRekap(invented_class_dir()).summary()
    True
"""

from helpers.rekap.folder import ClassFiles, Trainee, read_class
from helpers.rekap.views import ClassRekap, class_csv, problem_lines

__all__ = ["ClassFiles", "ClassRekap", "Trainee", "class_csv", "problem_lines", "read_class"]
