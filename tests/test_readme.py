"""The README is executed: its shell blocks run as written, so they cannot drift.

Each ```sh block in README.md is preceded by `<!-- readme-test: NAME -->`: NAME is the
step below that runs it, or `skip (why)`. Blocks run with bash from the repository root,
in the README's order, changing only what a shared test machine needs: free ports for
50051 and 8400, the id the walk-through created for AGENT_ID, and HOME (so ~/.memsvc is
the test's own). grpcurl is the one scripts/install puts in .venv/bin.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.procs import free_port

pytestmark = pytest.mark.nodb  # its server is the README's: the embedded default

ROOT = Path(__file__).resolve().parent.parent
MARKED = re.compile(r"<!-- readme-test: (?P<marker>.*?) -->\n```sh\n(?P<code>.*?)\n```", re.DOTALL)
RUN = (
    "serve",
    "health",
    "create",
    "send",
    "stream",
    "after-restart",
    "buf-curl",
    "context-block",
    "append-conversation",
    "export-import",
    "context-window",
    "ingest",
)


def readme_blocks() -> tuple[dict[str, str], list[str]]:
    """(blocks to run by name, the reasons given for the others)."""
    text = (ROOT / "README.md").read_text()
    runs: dict[str, str] = {}
    skips: list[str] = []
    for match in MARKED.finditer(text):
        marker = match["marker"]
        if marker.startswith("skip"):
            skips.append(marker)
        else:
            assert marker not in runs, f"two README blocks are marked {marker!r}"
            runs[marker] = match["code"]
    return runs, skips


def test_every_shell_block_is_run_or_says_why_not():
    text = (ROOT / "README.md").read_text()
    runs, skips = readme_blocks()
    assert text.count("```sh\n") == len(runs) + len(skips), "a ```sh block without a readme-test marker"
    assert all(re.fullmatch(r"skip \(.{10,}\)", s) for s in skips), skips
    assert tuple(n for n in RUN if n in runs) == tuple(runs) == RUN, "README blocks and the steps below differ"
    # The second fresh-machine command is what CI runs.
    assert "./scripts/test" in (ROOT / ".ci/run").read_text()
    assert "./scripts/test" in text.split("## The walk-through")[0]


class Readme:
    def __init__(self, tmp_path: Path, database_url: str) -> None:
        self.blocks, _ = readme_blocks()
        self.port, self.llm_port = free_port(), free_port()
        home = tmp_path / "home"
        home.mkdir()
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("MEMSVC_")}
        self.env |= {
            "HOME": str(home),
            "PATH": f"{ROOT / '.venv/bin'}:{os.environ['PATH']}",
            "MEMSVC_LISTEN": f"127.0.0.1:{self.port}",
            "MEMSVC_ADDRESS": f"127.0.0.1:{self.port}",
            "MEMSVC_DATABASE_URL": database_url,
            "MEMSVC_LOG_LEVEL": "warning",
            "NO_COLOR": "1",
        }
        self.log = tmp_path / "serve.log"
        self.agent_id = "AGENT_ID"
        self.server: subprocess.Popen[bytes] | None = None

    def code(self, name: str) -> str:
        code = self.blocks[name].replace("localhost:50051", f"127.0.0.1:{self.port}")
        return code.replace("8400", str(self.llm_port)).replace("AGENT_ID", self.agent_id)

    def run(self, name: str) -> str:
        done = subprocess.run(
            ["bash", "-euo", "pipefail", "-c", self.code(name)],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        assert done.returncode == 0, f"README block {name!r} failed:\n{done.stdout}\n{done.stderr}"
        return done.stdout

    def serve(self) -> None:
        """The README's no-API-key set-up, in its own process group (Ctrl-C stops both)."""
        with self.log.open("ab") as log:
            self.server = subprocess.Popen(
                ["bash", "-c", self.code("serve")],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + 120
        while True:  # the README's own health check, until it says SERVING
            check = subprocess.run(
                ["bash", "-c", self.code("health")], cwd=ROOT, env=self.env, capture_output=True, check=False
            )
            if check.returncode == 0:
                return
            assert self.server.poll() is None, f"./scripts/serve exited:\n{self.log.read_text()[-3000:]}"
            assert time.monotonic() < deadline, f"not SERVING after 120 s:\n{self.log.read_text()[-3000:]}"
            time.sleep(0.5)

    def stop(self, sig: int = signal.SIGINT) -> None:
        if self.server is not None and self.server.poll() is None:
            os.killpg(self.server.pid, sig)
            try:
                self.server.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.server.pid, signal.SIGKILL)
                self.server.wait(10)
        self.server = None


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_the_readme_runs_as_written(tmp_path, database_url):
    readme = Readme(tmp_path, database_url)
    try:
        readme.serve()
        created = json.loads(readme.run("create"))
        readme.agent_id = created["agent"]["id"]
        assert created["agent"]["embedding_config"]["embedding_dim"] == 1024

        sent = readme.run("send")
        assert '"content": "Got it, Alibaba! I have updated my memory."' in sent
        assert '"value": "My name is Alibaba, I am a product manager"' in sent
        assert '"name": "core_memory_replace"' in sent
        streamed = readme.run("stream")
        assert '"assistant_message"' in streamed
        assert '"text_delta"' in streamed  # token streaming is on by default
        assert "STOP_REASON_END_TURN" in streamed

        readme.stop()  # Ctrl-C, and the same command again
        readme.serve()
        assert '"value": "My name is Alibaba, I am a product manager"' in readme.run("after-restart")
        assert '"value": "My name is Alibaba, I am a product manager"' in readme.run("buf-curl")

        block = json.loads(readme.run("context-block"))
        assert block["text"].startswith("<memory>")
        assert "My name is Alibaba" in block["text"]
        appended = json.loads(readme.run("append-conversation"))
        assert [m["create_time"] for m in appended["messages"]] == ["2026-11-20T09:30:00Z", "2026-11-20T09:30:05Z"]
        assert "imported" in readme.run("export-import")
        window = json.loads(readme.run("context-window"))
        assert window["context_window"] == 16384
        ingested = readme.run("ingest")
        assert '"chunks_total"' in ingested
        assert '"document_tag": "document:README.md"' in ingested
    finally:
        readme.stop(signal.SIGTERM)
