"""An open question: no right answer, the facilitator's discussion prompts after writing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from helpers.exercises.answers import describe
from helpers.exercises.kinds.base import BankFields, Exercise
from helpers.exercises.model import DISCUSSION_LEAD, Verdict, invalid, verdict

MIN_REFLECTION_WORDS = 5


@dataclass(frozen=True)
class Reflection(Exercise):
    """An open question (``refleksi``): bank field ``pertanyaan_diskusi``, no ``jawaban``.

    A written reflection gets status "benar" (done: there is no wrong answer); a very short one
    "sebagian" (please say more). Both show the facilitator's discussion prompts.

    Example:
        >>> from helpers.exercises.bank import get_exercise
        >>> get_exercise("mulai-3").check("ego sektoral").title
        'Terima kasih, coba dikembangkan'
    """

    pertanyaan_diskusi: tuple[str, ...] = ()

    jenis: ClassVar[str] = "refleksi"
    label: ClassVar[str] = "Refleksi (tanpa jawaban benar/salah)"
    graded: ClassVar[bool] = False
    check_label: ClassVar[str] = "Tampilkan bahan diskusi"

    @classmethod
    def read_fields(cls, fields: BankFields) -> dict[str, Any]:
        for name in ("jawaban", "kesalahan_umum", "jawaban_dari"):
            if name in fields.raw:
                fields.fail(
                    f"latihan refleksi tidak punya '{name}': tidak ada jawaban benar atau salah."
                )
        return {"pertanyaan_diskusi": fields.texts("pertanyaan_diskusi")}

    @property
    def discussion(self) -> tuple[str, ...]:
        return self.pertanyaan_diskusi

    def parse(self, answer: object) -> str | Verdict:
        if not isinstance(answer, str):
            return invalid(f"Tulis refleksi Anda sebagai teks, bukan {describe(answer)}.")
        return answer

    def judge(self, answer: str) -> Verdict:  # type: ignore[override]
        if len(answer.split()) < MIN_REFLECTION_WORDS:
            return verdict(
                "sebagian",
                f"Refleksi Anda masih sangat singkat; coba kembangkan menjadi satu atau dua "
                f"kalimat utuh. {DISCUSSION_LEAD}",
                self.pertanyaan_diskusi,
                title="Terima kasih, coba dikembangkan",
            )
        return verdict(
            "benar",
            f"Tidak ada jawaban benar atau salah. Refleksi Anda tersimpan di berkas kerja Anda "
            f"bila Anda sudah mengisi nama di 00_mulai. "
            f"{self.penjelasan} {DISCUSSION_LEAD}",
            self.pertanyaan_diskusi,
            title="Terima kasih atas refleksi Anda",
        )

    def answer_lines(self) -> list[str]:
        return ["Tidak ada jawaban tunggal yang benar."]
