"""The daily tally: its figures and its PDF."""
