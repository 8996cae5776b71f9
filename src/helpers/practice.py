"""Pure content and arithmetic for Bab III.B-D: ways of practising WoG, challenges, service kinds,
service patterns, the span-of-control arithmetic, and the MPP / OSS figures.

Nothing here shows, prints or touches widgets. Trainee-facing strings are in Bahasa Indonesia and
paraphrase the course text (Ramadhan 2019, Bab III.B-D); the only numbers are the press-reported
figures stored in data/mpp_counts.csv and data/oss_nib.csv (see data/README.md).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import pandas as pd

from helpers.data import (
    Column,
    DataError,
    check_unique,
    data_dir,
    ensure,
    parse_count,
    parse_text,
    read_rows,
)

# --- span of control: arithmetic, not data ---------------------------------------------------

N_MIN, N_MAX = 2, 20  # the simulator's slider range: a UI choice, not a figure from any source


def _agencies(n: object) -> int:
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"Jumlah lembaga harus bilangan bulat paling sedikit 1, bukan {n!r}.")
    return n


def pairwise_channels(n: int) -> int:
    """Channels when each of ``n`` agencies coordinates directly with every other: n(n-1)/2.

    Example:
        >>> pairwise_channels(5)
        10
    """
    n = _agencies(n)
    return n * (n - 1) // 2


def hub_channels(n: int) -> int:
    """Channels when one of the ``n`` agencies coordinates and the others link only to it: n-1.

    Example:
        >>> hub_channels(5)
        4
    """
    return _agencies(n) - 1


def pairwise_edges(n: int) -> list[tuple[int, int]]:
    """Every pair of agencies (0-based), one edge per direct coordination channel.

    Example:
        >>> pairwise_edges(3)
        [(0, 1), (0, 2), (1, 2)]
    """
    return list(combinations(range(_agencies(n)), 2))


def hub_edges(n: int) -> list[tuple[int, int]]:
    """Agency 0 is the coordinating body; every other agency has one edge to it.

    Example:
        >>> hub_edges(4)
        [(0, 1), (0, 2), (0, 3)]
    """
    return [(0, i) for i in range(1, _agencies(n))]


def circle_layout(n: int, radius: float = 1.0) -> list[tuple[float, float]]:
    """``n`` points evenly spaced on a circle, the first at the top, going clockwise.

    Example:
        >>> [(round(x, 3), round(y, 3)) for x, y in circle_layout(4)]
        [(0.0, 1.0), (1.0, 0.0), (0.0, -1.0), (-1.0, -0.0)]
    """
    n = _agencies(n)
    return [
        (
            radius * math.sin(2 * math.pi * i / n),
            radius * math.cos(2 * math.pi * i / n),
        )
        for i in range(n)
    ]


def hub_layout(n: int, radius: float = 1.0) -> list[tuple[float, float]]:
    """The coordinating body (index 0) at the centre, the other ``n-1`` agencies on a circle.

    Example:
        >>> [(round(x, 3), round(y, 3)) for x, y in hub_layout(3)]
        [(0.0, 0.0), (0.0, 1.0), (0.0, -1.0)]
    """
    n = _agencies(n)
    return [(0.0, 0.0), *(circle_layout(n - 1, radius) if n > 1 else [])]


def channel_table(n_min: int = N_MIN, n_max: int = N_MAX) -> pd.DataFrame:
    """Both channel counts for every number of agencies from ``n_min`` to ``n_max``.

    Columns: jumlah_lembaga, saluran_langsung, saluran_lewat_koordinator, selisih. All of them
    are arithmetic from the formulas, not observations.

    Example:
        >>> channel_table(2, 4)["saluran_langsung"].tolist()
        [1, 3, 6]
    """
    if _agencies(n_min) > _agencies(n_max):
        raise ValueError("Batas bawah jumlah lembaga lebih besar dari batas atas.")
    ns = list(range(n_min, n_max + 1))
    table = pd.DataFrame(
        {
            "jumlah_lembaga": ns,
            "saluran_langsung": [pairwise_channels(n) for n in ns],
            "saluran_lewat_koordinator": [hub_channels(n) for n in ns],
        }
    )
    return table.assign(selisih=table["saluran_langsung"] - table["saluran_lewat_koordinator"])


# --- Bab III.B: three ways of practising WoG ---------------------------------------------------


@dataclass(frozen=True)
class Way:
    key: str
    nama: str
    inti: str
    permanen: str
    struktur: str
    rentang_kendali: str


WAYS: tuple[Way, ...] = (
    Way(
        "koordinasi",
        "Penguatan koordinasi antarlembaga",
        "Lembaga-lembaga yang ada mempererat koordinasi agar visi dan orientasinya menyatu "
        "menuju pelayanan publik yang terintegrasi.",
        "Tidak membentuk lembaga baru",
        "Di dalam struktur yang sudah ada",
        "Hanya berhasil bila jumlah lembaga yang dikoordinasikan masih terjangkau dan dapat "
        "dikelola; salah satu jalan keluarnya mengurangi jumlah lembaga sampai mendekati "
        "jumlah yang ideal.",
    ),
    Way(
        "lembaga_khusus",
        "Membentuk lembaga koordinasi khusus",
        "Dibentuk lembaga tersendiri yang tugasnya mengoordinasikan sektor atau kementerian.",
        "Permanen",
        "Lembaga terpisah, biasanya setingkat lebih tinggi atau setidaknya setara dengan "
        "lembaga yang dikoordinasikan",
        "Lembaga lain cukup berhubungan dengan satu simpul koordinasi, bukan dengan semua "
        "lembaga satu per satu.",
    ),
    Way(
        "gugus_tugas",
        "Membentuk gugus tugas",
        "Wadah koordinasi di luar struktur formal; orang-orang yang terlibat dilepas sementara "
        "dari tugas rutinnya agar dapat berkonsentrasi pada koordinasi.",
        "Sementara (tidak permanen)",
        "Di luar struktur formal",
        "Gugus tugas menjadi simpul koordinasi selama masa tugasnya.",
    ),
)


# --- Bab III.C: three challenges ---------------------------------------------------------------


@dataclass(frozen=True)
class Challenge:
    key: str
    nama: str
    uraian: str
    kapan_terasa: str


CHALLENGES: tuple[Challenge, ...] = (
    Challenge(
        "kapasitas",
        "Kapasitas SDM dan institusi",
        "Kemampuan pegawai dan lembaga yang terlibat dalam WoG tidak sama.",
        "Sangat terasa ketika WoG mendorong merger atau akuisisi lembaga, sehingga pegawai "
        "dengan kualifikasi berbeda harus digabungkan.",
    ),
    Challenge(
        "nilai_budaya",
        "Nilai dan budaya organisasi",
        "Setiap lembaga membawa nilai dan kebiasaan kerjanya sendiri.",
        "Menjadi kendala ketika kerja sama bergerak dari kolaborasi sampai penyatuan lembaga.",
    ),
    Challenge(
        "kepemimpinan",
        "Kepemimpinan",
        "Kunci penting pelaksanaan WoG.",
        "Dibutuhkan pemimpin yang mampu mengakomodasi perubahan nilai dan budaya organisasi "
        "serta meramu SDM yang tersedia untuk mencapai tujuan bersama.",
    ),
)


# --- Bab III.D: kinds of public service and service patterns ------------------------------------


@dataclass(frozen=True)
class ServiceKind:
    key: str
    nama: str
    uraian: str
    contoh: tuple[str, ...]
    praktik_wog: str


SERVICE_KINDS: tuple[ServiceKind, ...] = (
    ServiceKind(
        "administratif",
        "Pelayanan administratif",
        "Menghasilkan dokumen resmi yang dibutuhkan warga.",
        (
            "KTP",
            "status kewarganegaraan",
            "status usaha",
            "surat kepemilikan atau penguasaan barang",
            "SIUP",
            "izin trayek",
            "izin usaha",
            "akta",
            "sertifikat tanah",
        ),
        "Penyatuan penyelenggaraan izin, seperti PTSP atau kantor SAMSAT.",
    ),
    ServiceKind(
        "jasa",
        "Pelayanan jasa",
        "Menghasilkan berbagai bentuk jasa yang dibutuhkan warga.",
        ("pendidikan", "kesehatan", "ketenagakerjaan", "perhubungan"),
        "",
    ),
    ServiceKind(
        "barang",
        "Pelayanan barang",
        "Menghasilkan barang yang dibutuhkan warga.",
        ("jalan", "perumahan", "jaringan telepon", "listrik", "air bersih"),
        "",
    ),
)


@dataclass(frozen=True)
class Pattern:
    key: str
    nama: str
    siapa_melayani: str
    kewenangan: str
    bagi_warga: str
    catatan_wog: str


PATTERNS: tuple[Pattern, ...] = (
    Pattern(
        "teknis_fungsional",
        "Teknis fungsional",
        "Satu instansi, sesuai bidang tugas, fungsi, dan kewenangannya",
        "Milik instansi itu sendiri",
        "Layanan sektoral: bisa hanya menyangkut sektor itu, bisa juga menyangkut sektor lain",
        "WoG mungkin bila layanannya berkarakter sama atau saling terkait dengan sektor lain",
    ),
    Pattern(
        "satu_atap",
        "Satu atap",
        "Beberapa instansi melayani secara terpadu di satu tempat",
        "Tiap instansi tetap memakai kewenangannya masing-masing",
        "Lebih mudah mengurus izin, tetapi rantai birokrasinya belum berkurang",
        "Penyatuan tempat; kewenangan belum disatukan",
    ),
    Pattern(
        "satu_pintu",
        "Satu pintu",
        "Satu unit kerja melayani secara tunggal",
        "Berdasarkan pelimpahan wewenang dari unit kerja lain yang terkait",
        "Cukup berurusan dengan satu unit",
        "Kewenangan ikut disatukan melalui pelimpahan",
    ),
    Pattern(
        "terpusat",
        "Terpusat",
        "Satu instansi bertindak sebagai koordinator pelayanan instansi lain di bidang itu",
        "Kewenangan koordinasi diberikan kepada instansi koordinator",
        "Mirip satu atap atau satu pintu",
        "Bedanya dengan satu atap dan satu pintu: seberapa besar kewenangan koordinasi yang "
        "diberikan kepada koordinator",
    ),
    Pattern(
        "elektronik",
        "Elektronik",
        "Sistem berbasis teknologi informasi dan komunikasi",
        "Pemberian layanan diotomasi, secara elektronik atau daring (online)",
        "Dapat menyesuaikan diri dengan keinginan dan kemampuan pengguna",
        "Pola yang paling maju",
    ),
)

PATTERN_TABLE_COLUMNS = {
    "nama": "Pola",
    "siapa_melayani": "Siapa yang melayani",
    "kewenangan": "Kewenangan",
    "bagi_warga": "Bagi warga",
    "catatan_wog": "Catatan WoG",
}


def patterns_table() -> pd.DataFrame:
    """The five service patterns side by side, one row each, in the course's order.

    Example:
        >>> patterns_table().index.tolist()[:2]
        ['Teknis fungsional', 'Satu atap']
    """
    rows = [
        {label: getattr(p, attr) for attr, label in PATTERN_TABLE_COLUMNS.items()} for p in PATTERNS
    ]
    return pd.DataFrame(rows).set_index("Pola")


def ways_table() -> pd.DataFrame:
    """The three ways of practising WoG side by side, one row each.

    Example:
        >>> ways_table().index.tolist()[-1]
        'Membentuk gugus tugas'
    """
    columns = {
        "nama": "Cara",
        "inti": "Intinya",
        "permanen": "Sifat",
        "struktur": "Letak dalam struktur",
        "rentang_kendali": "Kaitan dengan rentang kendali",
    }
    rows = [{label: getattr(w, attr) for attr, label in columns.items()} for w in WAYS]
    return pd.DataFrame(rows).set_index("Cara")


def service_kinds_table() -> pd.DataFrame:
    """The three kinds of public service with the course's examples.

    Example:
        >>> service_kinds_table().index.tolist()
        ['Pelayanan administratif', 'Pelayanan jasa', 'Pelayanan barang']
    """
    rows = [
        {
            "Jenis": k.nama,
            "Menghasilkan": k.uraian,
            "Contoh dalam bahan ajar": ", ".join(k.contoh),
        }
        for k in SERVICE_KINDS
    ]
    return pd.DataFrame(rows).set_index("Jenis")


def styled_table(table: pd.DataFrame):
    """A pandas Styler that shows every cell in full, wrapped and left-aligned (for notebooks).

    Example:
        >>> "white-space: normal" in styled_table(ways_table()).to_html()
        True
    """
    cells = {"text-align": "left", "white-space": "normal", "vertical-align": "top"}
    return table.style.set_properties(**cells).set_table_styles(
        [{"selector": "th", "props": [("text-align", "left"), ("vertical-align", "top")]}]
    )


def challenges_table() -> pd.DataFrame:
    """The three challenges of Bab III.C, one row each.

    Example:
        >>> challenges_table().index.tolist()[-1]
        'Kepemimpinan'
    """
    rows = [
        {"Tantangan": c.nama, "Intinya": c.uraian, "Kapan paling terasa": c.kapan_terasa}
        for c in CHALLENGES
    ]
    return pd.DataFrame(rows).set_index("Tantangan")


# --- Indonesian practice (figures only from figures-and-sources.md) ------------------------------


@dataclass(frozen=True)
class Practice:
    nama: str
    layanan: str
    yang_terlibat: str
    tonggak: str
    pola_terdekat: str
    sumber: str


PRACTICES: tuple[Practice, ...] = (
    Practice(
        "SAMSAT (Sistem Administrasi Manunggal Satu Atap)",
        "Registrasi kendaraan bermotor dan pembayaran pajaknya",
        "Polri (registrasi kendaraan, STNK); kantor pendapatan daerah (PKB dan BBN-KB); "
        "Jasa Raharja (SWDKLLJ)",
        "Uji coba di DKI Jakarta sejak 1972; dasar nasional: SKB Menteri Pertahanan dan "
        "Keamanan, Menteri Keuangan, dan Menteri Dalam Negeri, 28 Desember 1976",
        "Satu atap: tiga instansi di satu tempat, masing-masing dengan kewenangannya",
        "Halaman sejarah Korlantas Polri (rsrd.korlantas-polri.id)",
    ),
    Practice(
        "PTSP (Pelayanan Terpadu Satu Pintu)",
        "Perizinan dan nonperizinan melalui satu pintu",
        "Unit PTSP yang menerima pelimpahan wewenang dari instansi terkait",
        "Perpres 97/2014; Permendagri 138/2017",
        "Satu pintu: satu unit melayani atas dasar pelimpahan wewenang",
        "Perpres 97/2014; Permendagri 138/2017",
    ),
    Practice(
        "Mal Pelayanan Publik (MPP)",
        "Layanan berbagai instansi di satu gedung",
        "Instansi-instansi yang membuka layanan di mal",
        "3 MPP pada 2017 (Jakarta, Surabaya, Banyuwangi); 305 MPP pada Desember 2025",
        "Satu atap: banyak layanan dikumpulkan di satu tempat",
        "KemenPANRB, diberitakan media (rincian di data/mpp_counts.csv)",
    ),
    Practice(
        "OSS (Online Single Submission)",
        "Perizinan berusaha secara daring; menerbitkan Nomor Induk Berusaha (NIB)",
        "Pelaku usaha dan instansi pemberi izin, melalui satu sistem daring",
        "704.417 NIB terbit pada 2019; 4.061.883 NIB pada 2023",
        "Elektronik: layanan daring yang diotomasi",
        "Menteri Investasi, diberitakan Kabarsiger, 27 Januari 2024",
    ),
)


def practices_table() -> pd.DataFrame:
    """SAMSAT, PTSP, MPP and OSS side by side; 'pola terdekat' is the course's reading, for
    discussion, not an official classification.

    Example:
        >>> practices_table().index.tolist()[-1]
        'OSS (Online Single Submission)'
    """
    columns = {
        "nama": "Praktik",
        "layanan": "Layanan",
        "yang_terlibat": "Yang terlibat",
        "tonggak": "Tonggak dan angka (laporan)",
        "pola_terdekat": "Pola terdekat (untuk didiskusikan)",
        "sumber": "Sumber",
    }
    rows = [{label: getattr(p, attr) for attr, label in columns.items()} for p in PRACTICES]
    return pd.DataFrame(rows).set_index("Praktik")


# --- classification cases for the activities -----------------------------------------------------


@dataclass(frozen=True)
class Case:
    """A short situation and the option (by key) it illustrates, with why."""

    teks: str
    jawaban: str
    alasan: str


CHALLENGE_CASES: tuple[Case, ...] = (
    Case(
        "Dua dinas digabung menjadi satu. Sebagian pegawai terbiasa mengolah data perizinan "
        "secara digital, sebagian lain belum pernah memakainya.",
        "kapasitas",
        "Penggabungan lembaga mempertemukan pegawai dengan kualifikasi yang berbeda: ini "
        "tantangan kapasitas SDM dan institusi.",
    ),
    Case(
        "Setelah dua kantor disatukan, pegawai kantor A biasa memutuskan cepat di lapangan, "
        "sedangkan pegawai kantor B selalu menunggu disposisi tertulis. Keduanya merasa cara "
        "kerjanya yang benar.",
        "nilai_budaya",
        "Yang berbenturan adalah kebiasaan dan nilai kerja masing-masing lembaga: tantangan "
        "nilai dan budaya organisasi.",
    ),
    Case(
        "Sebuah gugus tugas lintas instansi sudah terbentuk, tetapi tidak ada yang mampu "
        "menyatukan cara kerja yang berbeda dan membagi peran anggota dari tiap instansi.",
        "kepemimpinan",
        "Dibutuhkan pemimpin yang mengakomodasi perubahan nilai dan budaya serta meramu SDM "
        "yang ada: tantangan kepemimpinan.",
    ),
    Case(
        "Satu lembaga dalam kerja sama belum punya pegawai yang paham prosedur bidang yang "
        "dikoordinasikan, sehingga pekerjaannya selalu menunggu lembaga lain.",
        "kapasitas",
        "Kemampuan lembaga dan pegawai yang terlibat tidak setara: tantangan kapasitas SDM "
        "dan institusi.",
    ),
)

PATTERN_CASES: tuple[Case, ...] = (
    Case(
        "Dinas kesehatan melayani permohonan sesuai tugas, fungsi, dan kewenangannya "
        "sendiri; pemohon datang langsung ke dinas itu.",
        "teknis_fungsional",
        "Satu instansi melayani menurut bidangnya sendiri: pola teknis fungsional.",
    ),
    Case(
        "Loket beberapa instansi berada di satu gedung. Pemohon tidak perlu berpindah kantor, "
        "tetapi tiap loket tetap memproses berkas menurut kewenangan instansinya sendiri.",
        "satu_atap",
        "Tempatnya disatukan, kewenangannya tidak: pola satu atap. Rantai birokrasinya belum "
        "berkurang.",
    ),
    Case(
        "Satu unit menerbitkan izin yang sebelumnya diterbitkan beberapa instansi, karena "
        "instansi-instansi itu telah melimpahkan wewenangnya kepada unit tersebut.",
        "satu_pintu",
        "Layanan diberikan secara tunggal atas dasar pelimpahan wewenang: pola satu pintu.",
    ),
    Case(
        "Satu instansi ditunjuk mengoordinasikan pelayanan instansi-instansi lain di bidang "
        "yang sama; seberapa jauh ia dapat mengatur bergantung pada kewenangan koordinasi "
        "yang diberikan kepadanya.",
        "terpusat",
        "Ada instansi koordinator bagi layanan instansi lain: pola terpusat.",
    ),
    Case(
        "Pemohon mengisi formulir dan mengunggah berkas lewat situs, lalu menerima dokumen "
        "secara daring tanpa datang ke kantor.",
        "elektronik",
        "Layanan diotomasi dengan teknologi informasi dan komunikasi: pola elektronik.",
    ),
)

SERVICE_KIND_CASES: tuple[Case, ...] = (
    Case("Mengurus akta", "administratif", "Hasilnya dokumen resmi: layanan administratif."),
    Case("Izin trayek angkutan", "administratif", "Hasilnya izin resmi: layanan administratif."),
    Case("Layanan kesehatan", "jasa", "Hasilnya jasa yang dibutuhkan warga: layanan jasa."),
    Case("Pendidikan", "jasa", "Hasilnya jasa yang dibutuhkan warga: layanan jasa."),
    Case(
        "Penyediaan air bersih", "barang", "Hasilnya barang yang dibutuhkan warga: layanan barang."
    ),
    Case("Pembangunan jalan", "barang", "Hasilnya barang yang dibutuhkan warga: layanan barang."),
)


def options(items: tuple) -> list[tuple[str, str]]:
    """(label, key) pairs for a widget, from WAYS, CHALLENGES, SERVICE_KINDS or PATTERNS.

    Example:
        >>> options(SERVICE_KINDS)[0]
        ('Pelayanan administratif', 'administratif')
    """
    return [(item.nama, item.key) for item in items]


def judge_case(
    case: Case, choice: str | None, items: tuple, hint: str = "Baca lagi uraiannya."
) -> tuple[bool | None, str]:
    """Whether ``choice`` (a key) fits ``case``, and what to tell the trainee (Indonesian).

    Returns (None, message) when nothing was chosen.

    Example:
        >>> judge_case(PATTERN_CASES[4], "elektronik", PATTERNS)[0]
        True
    """
    names = {item.key: item.nama for item in items}
    if choice is None or choice == "":
        return None, "Pilih salah satu jawaban dulu."
    if choice not in names:
        raise ValueError(f"Unknown choice {choice!r}; expected one of {sorted(names)}.")
    if choice == case.jawaban:
        return True, f"Tepat. {case.alasan}"
    return False, f"Belum tepat: ini bukan contoh '{names[choice]}'. {hint} Lalu coba lagi."


# --- Indonesian practice: MPP counts and OSS business ID numbers (press-reported) ----------------

PRESS_NOTE = (
    "Angka ini berasal dari pemberitaan media atas pernyataan resmi pemerintah, bukan dari "
    "dataset instansi itu sendiri."
)
PERIOD_PATTERN = re.compile(r"(\d{4})(?:-(\d{2}))?")
MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip


def _period(value: str, _decimal: str) -> str:
    match = PERIOD_PATTERN.fullmatch(value)
    if not match or (match.group(2) and not 1 <= int(match.group(2)) <= 12):
        raise ValueError
    return value


def period_label(period: str) -> str:
    """'2023-09' -> 'Sep 2023'; '2017' -> '2017'.

    Example:
        >>> period_label("2024-12")
        'Des 2024'
    """
    match = PERIOD_PATTERN.fullmatch(period)
    if not match:
        raise ValueError(f"Periode tidak dikenal: {period!r} (gunakan TTTT atau TTTT-BB).")
    year, month = match.groups()
    if month is None:
        return year
    short = {"Agustus": "Agu", "Desember": "Des", "Mei": "Mei"}
    name = MONTHS[int(month) - 1]
    return f"{short.get(name, name[:3])} {year}"


MPP_COLUMNS = [
    Column("periode", _period, "periode laporan: tahun (TTTT) atau tahun-bulan (TTTT-BB)"),
    Column("jumlah", parse_count, "jumlah MPP (bilangan bulat, tidak negatif)"),
    Column("sumber", parse_text, "sumber angka (siapa menyatakan, media, tanggal)"),
    Column("catatan", parse_text, "catatan, atau tanda '-' bila tidak ada"),
]

OSS_COLUMNS = [
    Column("tahun", parse_count, "tahun (bilangan bulat, mis. 2019)"),
    Column("nib_terbit", parse_count, "jumlah NIB yang terbit (bilangan bulat, tidak negatif)"),
    Column("sumber", parse_text, "sumber angka (siapa menyatakan, media, tanggal)"),
    Column("catatan", parse_text, "catatan, atau tanda '-' bila tidak ada"),
]


def _sort_key(period: str) -> tuple[int, int]:
    year, month = PERIOD_PATTERN.fullmatch(period).groups()
    return int(year), int(month or 0)


def read_mpp_counts(path: str | Path | None = None) -> pd.DataFrame:
    """Read the Mal Pelayanan Publik counts (data/mpp_counts.csv, or a file of the same shape).

    Rows come back in time order with an extra column ``label`` (e.g. 'Sep 2023').

    Example:
        >>> read_mpp_counts()["jumlah"].tolist()
        [3, 152, 191, 272, 305]
    """
    path = Path(path) if path is not None else data_dir() / "mpp_counts.csv"
    rows, lines = read_rows(path, MPP_COLUMNS)
    name = str(path)
    for row, line in zip(rows, lines, strict=True):
        ensure(row["jumlah"] >= 0, name, line, "jumlah", "jumlah MPP tidak mungkin negatif.")
        year = _sort_key(row["periode"])[0]
        ensure(2000 <= year <= 2030, name, line, "periode", f"tahun {year} di luar 2000–2030.")
    check_unique(rows, lines, ("periode",), name)
    frame = pd.DataFrame(rows, columns=[c.name for c in MPP_COLUMNS])
    frame = frame.iloc[sorted(range(len(frame)), key=lambda i: _sort_key(frame["periode"][i]))]
    return frame.reset_index(drop=True).assign(label=lambda f: f["periode"].map(period_label))


def read_oss_nib(path: str | Path | None = None) -> pd.DataFrame:
    """Read the OSS business ID numbers issued (data/oss_nib.csv, or a file of the same shape).

    Example:
        >>> read_oss_nib()["nib_terbit"].tolist()
        [704417, 4061883]
    """
    path = Path(path) if path is not None else data_dir() / "oss_nib.csv"
    rows, lines = read_rows(path, OSS_COLUMNS)
    name = str(path)
    for row, line in zip(rows, lines, strict=True):
        ensure(
            row["nib_terbit"] >= 0, name, line, "nib_terbit", "jumlah NIB tidak mungkin negatif."
        )
        ensure(
            2000 <= row["tahun"] <= 2030,
            name,
            line,
            "tahun",
            f"tahun {row['tahun']} di luar 2000–2030.",
        )
    check_unique(rows, lines, ("tahun",), name)
    frame = pd.DataFrame(rows, columns=[c.name for c in OSS_COLUMNS])
    return frame.sort_values("tahun").reset_index(drop=True)


def mpp_table(mpp: pd.DataFrame) -> pd.DataFrame:
    """The MPP reports with Indonesian headers, one row per report, for showing in a notebook.

    Example:
        >>> mpp_table(read_mpp_counts()).loc["Des 2025", "Jumlah MPP"]
        np.int64(305)
    """
    table = mpp[["label", "jumlah", "sumber", "catatan"]].rename(
        columns={
            "label": "Periode",
            "jumlah": "Jumlah MPP",
            "sumber": "Sumber",
            "catatan": "Catatan",
        }
    )
    return table.set_index("Periode")


def growth_multiple(first: float, last: float) -> float:
    """How many times ``last`` is ``first`` (a derived number, to be labelled 'turunan').

    Example:
        >>> round(growth_multiple(3, 305), 1)
        101.7
    """
    if first <= 0:
        raise ValueError("Nilai awal harus lebih dari nol untuk menghitung kelipatan.")
    return last / first


__all__ = [
    "CHALLENGES",
    "CHALLENGE_CASES",
    "Case",
    "DataError",
    "N_MAX",
    "N_MIN",
    "PATTERNS",
    "PRACTICES",
    "PATTERN_CASES",
    "PRESS_NOTE",
    "SERVICE_KINDS",
    "SERVICE_KIND_CASES",
    "WAYS",
    "challenges_table",
    "channel_table",
    "circle_layout",
    "growth_multiple",
    "hub_channels",
    "hub_edges",
    "hub_layout",
    "judge_case",
    "mpp_table",
    "options",
    "pairwise_channels",
    "pairwise_edges",
    "patterns_table",
    "practices_table",
    "period_label",
    "read_mpp_counts",
    "read_oss_nib",
    "service_kinds_table",
    "styled_table",
    "ways_table",
]
