"""The start page's identity form: name and optional class code, given once.

``identitas()`` shows two text fields and a button; pressing it calls
:func:`helpers.exercises.store.mulai`, which opens or creates the work file. When this kernel (or
an earlier one) already has a file, the form says whose it is and where.
"""

from __future__ import annotations

import ipywidgets as widgets

from helpers.core.explorer import WidgetView
from helpers.core.safe_html import escape
from helpers.exercises.store import active_session, mulai
from helpers.exercises.widgets import INK_STYLE, feedback_html

ASK = (
    "Tulis nama lengkap Anda (dan kode kelas bila fasilitator memberikannya), lalu tekan "
    "“Simpan identitas”. Cukup sekali: notebook lain akan menemukan berkas Anda sendiri."
)


class IdentityForm(WidgetView):
    """Name, class code and a save button; the result says where the work file is.

    Example:
        >>> form = IdentityForm()
        >>> form.name.value = "  "
        >>> form._on_save()
        >>> "Tulis nama Anda" in form.message.value
        True
    """

    def __init__(self) -> None:
        self.name = widgets.Text(description="Nama:", placeholder="mis. Siti Nurhaliza")
        self.class_code = widgets.Text(description="Kode kelas:", placeholder="boleh kosong")
        self.save_button = widgets.Button(
            description="Simpan identitas", button_style="primary", icon="save"
        )
        self.save_button.layout.width = "auto"
        self.message = widgets.HTML(f"<p style='{INK_STYLE}'>{escape(ASK)}</p>")
        self.save_button.on_click(self._on_save)
        session = active_session()
        if session is not None:
            self.name.value = session.nama
            self.class_code.value = session.record["peserta"].get("kode_kelas", "")
            self.message.value = self._box(f"Berkas kerja {session.nama}: {session.path}.")
        self.view = widgets.VBox([self.name, self.class_code, self.save_button, self.message])
        self.view.add_class("wog-identitas")

    @staticmethod
    def _box(text: str) -> str:
        return feedback_html("benar", "Identitas tersimpan", text)

    def _on_save(self, _button: widgets.Button | None = None) -> None:
        try:
            started = mulai(self.name.value, self.class_code.value)
        except OSError as error:
            self.message.value = feedback_html(
                "tidak_valid", "Berkas kerja belum bisa dibuat", f"{error.strerror}."
            )
            return
        first, *rest = started.lines
        if active_session() is None or not self.name.value.strip():
            self.message.value = feedback_html("belum_dijawab", "Nama belum diisi", first)
            return
        self.message.value = feedback_html("benar", "Identitas tersimpan", first, rest)


def identitas() -> IdentityForm:
    """The identity form for the start page (name and optional class code).

    Example:
        >>> "Simpan identitas" == identitas().save_button.description
        True
    """
    return IdentityForm()
