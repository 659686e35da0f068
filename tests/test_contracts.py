"""The contract and the code stay clean: buf lint/format, fresh stubs, ruff."""

from __future__ import annotations

import filecmp
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.nodb  # left out of the PostgreSQL pass

ROOT = Path(__file__).resolve().parent.parent
BUF = ROOT / "clients/typescript/node_modules/.bin/buf"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)


def test_buf_lint_is_clean():
    result = run(str(BUF), "lint")
    assert result.returncode == 0, result.stdout + result.stderr


def test_buf_format_is_clean():
    result = run(str(BUF), "format", "--diff", "--exit-code")
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_stubs_are_fresh(tmp_path):
    result = run(sys.executable, "scripts/gen_protos.py", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    fresh = tmp_path / "memsvc/v1"
    committed = ROOT / "src/memsvc/v1"
    generated = sorted(p.name for p in fresh.iterdir())
    _, mismatch, errors = filecmp.cmpfiles(fresh, committed, generated, shallow=False)
    assert not mismatch, f"stale stubs {mismatch}: run scripts/generate"
    assert not errors, f"stubs missing from src/memsvc/v1: {errors}"


def test_ruff_is_clean():
    paths = ("src", "tests", "scripts", "bench", "clients/python")
    lint = run(sys.executable, "-m", "ruff", "check", *paths)
    assert lint.returncode == 0, lint.stdout
    fmt = run(sys.executable, "-m", "ruff", "format", "--check", *paths)
    assert fmt.returncode == 0, fmt.stdout


def test_no_breaking_change_since_the_released_contract():
    result = run(str(BUF), "breaking", "proto", "--against", "proto/releases/v1.binpb")
    assert result.returncode == 0, f"breaking change to the released contract:\n{result.stdout}{result.stderr}"
