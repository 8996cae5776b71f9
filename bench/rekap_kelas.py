"""How long the facilitator's class rekap takes for a class of invented trainees.

    .venv/bin/python bench/rekap_kelas.py            # 40 trainees (the issue's class), 3 runs
    .venv/bin/python bench/rekap_kelas.py --trainees 200 --runs 1

Each trainee tries every practice exercise and both tests (helpers.rekap.fiktif). Timed: reading
the folder and recomputing every score (``ClassRekap``), then building the class table, both
charts, the wrong-answer table and the CSV. Not part of ``make test``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from helpers.exercises.bank import default_bank
from helpers.exercises.workfile import workfile_path, write_workfile
from helpers.rekap.fiktif import invented_trainee
from helpers.rekap.views import ClassRekap


def write_class(folder: Path, trainees: int) -> int:
    """Write ``trainees`` invented files; returns their total size in bytes."""
    rng, bank = random.Random(13), default_bank()
    for n in range(trainees):
        work = invented_trainee(
            f"Peserta {n + 1} (FIKTIF)", rng.random(), n % 3, ("pretest", "posttest"), rng, bank
        )
        write_workfile(workfile_path(work.nama, folder), work.record)
    return sum(p.stat().st_size for p in folder.glob("*.json"))


def one_run(folder: Path) -> tuple[float, float]:
    start = time.perf_counter()
    rekap = ClassRekap(folder)
    read = time.perf_counter() - start
    rekap.handed_in().to_html()
    rekap.test_chart(), rekap.exercise_chart()
    rekap.wrong_answers().to_html()
    rekap.csv()
    return read, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainees", type=int, default=40)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    default_bank()  # read the bank before timing, as the notebook's first cell does
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        size = write_class(folder, args.trainees)
        runs = [one_run(folder) for _ in range(args.runs)]
    read = statistics.median(r for r, _ in runs)
    total = statistics.median(t for _, t in runs)
    print(f"{args.trainees} trainees, {size / 1e6:.2f} MB of files, median of {args.runs} runs:")
    print(f"  read and recompute: {read:.2f} s")
    print(f"  with table, charts, wrong answers, CSV: {total:.2f} s")


if __name__ == "__main__":
    main()
