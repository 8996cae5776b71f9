"""The facilitator's guide, generated from the course manifest, the notebooks and the bank.

    python -m kit.guide             # writes facilitator/panduan-fasilitator.md (make facilitator)
    python -m kit.guide --periksa   # exit 1 when the committed guide is stale

The notebooks, their titles, indicators and the authors' times come from the course manifest
(``helpers.core.manifest.course()``); each cell's role from its tag (kit.structure). Time
estimates are a suggestion computed from the content (words, cells, charts, widgets, exercises,
prompts) with the rates in ``RATES``; they are labelled "saran" in the guide.
"""

from __future__ import annotations

import argparse
import math
import sys
from dataclasses import dataclass
from pathlib import Path

from helpers.core.manifest import Chapter, course
from helpers.exercises.bank import Bank, default_bank
from kit import NOTEBOOK_DIR, ROOT, write_or_check
from kit import structure as st

GUIDE_PATH = Path("facilitator") / "panduan-fasilitator.md"
ANSWER_KEY = "kunci-jawaban.md"
SESSION_BLOCK = 90  # minutes of learning before a suggested break (2 JP)
BREAK_MINUTES = 15
JP_MINUTES = 45


@dataclass(frozen=True)
class Rates:
    """Minutes per unit of content, used for the suggested times."""

    words_per_minute: int = 100  # read, explain and answer questions about the text
    code_cell: float = 1  # run a cell and look at its table or text
    chart: float = 2  # read a chart together
    widget: float = 5  # move a control, look, ask
    exercise: float = 3  # a checked exercise
    reflection: float = 8  # a written reflection and its discussion
    discussion: float = 8  # a "Diskusi" prompt in the room
    facilitator_prompt: float = 4  # an "Untuk fasilitator" activity


RATES = Rates()


def section_minutes(section: st.Section, bank: Bank, rates: Rates = RATES) -> int:
    """Suggested minutes for one section (at least one), rounded up."""
    kinds = [bank.get(i).jenis for i in section.exercises]
    prompts = section.prompts
    minutes = (
        section.words / rates.words_per_minute
        + rates.code_cell * section.count(st.CODE)
        + rates.chart * section.count(st.CHART)
        + rates.widget * section.count(st.WIDGET)
        + rates.exercise * sum(k != "refleksi" for k in kinds)
        + rates.reflection * sum(k == "refleksi" for k in kinds)
        + rates.discussion * sum(p.kind == "Diskusi" for p in prompts)
        + rates.facilitator_prompt * sum(p.kind == "Untuk fasilitator" for p in prompts)
    )
    return max(1, math.ceil(minutes))


def _content(section: st.Section, bank: Bank) -> str:
    parts = [f"{section.words} kata"]
    labels = [(st.CHART, "grafik"), (st.WIDGET, "kendali interaktif"), (st.CODE, "sel tabel/kode")]
    parts += [f"{section.count(role)} {name}" for role, name in labels if section.count(role)]
    if section.exercises:
        parts.append(f"{len(section.exercises)} latihan")
    prompts = section.prompts
    for kind, name in (("Diskusi", "diskusi"), ("Untuk fasilitator", "kegiatan fasilitator")):
        n = sum(p.kind == kind for p in prompts)
        if n:
            parts.append(f"{n} {name}")
    return ", ".join(parts)


@dataclass(frozen=True)
class CourseNotebook:
    """A chapter as the manifest lists it, with the structure read from its notebook."""

    chapter: Chapter
    structure: st.NotebookStructure

    @property
    def stem(self) -> str:
        return self.chapter.stem

    @property
    def title(self) -> str:
        return self.chapter.title

    @property
    def sections(self) -> list[st.Section]:
        return self.structure.sections

    @property
    def link(self) -> str:
        return f"[`{self.stem}`](../notebooks/{self.chapter.filename})"

    @property
    def author_time(self) -> str:
        """The manifest's estimate, e.g. '30 menit + 15 menit diskusi'."""
        extra = self.chapter.discussion_minutes
        return f"{self.chapter.minutes} menit" + (f" + {extra} menit diskusi" if extra else "")


def read_course(folder: Path = NOTEBOOK_DIR) -> list[CourseNotebook]:
    """Every chapter of the manifest with its notebook's structure, in course order."""
    return [CourseNotebook(c, st.read_structure(folder / c.filename)) for c in course().chapters]


def _decimal(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


# --- parts of the guide --------------------------------------------------------------------

HEADER = """# Panduan fasilitator: Whole of Government (Latsar CPNS)

> Berkas ini dibuat otomatis dari peta kursus (`src/helpers/content/course.yaml`), notebook
> (`notebooks/*.ipynb`) dan bank latihan (`src/helpers/content/latihan/*.yaml`) dengan perintah
> `make facilitator`. Jangan menyuntingnya langsung: ubah sumbernya, lalu buat ulang berkas ini.
> Sebuah uji gagal bila berkas ini tertinggal dari sumbernya.

Panduan ini untuk widyaiswara dan fasilitator yang menjalankan kursus secara langsung di kelas.
Isinya:

1. [Indikator hasil belajar dan bahan yang melayaninya](
   #1-indikator-hasil-belajar-dan-bahan-yang-melayaninya)
2. [Rencana sesi (saran)](#2-rencana-sesi-saran)
3. [Menjalankan bagian interaktif](#3-menjalankan-bagian-interaktif)
4. [Kunci jawaban](#4-kunci-jawaban)
5. [Bila Binder lambat atau tidak dapat dibuka](#5-bila-binder-lambat-atau-tidak-dapat-dibuka)
6. [Perintah kit fasilitator](#6-perintah-kit-fasilitator)
"""


def indicator_part(notebooks: list[CourseNotebook], bank: Bank) -> list[str]:
    lines = [
        "## 1. Indikator hasil belajar dan bahan yang melayaninya",
        "",
        "Notebook dipetakan menurut peta kursus (`src/helpers/content/course.yaml`), yang juga",
        "dipakai oleh halaman mulai; latihan menurut kolom `indikator` di bank latihan.",
        "",
    ]
    for number, text in course().indicators.items():
        served = [nb for nb in notebooks if number in nb.chapter.indicators]
        exercises = [ex for ex in bank.exercises() if ex.indikator == number]
        lines += [f"### Indikator {number}: {text}", ""]
        names = ", ".join(nb.link for nb in served) or "belum ada notebook"
        lines += [f"- **Notebook:** {names}"]
        if exercises:
            by_notebook: dict[str, list[str]] = {}
            for ex in exercises:
                by_notebook.setdefault(ex.notebook, []).append(f"`{ex.id}`")
            listed = "; ".join(f"{nb}: {', '.join(ids)}" for nb, ids in by_notebook.items())
            lines += [f"- **Latihan ({len(exercises)}):** {listed}"]
        else:
            lines += ["- **Latihan:** belum ada"]
        lines.append("")
    return lines


def _blocks(minutes: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    blocks: list[list[tuple[str, int]]] = [[]]
    for name, m in minutes:
        if blocks[-1] and sum(x for _, x in blocks[-1]) + m > SESSION_BLOCK:
            blocks.append([])
        blocks[-1].append((name, m))
    return blocks


def plan_part(notebooks: list[CourseNotebook], bank: Bank) -> list[str]:
    r = RATES
    per_notebook = [(nb, [(s, section_minutes(s, bank)) for s in nb.sections]) for nb in notebooks]
    totals = [(nb.stem, sum(m for _, m in secs)) for nb, secs in per_notebook]
    total = sum(m for _, m in totals)
    blocks = _blocks(totals)
    with_breaks = total + BREAK_MINUTES * (len(blocks) - 1)
    lines = [
        "## 2. Rencana sesi (saran)",
        "",
        "Semua waktu di bagian ini adalah **saran**, dihitung dari isi notebook, bukan hasil",
        "pengukuran di kelas. Dasar hitungnya: teks "
        f"{r.words_per_minute} kata per menit (dibaca, dijelaskan, ditanyakan); setiap sel tabel "
        f"atau kode {r.code_cell:g} menit; setiap grafik {r.chart:g} menit; setiap kendali "
        f"interaktif {r.widget:g} menit; setiap latihan {r.exercise:g} menit (refleksi "
        f"{r.reflection:g} menit); setiap pertanyaan *Diskusi* {r.discussion:g} menit; setiap "
        f"kegiatan *Untuk fasilitator* {r.facilitator_prompt:g} menit. Waktu setiap bagian "
        "dibulatkan ke atas. Sesuaikan dengan kelas Anda. Kolom *Perkiraan penulis* adalah",
        "perkiraan waktu di peta kursus, yang juga tertulis di awal setiap notebook.",
        "",
        "| Notebook | Judul | Perkiraan penulis | Saran waktu |",
        "| --- | --- | --- | --- |",
    ]
    for (nb, _), (_, minutes) in zip(per_notebook, totals, strict=True):
        lines.append(f"| {nb.link} | {nb.title} | {nb.author_time} | {minutes} menit |")
    lines += [
        f"| **Jumlah** | | | **{total} menit** |",
        "",
        f"**Total saran: {total} menit waktu belajar** "
        f"(sekitar {_decimal(total / JP_MINUTES)} JP bila 1 JP = {JP_MINUTES} menit). "
        f"Dengan jeda {BREAK_MINUTES} menit di antara blok, satu sesi utuh memakan sekitar "
        f"**{with_breaks} menit**.",
        "",
        f"**Pembagian blok (saran).** Notebook dikelompokkan berurutan, paling lama "
        f"{SESSION_BLOCK} menit per blok:",
        "",
    ]
    for i, block in enumerate(blocks, start=1):
        names = ", ".join(f"`{name}` ({m} menit)" for name, m in block)
        lines.append(f"{i}. Blok {i}, {sum(m for _, m in block)} menit: {names}")
    lines.append("")
    for nb, sections in per_notebook:
        subtotal = sum(m for _, m in sections)
        lines += [
            f"### {nb.title} ({nb.link}): saran {subtotal} menit",
            "",
            "| Bagian | Isi | Saran waktu |",
            "| --- | --- | --- |",
        ]
        for section, minutes in sections:
            lines.append(f"| {section.title} | {_content(section, bank)} | {minutes} menit |")
        lines.append("")
    return lines


def live_part(notebooks: list[CourseNotebook], bank: Bank) -> list[str]:
    lines = [
        "## 3. Menjalankan bagian interaktif",
        "",
        "Per notebook dan per bagian: sel kendali yang digerakkan di depan kelas, latihan, dan",
        "semua pertanyaan *Untuk fasilitator* dan *Diskusi* yang tertulis di notebook (dikutip",
        "apa adanya). Di salindia (`make slides`), kotak *Untuk fasilitator* menjadi catatan",
        "pembicara: tekan **S** untuk membukanya.",
        "",
    ]
    for nb in notebooks:
        entries: list[str] = []
        for section in nb.sections:
            items = [
                f"- Kendali: `{call}` (jalankan sel, lalu gerakkan kendalinya)"
                for call in section.widget_calls
            ]
            if section.exercises:
                ids = ", ".join(f"`{i}`" for i in section.exercises)
                items.append(f"- Latihan: {ids} (kunci di [{ANSWER_KEY}]({ANSWER_KEY}))")
            items += [f"- **{p.kind}:** {p.text}" for p in section.prompts]
            if items:
                entries += [f"**{section.title}**", "", *items, ""]
        lines += [f"### {nb.title} ({nb.link})", ""]
        lines += entries or ["Tidak ada bagian interaktif di notebook ini.", ""]
    return lines


def answer_key_part(bank: Bank) -> list[str]:
    lines = [
        "## 4. Kunci jawaban",
        "",
        f"Kunci jawaban lengkap ada di [{ANSWER_KEY}]({ANSWER_KEY}), dibuat dari bank latihan",
        "dengan `make answer-key`: jawaban, penjelasan, jawaban keliru yang umum dan sebabnya,",
        "petunjuk berjenjang, dan pertanyaan diskusi untuk setiap refleksi. Peserta baru dapat",
        "membuka solusi di notebook setelah mencoba menjawab minimal satu kali.",
        "",
        "| Notebook | Jumlah latihan | Refleksi |",
        "| --- | --- | --- |",
    ]
    for chapter in bank.notebooks.values():
        reflections = sum(ex.jenis == "refleksi" for ex in chapter.exercises)
        lines.append(f"| `{chapter.notebook}` | {len(chapter.exercises)} | {reflections} |")
    return [*lines, ""]


OFFLINE_PART = """## 5. Bila Binder lambat atau tidak dapat dibuka

Binder gratis dan tidak memerlukan pemasangan, tetapi dapat lambat saat dibuka pertama kali,
penuh saat banyak peserta membukanya bersamaan, atau tidak terjangkau bila internet di kelas
lemah. Siapkan cadangan sebelum hari pelatihan:

1. **Buka tautan Binder sekali sebelum kelas dimulai**, agar Binder sempat menyiapkan
   lingkungannya. Bila tetap lambat, jangan menunggu: lanjutkan dengan cadangan di bawah.
2. **Salindia tanpa internet.** Jalankan `make slides` di laptop fasilitator. Folder `slides/`
   berisi satu salindia per notebook, lengkap dengan grafiknya, reveal.js, dan plotly.js. Buka
   `slides/index.html` di peramban; tidak ada bagian yang memerlukan internet. Tombol panah
   berpindah salindia, **S** membuka catatan pembicara, **Esc** menampilkan ikhtisar.
3. **Handout untuk peserta.** Jalankan `make handouts`. Folder `handouts/` berisi satu berkas
   HTML per notebook yang sudah dijalankan, dengan grafik yang tetap interaktif (perbesar,
   arahkan kursor) tanpa internet, dan satu salinan `plotly.min.js` di sampingnya. Bagikan
   **seluruh folder** (lewat flashdisk, folder bersama, atau jaringan lokal); satu berkas HTML
   saja tanpa `plotly.min.js` tidak dapat menampilkan grafik. Kendali interaktif (tombol,
   penggeser, latihan) tampil dalam keadaan awalnya, karena tidak ada Python yang menjalankannya.
4. **Pemasangan lokal.** Di komputer dengan Python 3.11 atau lebih baru dan `make`, jalankan
   `make lab`: lingkungan dipasang sekali (perlu internet untuk mengunduh paket), lalu JupyterLab
   terbuka di `notebooks/00_mulai.ipynb`. Sesudah terpasang, kursus berjalan tanpa internet.
   Dengan conda: `conda env create -f environment.yml`, lalu `jupyter lab`.
5. **Satu kelas sekaligus.** Untuk kelas besar, institusi dapat menjalankan server sendiri; lihat
   bagian *Untuk institusi: satu kelas sekaligus* di `README.md`.

Ingatkan peserta bahwa sesi Binder berakhir sendiri bila dibiarkan tidak aktif: unduh notebook
(*File → Download*) dan ringkasan kemajuan sebelum menutup peramban.
"""

COMMANDS_PART = """## 6. Perintah kit fasilitator

| Perintah | Hasil |
| --- | --- |
| `make facilitator` | panduan ini (`facilitator/panduan-fasilitator.md`) dan kunci jawaban |
| `make answer-key` | hanya kunci jawaban (`facilitator/kunci-jawaban.md`) |
| `make slides` | salindia reveal.js per notebook di `slides/` (tanpa internet) |
| `make handouts` | handout HTML per notebook di `handouts/` (tanpa internet) |

`make slides` dan `make handouts` menjalankan setiap notebook dari awal (sekitar satu menit per
notebook). Yang memerlukan internet hanya pemasangan pertama: paket Python, dan sekali saja
reveal.js dari registri npm (disimpan di `.cache/kit/`). Sesudah itu semuanya bekerja tanpa
internet.
"""


def build_guide(notebooks: list[CourseNotebook] | None = None, bank: Bank | None = None) -> str:
    """The whole guide as Markdown (by default: every notebook of the manifest)."""
    bank = bank or default_bank()
    structures = notebooks or read_course()
    lines = [HEADER]
    lines += indicator_part(structures, bank)
    lines += plan_part(structures, bank)
    lines += live_part(structures, bank)
    lines += answer_key_part(bank)
    lines += [OFFLINE_PART, COMMANDS_PART]
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Buat panduan fasilitator dari notebook.")
    parser.add_argument("--periksa", action="store_true", help="hanya periksa kemutakhiran")
    args = parser.parse_args(argv)
    return write_or_check(ROOT / GUIDE_PATH, build_guide(), "make facilitator", args.periksa)


if __name__ == "__main__":
    sys.exit(main())
