"""Reconciliation: each laptop's own report against what the branch holds."""
