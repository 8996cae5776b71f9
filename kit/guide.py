"""The facilitator's guide, generated from the course manifest, the notebooks and the bank.

    python -m kit.guide             # writes facilitator/panduan-fasilitator.md (make facilitator)
    python -m kit.guide --periksa   # exit 1 when the committed guide is stale

The notebooks, their titles, indicators and the authors' times come from the course manifest
(``helpers.core.manifest.course()``); each cell's role from its tag (kit.structure). Each
notebook's time is the manifest's; it is shared among the notebook's sections in proportion to
their content (words, cells, charts, widgets, exercises, prompts, weighed with ``RATES``), and
labelled "saran". The session plans per JP block come from kit.sessions.
"""

from __future__ import annotations

import argparse
import math
import sys
from dataclasses import dataclass
from pathlib import Path

from helpers.core.content import read_content
from helpers.core.manifest import course
from helpers.exercises.bank import Bank, default_bank
from kit import ROOT, live, sessions, write_or_check
from kit import structure as st
from kit.structure import CourseNotebook, read_course

GUIDE_PATH = Path("facilitator") / "panduan-fasilitator.md"
ANSWER_KEY = "kunci-jawaban.md"
RECAP = "rekap-kelas.md"
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
2. [Waktu setiap notebook](#2-waktu-setiap-notebook)
3. [Rencana sesi per blok JP](#3-rencana-sesi-per-blok-jp) (2, 3, dan 4 JP, kursus penuh,
   jawaban diskusi, studi kasus kelompok)
4. [Menjalankan bagian interaktif](#4-menjalankan-bagian-interaktif) (salindia langsung)
5. [Kunci jawaban](#5-kunci-jawaban)
6. [Bila Binder lambat atau tidak dapat dibuka](#6-bila-binder-lambat-atau-tidak-dapat-dibuka)
7. [Perintah kit fasilitator](#7-perintah-kit-fasilitator)
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


def spread(weights: list[int], total: int) -> list[int]:
    """``total`` minutes shared in proportion to ``weights`` (largest remainder, sum kept).

    >>> spread([3, 1], 30), spread([1, 1, 1], 10)
    ([23, 7], [4, 3, 3])
    """
    whole = sum(weights) or 1
    exact = [w * total / whole for w in weights]
    shares = [math.floor(x) for x in exact]
    by_remainder = sorted(range(len(weights)), key=lambda i: shares[i] - exact[i])
    for i in by_remainder[: total - sum(shares)]:
        shares[i] += 1
    return shares


def _basis(notebooks: list[CourseNotebook]) -> list[str]:
    """The manifest's justification of its times, when it gives one (``dasar_menit``)."""
    raw = read_content("course")
    lines = [f"**Dasar perkiraan waktu.** {raw['dasar_menit']}", ""] if "dasar_menit" in raw else []
    chapters = [c for c in raw.get("notebook", []) if "dasar_menit" in c]
    notes = [f"- `{c['stem']}`: {c['dasar_menit']}" for c in chapters]
    return [*lines, *notes, *([""] if notes else [])]


def plan_part(notebooks: list[CourseNotebook], bank: Bank) -> list[str]:
    total = sum(sessions.manifest_minutes(nb) for nb in notebooks)
    lines = [
        "## 2. Waktu setiap notebook",
        "",
        "Waktu setiap notebook adalah perkiraan di peta kursus",
        "(`src/helpers/content/course.yaml`), yang juga tertulis di awal notebook; *menit",
        "diskusi* adalah diskusi kelas sesudahnya.",
        "Pembagian waktu per bagian di bawah adalah **saran**: waktu notebook dibagi menurut isi",
        "setiap bagian (kata, grafik, kendali, latihan, pertanyaan), bukan hasil pengukuran.",
        "",
        *_basis(notebooks),
        "| Notebook | Judul | Waktu di peta kursus |",
        "| --- | --- | --- |",
    ]
    lines += [f"| {nb.link} | {nb.title} | {nb.author_time} |" for nb in notebooks]
    lines += [
        f"| **Jumlah** | | **{total} menit** |",
        "",
        f"**Jumlah: {total} menit** (sekitar {_decimal(total / JP_MINUTES)} JP bila 1 JP = "
        f"{JP_MINUTES} menit). Rencana per blok 2, 3, dan 4 JP ada di bagian 3.",
        "",
    ]
    for nb in notebooks:
        shares = spread([section_minutes(s, bank) for s in nb.sections], nb.chapter.minutes)
        lines += [
            f"### {nb.title} ({nb.link}): {nb.author_time}",
            "",
            "| Bagian | Isi | Saran waktu |",
            "| --- | --- | --- |",
        ]
        for section, minutes in zip(nb.sections, shares, strict=True):
            lines.append(f"| {section.title} | {_content(section, bank)} | {minutes} menit |")
        lines.append("")
    return lines


DECK_PART = """### Salindia langsung (kendali tetap bekerja)

Salindia langsung berjalan di dalam JupyterLab (ekstensi *jupyterlab-slideshow*), sehingga
penggeser, tombol, dan grafik tetap bisa digerakkan di depan kelas, tanpa internet.

1. Buka notebook, lalu tekan tombol **{button}** di bilah alat notebook (atau
   **Alt+Shift+S**): semua sel dijalankan, lalu salindia dimulai dari salindia pertama.
   Tunggu sampai semua sel selesai (beberapa detik sampai sekitar satu menit).
2. **Spasi** atau **↓**: maju ke langkah berikutnya; **Shift+Spasi** atau **↑**: mundur;
   **→** dan **←**: lompat ke bagian (`##`) berikutnya atau sebelumnya. Tombol panah di
   pojok kanan bawah melakukan hal yang sama.
3. Klik kendali (tombol, penggeser) untuk menggerakkannya; penggeser juga bergerak dengan
   tombol panah setelah diklik. Klik teks di luar kendali sebelum menekan Spasi lagi.
4. **Esc**: keluar dari salindia; JupyterLab kembali seperti biasa (menu dan panel).

Bila JupyterLab ditutup saat salindia masih tampil, `make lab` (dan Binder) tetap membuka
JupyterLab dalam mode biasa: `python -m kit.live` mematikan mode salindia yang tersimpan di
pengaturan pengguna sebelum JupyterLab dimulai.

Per notebook dan per bagian: sel kendali yang digerakkan di depan kelas, latihan, dan semua
pertanyaan *Untuk fasilitator* dan *Diskusi* yang tertulis di notebook (dikutip apa adanya). Di
salindia langsung, kotak *Untuk fasilitator* tidak tampil (catatan pembicara); di salindia
statis (`make slides`) tekan **S** untuk membukanya.
"""


def live_part(notebooks: list[CourseNotebook], bank: Bank) -> list[str]:
    lines = [
        "## 4. Menjalankan bagian interaktif",
        "",
        DECK_PART.format(button=live.BUTTON_LABEL),
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
        "## 5. Kunci jawaban",
        "",
        f"Kunci jawaban lengkap ada di [{ANSWER_KEY}]({ANSWER_KEY}), dibuat dari bank latihan",
        "dengan `make answer-key`: jawaban, penjelasan, jawaban keliru yang umum dan sebabnya,",
        "petunjuk berjenjang, dan pertanyaan diskusi untuk setiap refleksi. Peserta baru dapat",
        "membuka solusi di notebook setelah mencoba menjawab minimal satu kali.",
        "",
        "| Notebook | Jumlah latihan | Refleksi |",
        "| --- | --- | --- |",
    ]
    if (ROOT / "facilitator" / RECAP).is_file():
        lines[-3:-3] = [
            f"Cara mengumpulkan berkas peserta, rekap kelas, dan rubrik: [{RECAP}]({RECAP}).",
            "",
        ]
    for chapter in bank.notebooks.values():
        reflections = sum(ex.jenis == "refleksi" for ex in chapter.exercises)
        lines.append(f"| `{chapter.notebook}` | {len(chapter.exercises)} | {reflections} |")
    return [*lines, ""]


OFFLINE_PART = """## 6. Bila Binder lambat atau tidak dapat dibuka

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

COMMANDS_PART = """## 7. Perintah kit fasilitator

| Perintah | Hasil |
| --- | --- |
| `make lab` | JupyterLab dengan tombol *Salindia langsung*, selalu mulai dalam mode biasa |
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
    lines += sessions.sessions_part(structures)
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
