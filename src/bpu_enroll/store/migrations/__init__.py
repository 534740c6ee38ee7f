"""Alembic migrations of the laptop store, run programmatically by `store.schema`."""
