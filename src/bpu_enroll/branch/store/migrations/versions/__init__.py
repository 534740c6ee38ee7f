"""Alembic revision scripts of the branch server's database."""
