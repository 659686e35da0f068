"""The README's Python examples, run as written against a memsvc server process (the embedded
default): each is the ```python block after a `<!-- readme-python: NAME -->` marker."""

from __future__ import annotations

import asyncio
import os
import re
import sys
from pathlib import Path

import pytest

from tests.fakellm import FakeLLM
from tests.procs import ServerProcess, free_port

pytestmark = pytest.mark.nodb  # the README's server: the embedded default
ROOT = Path(__file__).resolve().parent.parent


async def run_example(name: str, tmp_path: Path, fake_llm: FakeLLM) -> list[str]:
    """Runs the README's example `name` against a fresh server; its output lines."""
    block = re.compile(rf"<!-- readme-python: {name} -->\n```python\n(?P<code>.*?)\n```", re.DOTALL)
    (code,) = [m["code"] for m in block.finditer((ROOT / "README.md").read_text())]
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
    return out.decode().splitlines()


async def test_the_client_tool_example(tmp_path, fake_llm):
    *kinds, last = await run_example("client-tool", tmp_path, fake_llm)
    assert kinds[:4] == ["input_received", "inner_thought", "function_call", "turn_waiting"]
    assert "function_result" in kinds
    assert kinds[-1] == "turn_end"
    assert last == "['get_weather says: sunny and 21 C in Paris'] END_TURN"


async def test_the_token_streaming_example(tmp_path, fake_llm):
    # The scripted LLM answers "You said: ..."; the streamed pieces, then the stored reply.
    lines = await run_example("token-streaming", tmp_path, fake_llm)
    assert lines == ["You said: Hello! Who are you?", "['You said: Hello! Who are you?']"]
