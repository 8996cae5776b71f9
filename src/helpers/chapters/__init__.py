"""One module per notebook: its datasets, tables, figure builders and thin widgets."""
