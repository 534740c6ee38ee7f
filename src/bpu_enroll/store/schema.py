"""Running the store's Alembic migrations from code: no alembic.ini at run time.

`open_store` asks `revision_of` what the file holds, refuses a revision this code does not know
(a store written by a newer version), and calls `upgrade` inside one transaction (SQLite DDL is
transactional, so a failed migration leaves the old schema).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Alembic itself is imported on first use: it is not needed before login.
    from alembic.config import Config
    from sqlalchemy.engine import Connection

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(script_location: Path = MIGRATIONS_DIR) -> Config:
    """An Alembic `Config` built in code, pointing at the migrations folder."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location))
    return config


def head_revision(script_location: Path = MIGRATIONS_DIR) -> str:
    """The newest revision this code knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(script_location)).get_current_head()
    if head is None:
        raise RuntimeError("no migrations found")
    return head


def is_known_revision(revision: str, script_location: Path = MIGRATIONS_DIR) -> bool:
    """True when `revision` is one of this code's migrations."""
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    script = ScriptDirectory.from_config(alembic_config(script_location))
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def revision_of(connection: Connection) -> str | None:
    """The revision stamped in an open store, or None for an empty one."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, script_location: Path = MIGRATIONS_DIR) -> None:
    """Bring the store on `connection` up to the newest revision."""
    from alembic import command

    config = alembic_config(script_location)
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def downgrade(connection: Connection, target: str, script_location: Path = MIGRATIONS_DIR) -> None:
    """Take the store on `connection` back to `target` (support and tests only)."""
    from alembic import command

    config = alembic_config(script_location)
    config.attributes["connection"] = connection
    command.downgrade(config, target)
