"""Words and number formats that trainees see, in Bahasa Indonesia, kept in one place."""

from __future__ import annotations

# Okabe-Ito palette: distinguishable with the common colour-vision deficiencies.
PALETTE = {
    "biru": "#0072B2",
    "jingga": "#E69F00",
    "hijau": "#009E73",
    "merah": "#D55E00",
    "ungu": "#CC79A7",
    "biru_muda": "#56B4E9",
    "kuning": "#F0E442",
    "abu": "#7F7F7F",
}

LEVEL_LABELS = {
    "pusat": "Instansi pusat",
    "vertikal": "Instansi vertikal",
    "daerah": "Unit layanan daerah",
    "nasional": "Nasional",
}

SURVEY_TITLES = {
    "ISP": "Survei Integritas Sektor Publik (ISP)",
    "SPI": "Survei Penilaian Integritas (SPI)",
}

MEASURE_LABELS = {
    "jumlah": "Jumlah regulasi",
    "persen": "Persen dari seluruh regulasi (turunan)",
}

DIMENSION_LABELS = {"bentuk": "Menurut bentuk", "sektor": "Menurut sektor"}

# plotly's `separators`: decimal comma, thousands dot, as written in Indonesia.
PLOTLY_SEPARATORS = ",."


def format_number(value: float, decimals: int = 0) -> str:
    """Format a number the Indonesian way: thousands with '.', decimals with ','.

    Example:
        >>> format_number(12471)
        '12.471'
        >>> format_number(6.64, 2)
        '6,64'
    """
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_percent(value: float) -> str:
    """A share in percent with one decimal, e.g. 66,6%.

    Example:
        >>> format_percent(50)
        '50,0%'
    """
    return f"{format_number(value, 1)}%"


def join_list(items: list[str]) -> str:
    """Join items as Indonesian prose: 'a, b, dan c'.

    Example:
        >>> join_list(["a", "b", "c"])
        'a, b, dan c'
    """
    if len(items) <= 2:
        return " dan ".join(items)
    return f"{', '.join(items[:-1])}, dan {items[-1]}"
