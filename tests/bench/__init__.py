"""Benchmark of the post database and the window at up to a million persons (DESIGN.md §9)."""
