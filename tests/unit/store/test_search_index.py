"""Migration 0003: the trigram search index follows every insert, rename and delete, and goes
away again on downgrade."""

from __future__ import annotations

from sqlalchemy import inspect, text

from bpu_enroll.store import schema
from bpu_enroll.store.db import Store


def _found(store: Store, query: str) -> list[str]:
    with store.engine.connect() as conn:
        sql = (
            "SELECT r.full_name FROM registration r WHERE r.rowid IN (SELECT rowid FROM "
            "registration_search WHERE registration_search MATCH :q) ORDER BY r.full_name"
        )
        return [row[0] for row in conn.execute(text(sql), {"q": query})]


def test_the_search_index_revision_is_in_the_chain(store: Store) -> None:
    # Later revisions (0004: the branch loop) come after it; the index is there at head.
    assert schema.is_known_revision("0003")
    assert schema.head_revision() not in {"0001", "0002", "0003"}
    assert "registration_search" in inspect(store.engine).get_table_names()


def test_the_index_follows_inserts_updates_and_deletes(store: Store) -> None:
    from tests.unit.store.test_repo import _insert

    with store.session() as session:
        sri = _insert(session, nik="3201011508900001", name="SRI WAHYUNI")
        _insert(session, nik="3201011508900002", name="WAHYU PRATAMA")
    assert _found(store, 'name_key : "WAHYU"') == ["SRI WAHYUNI", "WAHYU PRATAMA"]
    with store.engine.begin() as conn:
        conn.execute(
            text("UPDATE registration SET name_key = 'SRI RAHAYU', full_name = 'SRI RAHAYU' "
                 "WHERE id = :id"), {"id": sri.id},
        )  # fmt: skip
    assert _found(store, 'name_key : "WAHYU"') == ["WAHYU PRATAMA"]
    assert _found(store, 'name_key : "RAHAYU"') == ["SRI RAHAYU"]
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM registration WHERE id = :id"), {"id": sri.id})
    assert _found(store, 'name_key : "RAHAYU"') == []
    with store.engine.connect() as conn:  # the index is whole and consistent with its table
        conn.execute(
            text("INSERT INTO registration_search(registration_search) VALUES ('integrity-check')")
        )


def test_downgrade_drops_the_index(store: Store) -> None:
    with store.engine.begin() as conn:
        schema.downgrade(conn, "0002")
    assert "registration_search" not in inspect(store.engine).get_table_names()
