"""Helpers for the interactive course "Whole of Government" (Latsar CPNS).

Modules: ``data`` (load and validate), ``charts`` (pure plotly builders), ``display``
(show a chart with its text alternative), ``widgets`` (controls that redraw charts),
``text`` (Indonesian labels and number formats).
"""

__version__ = "0.1.0"
