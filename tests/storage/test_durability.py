"""MEMSVC_DURABILITY: what is synced to disk, per setting."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from memsvc.server.app import open_memory_store
from memsvc.settings import Settings
from tests.conftest import make_settings

pytestmark = pytest.mark.nodb  # SQLite's and the embedded index's own settings


@pytest.mark.parametrize(("durability", "synchronous", "synced_vectors"), [("process", 1, False), ("power", 2, True)])
def test_each_setting_syncs_what_it_says(tmp_path, durability, synchronous, synced_vectors):
    store = open_memory_store(make_settings(tmp_path / "data", database_url="", durability=durability))
    try:
        with store.sql.engine.connect() as conn:
            assert conn.execute(text("PRAGMA synchronous")).scalar_one() == synchronous  # 1 NORMAL, 2 FULL
        assert store.index.sync_writes is synced_vectors
        assert store.recall.index.sync_writes is synced_vectors
    finally:
        store.close()


def test_the_setting_is_checked():
    assert Settings.from_env({}).durability == "process"
    assert Settings.from_env({"MEMSVC_DURABILITY": "Power"}).durability == "power"
    with pytest.raises(SystemExit, match="choose one of process, power"):
        Settings.from_env({"MEMSVC_DURABILITY": "fsync"})
