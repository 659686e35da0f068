"""Smoke test of the benchmark harness (bench/): it runs, and its table has the rows. No timing is asserted."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench.__main__ import main

pytestmark = pytest.mark.nodb  # left out of the PostgreSQL pass


def test_bench_small_run_writes_the_table(tmp_path: Path, capsys) -> None:
    code = main(
        ["--sizes", "small", "--repeat", "3", "--scenarios", "turn_embedded,prompt_assembly", "--out", str(tmp_path)]
    )
    printed = capsys.readouterr().out
    assert code == 0, printed
    [results] = tmp_path.glob("*.md")
    text = results.read_text()
    for row in ("| turn_embedded | overhead = turn", "| prompt_assembly | first step of a turn"):
        assert row in text
        assert row in printed
    assert "LLM calls as memsvc sees them" in text
    assert "git revision" in text
    assert "CPU:" in text
