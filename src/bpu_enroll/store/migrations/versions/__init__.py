"""Alembic revision scripts of the laptop store, oldest first."""
