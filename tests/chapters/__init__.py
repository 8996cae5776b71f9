"""Tests of the chapter modules (helpers.chapters), one file per notebook."""
