"""The benchmark harness: each target of DESIGN.md §6 as a ratio against its limit."""
