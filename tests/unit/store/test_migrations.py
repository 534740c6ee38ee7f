"""Alembic migrations run at open: from empty, with a backup first, never on a newer store."""

from __future__ import annotations

import hashlib
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.store import repo, schema
from bpu_enroll.store.db import BACKUP_DIR, DB_FILE, Store, open_store
from bpu_enroll.store.models import StoreModel

MOMENT = datetime(2026, 5, 10, 3, 0, tzinfo=UTC)

EXTRA_REVISION = '''"""Test-only revision: a new column on drafts."""

import sqlalchemy as sa
from alembic import op

revision = "0099"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("draft", sa.Column("note", sa.String(), nullable=True))
    {extra}


def downgrade() -> None:
    op.drop_column("draft", "note")
'''


def _newer_migrations(tmp_path: Path, extra: str = "pass") -> Path:
    """This code's migrations plus one more revision, as a newer version would ship them."""
    target = tmp_path / "newer_migrations"
    shutil.copytree(schema.MIGRATIONS_DIR, target, ignore=shutil.ignore_patterns("__pycache__"))
    source = EXTRA_REVISION.format(head=schema.head_revision(), extra=extra)
    (target / "versions" / "0099_test.py").write_text(source, encoding="utf-8")
    return target


def _revision(store: Store) -> str | None:
    with store.engine.connect() as conn:
        return schema.revision_of(conn)


def _draft_columns(store: Store) -> set[str]:
    return {column["name"] for column in inspect(store.engine).get_columns("draft")}


def test_empty_store_is_migrated_to_head_without_backup(store: Store, data_dir: Path) -> None:
    assert _revision(store) == schema.head_revision()
    tables = set(inspect(store.engine).get_table_names())
    assert {
        "profile",
        "officer",
        "registration",
        "receipt_sequence",
        "draft",
        "audit_log",
    } <= tables
    assert not (data_dir / BACKUP_DIR).exists()


def test_migrations_and_models_agree(store: Store) -> None:
    with store.engine.connect() as conn:
        # The search index (migration 0003) is an FTS5 table and its shadow tables, made by SQL
        # only: no model stands for them.
        def not_search_index(_obj: object, name: str | None, kind: str, *_rest: object) -> bool:
            return not (kind == "table" and (name or "").startswith("registration_search"))

        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": not_search_index}
        )
        assert compare_metadata(context, StoreModel.metadata) == []


def test_older_store_is_backed_up_then_migrated(
    tmp_path: Path, data_dir: Path, db_key: bytes
) -> None:
    with open_store(data_dir, db_key) as store, store.session() as session:
        draft_id = repo.save_draft(session, officer="demo", data={}, now=MOMENT, draft_id=None)
    newer = _newer_migrations(tmp_path)
    with open_store(data_dir, db_key, migrations=newer) as store:
        assert _revision(store) == "0099"
        assert "note" in _draft_columns(store)
        with store.session() as session:
            assert repo.load_draft(session, draft_id=draft_id).id == draft_id
    backups = list((data_dir / BACKUP_DIR).glob(f"store-{schema.head_revision()}-*.db"))
    assert len(backups) == 1
    restored = tmp_path / "restored"
    restored.mkdir()
    shutil.copy(backups[0], restored / DB_FILE)
    with open_store(restored, db_key) as old:  # the backup is the old store, still encrypted
        assert _revision(old) == schema.head_revision()
        assert "note" not in _draft_columns(old)
        with old.session() as session:
            assert repo.load_draft(session, draft_id=draft_id).id == draft_id


def test_newer_store_is_refused_and_left_untouched(
    tmp_path: Path, data_dir: Path, db_key: bytes
) -> None:
    newer = _newer_migrations(tmp_path)
    with open_store(data_dir, db_key, migrations=newer):
        pass
    before = hashlib.sha256((data_dir / DB_FILE).read_bytes()).hexdigest()
    with pytest.raises(BpuError) as refused:
        open_store(data_dir, db_key)
    assert refused.value.code == "STORE_TOO_NEW"
    assert hashlib.sha256((data_dir / DB_FILE).read_bytes()).hexdigest() == before
    assert not (data_dir / BACKUP_DIR).exists()
    with open_store(data_dir, db_key, migrations=newer) as store:  # lock was given back
        assert _revision(store) == "0099"


def test_failed_migration_leaves_the_old_schema(
    tmp_path: Path, data_dir: Path, db_key: bytes
) -> None:
    with open_store(data_dir, db_key):
        pass
    broken = _newer_migrations(tmp_path, extra='raise RuntimeError("half-way")')
    with pytest.raises(RuntimeError, match="half-way"):
        open_store(data_dir, db_key, migrations=broken)
    with open_store(data_dir, db_key) as store:
        assert _revision(store) == schema.head_revision()
        assert "note" not in _draft_columns(store)
