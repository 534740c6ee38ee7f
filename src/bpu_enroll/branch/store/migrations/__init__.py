"""Alembic migrations of the branch server's database."""
