"""Shared, chapter-free building blocks: text formats, safe HTML, figures, explorers, tables,
datasets, the course manifest and the content files. Chapter modules are built on these."""
