"""A client in a second compiled language: Java, generated from the protos with buf.gen.yaml
(Debian's protoc and grpc-java plugin, offline), compiled with javac against Debian's
grpc-java and protobuf-java, running the user's walk-through with their own Letta JSON."""

from __future__ import annotations

import asyncio
import os
import shutil
from pathlib import Path

import pytest

from memsvc.server.app import start
from tests.conftest import make_settings

pytestmark = pytest.mark.nodb  # its server is the embedded default

ROOT = Path(__file__).resolve().parent.parent
BUF = ROOT / "clients/typescript/node_modules/.bin/buf"
JARS = Path("/usr/share/java")
# Debian packages: default-jdk-headless protobuf-compiler protobuf-compiler-grpc-java-plugin
# libgrpc-java libprotobuf-java libgoogle-gson-java libgeronimo-annotation-1.3-spec-java (javax.annotation for
# the stubs' @Generated) libperfmark-java; scripts/install test installs them.
CLASSPATH = [
    "grpc-api",
    "grpc-context",
    "grpc-core",
    "grpc-netty",
    "grpc-protobuf",
    "grpc-protobuf-lite",
    "grpc-stub",
    "protobuf",
    "protobuf-util",
    "gson",
    "guava",
    "opencensus-api",
    "opencensus-contrib-grpc-metrics",
    "netty-buffer",
    "netty-codec",
    "netty-codec-http",
    "netty-codec-http2",
    "netty-codec-socks",
    "netty-common",
    "netty-handler",
    "netty-handler-proxy",
    "netty-resolver",
    "netty-transport",
    "geronimo-annotation-1.3-spec",
    "perfmark-api",
]


def missing_tools() -> list[str]:
    needed = [tool for tool in ("javac", "java", "protoc", "grpc_java_plugin") if shutil.which(tool) is None]
    needed += [f"{jar}.jar" for jar in CLASSPATH if not (JARS / f"{jar}.jar").exists()]
    return needed


async def run(*args: str, cwd: Path = ROOT) -> str:
    proc = await asyncio.create_subprocess_exec(
        *args, cwd=cwd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT
    )
    out, _ = await proc.communicate()
    assert proc.returncode == 0, f"{' '.join(args[:3])} ...: exit {proc.returncode}\n{out.decode()[-3000:]}"
    return out.decode()


@pytest.fixture
async def operator_server(tmp_path, fake_llm):
    """Set up like the user's: the LLM base URL from the environment (here the scripted LLM, unscripted)."""
    running = await start("all", make_settings(tmp_path / "data", llm_base_url=fake_llm.base_url))
    yield running
    await running.stop(0)


@pytest.mark.slow
@pytest.mark.timeout(900)  # javac compiles ~200 generated files: minutes on a busy 2-core machine
async def test_java_client_runs_the_walkthrough(operator_server, tmp_path):
    if missing := missing_tools():
        if os.environ.get("CI"):
            pytest.fail(f"CI must have the Java toolchain (scripts/install test installs it); missing: {missing}")
        pytest.skip(f"no Java toolchain (run scripts/install test as root): missing {missing}")
    gen, classes = tmp_path / "gen", tmp_path / "classes"
    # The public services and what they use (the internal services are not for clients).
    public = [f"--path=proto/memsvc/v1/{name}_service.proto" for name in ("agent", "memory")]
    public.append("--path=third_party/googleapis/google/rpc/error_details.proto")  # ErrorInfo, for reasons
    await run(str(BUF), "generate", "--template", "buf.gen.yaml", "-o", str(gen), *public, "--include-imports")
    sources = sorted(str(p) for p in gen.rglob("*.java"))
    assert any(p.endswith("com/memsvc/v1/AgentServiceGrpc.java") for p in sources)  # java_package is used
    classpath = ":".join(str(JARS / f"{jar}.jar") for jar in CLASSPATH)
    await run("javac", "-nowarn", "-d", str(classes), "-cp", classpath, *sources, "clients/java/Walkthrough.java")
    out = await run("java", "-cp", f"{classes}:{classpath}", "Walkthrough", f"127.0.0.1:{operator_server.port}")
    assert "call: core_memory_replace" in out
    assert "agent: Got it, Alibaba! I have updated my memory." in out
    assert "human: My name is Alibaba, I am a product manager" in out
