"""Widgets that share their Layout and style models, for forms built many times per notebook.

Every ipywidget gets a Layout model and (for most kinds) a style model of its own: two extra
models, each a comm message to the browser and time in the kernel. An exercise form built
the plain way made about 25 models, most of them these. Here one model serves every widget
with the same properties; do not change a shared widget's ``layout`` or ``style`` in place
(give that widget its own with ``widgets.Layout(...)``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import ipywidgets as widgets
from ipywidgets.widgets.widget_bool import CheckboxStyle
from ipywidgets.widgets.widget_button import ButtonStyle
from ipywidgets.widgets.widget_description import DescriptionStyle
from ipywidgets.widgets.widget_string import HTMLStyle


@cache
def shared_layout(**properties: str) -> widgets.Layout:
    """The one Layout model with these properties (e.g. ``width="auto"``).

    Example:
        >>> shared_layout(width="auto") is shared_layout(width="auto")
        True
    """
    return widgets.Layout(**properties)


@cache
def shared_style(kind: type[widgets.Style]) -> widgets.Style:
    """The one style model of this kind with its default properties (e.g. ``ButtonStyle``).

    Example:
        >>> shared_style(ButtonStyle) is shared_style(ButtonStyle)
        True
    """
    return kind()


def radio_buttons(options: Sequence, **properties: object) -> widgets.RadioButtons:
    """Radio buttons, nothing chosen, with a shared style and (unless given) layout.

    Example:
        >>> radio_buttons(["A"]).style is radio_buttons(["C"]).style, radio_buttons(["A"]).value
        (True, None)
    """
    properties.setdefault("layout", shared_layout())
    return widgets.RadioButtons(
        options=list(options), value=None, style=shared_style(DescriptionStyle), **properties
    )


def checkbox(description: str, **layout: str) -> widgets.Checkbox:
    """An unticked check box, no indent, with a shared layout and style.

    Example:
        >>> checkbox("A").style is checkbox("B").style, checkbox("A", width="4em").layout.width
        (True, '4em')
    """
    return widgets.Checkbox(
        value=False,
        description=description,
        indent=False,
        layout=shared_layout(**layout),
        style=shared_style(CheckboxStyle),
    )


def html(value: str = "", **layout: str) -> widgets.HTML:
    """An HTML widget with a shared layout (``layout``'s properties) and style.

    Example:
        >>> html("a").layout is html("b").layout, html("a", width="45%").layout.width
        (True, '45%')
    """
    return widgets.HTML(value, layout=shared_layout(**layout), style=shared_style(HTMLStyle))


def button(description: str, button_style: str = "", **layout: str) -> widgets.Button:
    """A button with a shared layout and style (``button_style`` is its colour role).

    Example:
        >>> button("Petunjuk", "info").style is button("Lihat solusi", "warning").style
        True
    """
    return widgets.Button(
        description=description,
        button_style=button_style,
        layout=shared_layout(**layout),
        style=shared_style(ButtonStyle),
    )


def row(children: Sequence[widgets.Widget], **layout: str) -> widgets.HBox:
    """A horizontal box with a shared layout.

    Example:
        >>> len(row([html("a"), html("b")]).children)
        2
    """
    return widgets.HBox(list(children), layout=shared_layout(**layout))


def column(children: Sequence[widgets.Widget], **layout: str) -> widgets.VBox:
    """A vertical box with a shared layout.

    Example:
        >>> column([html("a")]).layout is column([]).layout
        True
    """
    return widgets.VBox(list(children), layout=shared_layout(**layout))


def grid(rows: Sequence[Sequence[widgets.Widget]], columns: str) -> widgets.GridBox:
    """Rows of cells in one box, ``columns`` wide each (CSS grid-template-columns): for a form's
    rows, one model in place of a box per row.

    Example:
        >>> grid([(html("a"), html("b"))], "45% auto").layout.grid_template_columns
        '45% auto'
    """
    return widgets.GridBox(
        [cell for row in rows for cell in row],
        layout=shared_layout(grid_template_columns=columns, align_items="center"),
    )
