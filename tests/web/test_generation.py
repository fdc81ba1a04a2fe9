"""A request asks the database for the directory's generation once, whatever the page needs."""

from __future__ import annotations

from sqlalchemy import event


def test_one_generation_query_per_request(small_app, small_client) -> None:
    engine = small_app.extensions["skillmap.app"].engine
    statements: list[str] = []

    def count(conn, cursor, statement, *args) -> None:   # type: ignore[no-untyped-def]
        statements.append(statement)

    small_client.get("/search?q=NMR")                   # warm: the first Workspace is built
    event.listen(engine, "before_cursor_execute", count)
    try:
        assert small_client.get("/search?q=NMR+spectroscopy").status_code == 200
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert sum("directory_state" in s for s in statements) == 1
