"""Shared, chapter-free building blocks: text formats, safe HTML, figures, explorers, tables,
datasets, the course manifest and the content files. Chapter modules are built on these."""

import sys

# jsonschema (pulled in by plotly's renderers through nbformat, on the first chart shown)
# builds slow grammar parsers at import when rfc3987_syntax is installed, for two URL formats
# that no notebook schema uses: several seconds on the first chart. Marking it absent makes
# jsonschema skip them. Every helpers module imports helpers.core, so this runs first.
sys.modules.setdefault("rfc3987_syntax", None)
