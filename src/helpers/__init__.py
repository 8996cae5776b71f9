"""Helpers for the interactive course "Whole of Government" (Latsar CPNS).

Modules: ``data`` (load and validate), ``charts`` (pure plotly builders), ``display``
(show a chart with its text alternative), ``widgets`` (controls that redraw charts),
``text`` (Indonesian labels and number formats).
"""

import sys

# jsonschema (pulled in by plotly's renderers through nbformat) builds slow grammar parsers
# at import when rfc3987_syntax is installed, for two URL formats that no notebook schema
# uses: several seconds on the first chart. Marking it absent makes jsonschema skip them.
sys.modules.setdefault("rfc3987_syntax", None)

__version__ = "0.1.0"
