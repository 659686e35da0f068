"""The README's token-streaming example, run as written (Python, against a memsvc server process)."""

from __future__ import annotations

import asyncio
import os
import re
import sys
from pathlib import Path

import pytest

from tests.procs import ServerProcess, free_port

pytestmark = pytest.mark.nodb  # the README's server: the embedded default
ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"<!-- readme-python: token-streaming -->\n```python\n(?P<code>.*?)\n```", re.DOTALL)


async def test_the_readme_token_streaming_example_runs_as_written(tmp_path, fake_llm):
    (code,) = [m["code"] for m in BLOCK.finditer((ROOT / "README.md").read_text())]
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEMSVC_")}
    env |= {"HOME": str(tmp_path), "MEMSVC_DATA_DIR": str(tmp_path / "data"), "MEMSVC_LLM_BASE_URL": fake_llm.base_url}
    server = ServerProcess("all", port, env, tmp_path / "server.log").start()
    try:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            code.replace("localhost:50051", f"127.0.0.1:{port}"),  # a free port on a shared machine
            cwd=tmp_path,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(proc.communicate(), 120)
    finally:
        server.terminate()
    assert proc.returncode == 0, err.decode()
    # The scripted LLM answers "You said: ..."; the streamed pieces, then the stored reply.
    assert out.decode().splitlines() == ["You said: Hello! Who are you?", "['You said: Hello! Who are you?']"]
    assert fake_llm.requests[-1].get("stream") is True
