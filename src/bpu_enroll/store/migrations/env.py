"""Alembic environment for the laptop store.

Run only through `bpu_enroll.store.schema`, which passes an open SQLAlchemy connection (already
keyed for SQLCipher and inside a transaction) in `config.attributes["connection"]`. No
alembic.ini, no logging set-up, no offline mode.
"""

from __future__ import annotations

from alembic import context

from bpu_enroll.store.models import StoreModel

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("the store's migrations run only through bpu_enroll.store.schema")

context.configure(
    connection=connection,
    target_metadata=StoreModel.metadata,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
