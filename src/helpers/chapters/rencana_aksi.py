"""The capstone (notebook 10): the form "Rencana Aksi WoG" and its one-page export.

The fields, their questions and hints come from ``content/10_rencana_aksi.yaml``; the options of
the choice fields come from the chapters that teach them (the Perry 6 continuum of notebook 03,
the three ways and three challenges of notebook 05, the five service patterns of notebook 06), so
the form never lists a type the course does not. :func:`check_plan` says what is wrong with a
plan, :func:`plan_markdown` and :func:`plan_html` write it as a document the trainee can print
or paste into their aktualisasi plan.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache

import ipywidgets as widgets

from helpers.chapters.kontinum import read_perry6_continuum
from helpers.chapters.pola import patterns
from helpers.chapters.praktik import challenges, ways
from helpers.core.content import Fields, chapter_content
from helpers.core.explorer import WidgetView
from helpers.core.safe_html import MUTED_STYLE, bullet_list, download_link, escape
from helpers.exercises.inputs import named
from helpers.exercises.store import Session, active_session
from helpers.exercises.workfile import now, slug

STEM = "10_rencana_aksi"
MAX_CHARS = 2000  # per field: a page, not an essay
UPDATED = "diperbarui"  # the work file's timestamp key inside "rencana_aksi"


def continuum_options() -> tuple[str, ...]:
    """The nine Perry 6 types in the continuum's order, each with its category.

    Example:
        >>> continuum_options()[0]
        'Penyertaan (Koordinasi)'
    """
    table = read_perry6_continuum()
    return tuple(f"{row.tipe} ({row.kategori})" for row in table.itertuples())


OPTION_SOURCES: dict[str, Callable[[], tuple[str, ...]]] = {
    "kontinum": continuum_options,
    "pola": lambda: tuple(patterns().choices().values()),
    "cara": lambda: tuple(ways().frame().index),
    "tantangan": lambda: tuple(challenges().choices().values()),
}


@dataclass(frozen=True)
class PlanField:
    """One field of the form: its key in the work file, label, question, hint and options."""

    key: str
    label: str
    question: str
    hint: str
    long: bool = False
    options: tuple[str, ...] = ()  # empty: free text

    def problem(self, value: object) -> str | None:
        """What is wrong with ``value`` for this field, in Bahasa Indonesia, or None.

        Example:
            >>> PlanField("pola", "Pola", "?", "", options=("Satu atap",)).problem("Lain")
            'bukan salah satu pilihan; pilih dari daftar.'
        """
        words = messages()
        if not isinstance(value, str):
            return words["bukan_teks"]
        if len(value) > MAX_CHARS:
            return words["terlalu_panjang"].format(batas=MAX_CHARS)
        if self.options and value.strip() and value.strip() not in self.options:
            return words["bukan_pilihan"]
        return None


def _field(raw: Fields) -> PlanField:
    source = raw.raw.get("pilihan_dari")
    if source is not None and source not in OPTION_SOURCES:
        raw.fail(f"'pilihan_dari' harus salah satu dari: {', '.join(OPTION_SOURCES)}.")
    return PlanField(
        key=raw.text("kunci"),
        label=raw.text("label"),
        question=raw.text("pertanyaan"),
        hint=raw.text("petunjuk"),
        long=raw.raw.get("panjang") is True,
        options=OPTION_SOURCES[source]() if source else (),
    )


@cache
def plan_fields() -> tuple[PlanField, ...]:
    """The form's fields, in order.

    Example:
        >>> [f.key for f in plan_fields()][:2], len(plan_fields()[-1].options)
        (['layanan', 'pengguna'], 0)
    """
    fields = tuple(_field(raw) for raw in chapter_content(STEM).records("isian"))
    if len({f.key for f in fields}) != len(fields) or UPDATED in {f.key for f in fields}:
        chapter_content(STEM).fail(f"setiap 'kunci' harus unik dan bukan '{UPDATED}'.")
    return fields


@cache
def messages() -> dict[str, str]:
    """The form's fixed words (buttons, messages), from the content file.

    Example:
        >>> messages()["belum_diisi"]
        '(belum diisi)'
    """
    section = Fields(chapter_content(STEM).get("pesan", dict), f"Berkas isi '{STEM}.yaml', pesan")
    return {str(key): section.text(str(key)) for key in section.raw}


def check_plan(plan: Mapping[str, object]) -> list[str]:
    """One line per problem of a plan (unknown key, not text, too long, not an option).

    Example:
        >>> check_plan({"pola": "Satu atap", "aksi": "Menyusun daftar syarat."})
        []
        >>> check_plan({"pola": "Dua atap", "x": "?"})
        ["Isian 'Pola pelayanan': bukan salah satu pilihan; pilih dari daftar.", "Isian 'x': bukan isian rencana aksi."]
    """  # noqa: E501
    known = {f.key: f for f in plan_fields()}
    lines = []
    for key, value in plan.items():
        if key == UPDATED:
            continue
        field = known.get(key)
        problem = field.problem(value) if field else messages()["kunci_asing"]
        if problem:
            lines.append(f"Isian '{field.label if field else key}': {problem}")
    return lines


def clean_plan(plan: Mapping[str, object]) -> dict[str, str]:
    """The plan's valid fields only, stripped, in the form's order (what is saved and shown).

    Example:
        >>> clean_plan({"aksi": "  Menyusun daftar syarat. ", "pola": "Dua atap", "x": "?"})
        {'aksi': 'Menyusun daftar syarat.'}
    """
    return {
        f.key: plan[f.key].strip()  # type: ignore[union-attr]
        for f in plan_fields()
        if f.key in plan and f.problem(plan[f.key]) is None
    }


def _identity(name: str, class_code: str) -> str:
    return " · ".join(part for part in (name.strip(), class_code.strip()) if part)


def plan_markdown(plan: Mapping[str, object], name: str = "", class_code: str = "") -> str:
    """The plan as a Markdown document: a heading per field, the trainee's text under it.

    Example:
        >>> print(plan_markdown({"aksi": "Menyusun daftar syarat."}, "Ani (FIKTIF)")[:52])
        # Rencana Aksi Whole of Government
        <BLANKLINE>
        **Ani (FIKTIF)**
    """
    content = chapter_content(STEM)
    values = clean_plan(plan)
    lines = [f"# {content.text('judul_dokumen')}", ""]
    if _identity(name, class_code):
        lines += [f"**{_identity(name, class_code)}**", ""]
    for field in plan_fields():
        text = values.get(field.key) or messages()["belum_diisi"]
        lines += [f"## {field.label}", "", text, ""]
    lines.append(f"*{content.text('sumber_dokumen')}*")
    return "\n".join(lines) + "\n"


PRINT_CSS = (
    "body{font-family:system-ui,sans-serif;max-width:46em;margin:1.5em auto;color:#222;"
    "line-height:1.4;font-size:11pt}h1{font-size:16pt;margin:0 0 .2em}"
    "h2{font-size:11pt;margin:.8em 0 .1em;color:#0072B2}p{margin:0;white-space:pre-wrap}"
    ".sumber{margin-top:1.2em;font-size:9pt;color:#555}"
    "@page{size:A4;margin:15mm}@media print{body{margin:0;max-width:none}}"
)


def plan_html(plan: Mapping[str, object], name: str = "", class_code: str = "") -> str:
    """The plan as one printable HTML page (A4, one column); every text is escaped.

    Example:
        >>> page = plan_html({"aksi": "<b>Menyusun</b>"}, "Ani (FIKTIF)")
        >>> "&lt;b&gt;Menyusun&lt;/b&gt;" in page, "<b>" in page, "@media print" in page
        (True, False, True)
    """
    content = chapter_content(STEM)
    values = clean_plan(plan)
    title = escape(content.text("judul_dokumen"))
    who = _identity(name, class_code)
    parts = [f"<h1>{title}</h1>", f"<p><strong>{escape(who)}</strong></p>" if who else ""]
    for field in plan_fields():
        text = values.get(field.key) or messages()["belum_diisi"]
        parts.append(f"<h2>{escape(field.label)}</h2><p>{escape(text)}</p>")
    parts.append(f"<p class='sumber'>{escape(content.text('sumber_dokumen'))}</p>")
    head = f"<meta charset='utf-8'><title>{title}</title><style>{PRINT_CSS}</style>"
    body = f"<main>{''.join(parts)}</main>"
    return f"<!DOCTYPE html><html lang='id'><head>{head}</head><body>{body}</body></html>"


# --- the form -----------------------------------------------------------------------------------

Saver = Callable[[dict[str, str]], str]  # saves the cleaned plan, returns where (shown)


def _input(field: PlanField, value: str) -> widgets.Widget:
    layout = widgets.Layout(width="95%")
    if field.options:
        # Radio buttons, not a menu: a closed menu's keys go to JupyterLab (ipywidgets#3912).
        # No description (it would repeat the question above, in full); each button is named
        # by its option and the group's tooltip is the field's label.
        chosen = value if value in field.options else None
        return widgets.RadioButtons(
            options=field.options, value=chosen, tooltip=field.label, layout=layout
        )
    if field.long:
        return named(
            widgets.Textarea(value=value, rows=3, layout=widgets.Layout(width="95%", height="5em")),
            field.label,
        )
    return named(widgets.Text(value=value, layout=layout), field.label)


def _question(field: PlanField, number: int) -> widgets.HTML:
    return widgets.HTML(
        f"<b>{number}. {escape(field.question)}</b><br>"
        f"<span style='{MUTED_STYLE}'>{escape(field.hint)}</span>"
    )


class ActionPlanForm(WidgetView):
    """The capstone form: one input per field, a save button, then the two downloads.

    ``save`` receives the cleaned plan and returns where it was saved (shown to the trainee).

    Example:
        >>> saved = []
        >>> form = ActionPlanForm({"pola": "Satu atap"}, save=lambda p: saved.append(p) or "x")
        >>> form.inputs["aksi"].value = "Menyusun daftar syarat."
        >>> form.save()
        []
        >>> saved[0]["pola"], "Unduh rencana aksi" in form.downloads.value
        ('Satu atap', True)
    """

    def __init__(
        self,
        saved: Mapping[str, object] | None = None,
        save: Saver | None = None,
        name: str = "",
        class_code: str = "",
        note: str = "",
    ):
        values = clean_plan(saved or {})
        self.name, self.class_code, self._save = name, class_code, save
        self.inputs = {f.key: _input(f, values.get(f.key, "")) for f in plan_fields()}
        rows = [
            widgets.VBox([_question(f, n), self.inputs[f.key]])
            for n, f in enumerate(plan_fields(), start=1)
        ]
        button = widgets.Button(description=messages()["tombol_simpan"], icon="save")
        button.on_click(lambda _: self.save())
        self.status, self.downloads = widgets.HTML(), widgets.HTML()
        self.status.value = f"<p style='{MUTED_STYLE}'>{escape(note)}</p>" if note else ""
        self.filled = widgets.HTML()
        for box in self.inputs.values():
            box.observe(self._count_filled, names="value")
        self._count_filled()
        self.view = widgets.VBox([*rows, self.filled, button, self.status, self.downloads])
        self.view.add_class("wog-rencana-aksi")
        if values:
            self._show_downloads(values)

    def _count_filled(self, _change: dict | None = None) -> None:
        """Say how many fields hold something, so the trainee sees the form take their input."""
        filled = sum(bool(str(v or "").strip()) for v in self.values().values())
        text = f"Terisi {filled} dari {len(self.inputs)} isian; tekan tombol simpan bila selesai."
        self.filled.value = f"<p style='{MUTED_STYLE}'>{escape(text)}</p>"

    def values(self) -> dict[str, str]:
        """What is in the form now, field key -> text."""
        return {key: box.value or "" for key, box in self.inputs.items()}

    def save(self) -> list[str]:
        """Check, save and offer the downloads; returns the problems (none: saved)."""
        problems = check_plan(self.values())
        if problems:
            self.status.value = bullet_list(problems)
            return problems
        plan = clean_plan(self.values())
        if self._save:
            done = f"✔ {messages()['tersimpan']}: {self._save(plan)} ({now()})."
        else:
            done = messages()["tidak_disimpan"]
        self.status.value = f"<p>{escape(done)}</p>"
        self._show_downloads(plan)
        return []

    def _show_downloads(self, plan: Mapping[str, str]) -> None:
        who = (plan, self.name, self.class_code)
        html_page = plan_html(*who).encode("utf-8")
        markdown = plan_markdown(*who).encode("utf-8")
        stem = f"rencana-aksi-{slug(self.name)}"
        words = messages()
        self.downloads.value = (
            download_link(html_page, f"{stem}.html", words["unduh_html"], mime="text/html")
            + " · "
            + download_link(markdown, f"{stem}.md", words["unduh_md"], mime="text/markdown")
        )


def _saver(session: Session) -> Saver:
    def save(plan: dict[str, str]) -> str:
        session.save_action_plan(plan)
        return str(session.path)

    return save


def rencana_aksi() -> ActionPlanForm:
    """The capstone form for this kernel's trainee, filled with their saved plan.

    Without a name given on the start page the form still works and offers the downloads, but
    says that nothing is saved.

    Example:
        >>> form = rencana_aksi()  # outside a notebook: no trainee's session
        >>> "halaman mulai" in form.status.value
        True
    """
    session = active_session()
    if session is None:
        return ActionPlanForm(note=messages()["tanpa_nama"])
    person = session.record["peserta"]
    return ActionPlanForm(
        session.record.get("rencana_aksi", {}),
        save=_saver(session),
        name=person["nama"],
        class_code=person.get("kode_kelas", ""),
    )
