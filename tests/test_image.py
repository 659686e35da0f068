"""The image's install steps, for real (no Docker engine runs here): the wheel is built from exactly
the files the Dockerfile copies, installed in a fresh virtual environment, and the server started."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.procs import free_port, wait_serving
from tests.test_deploy import dockerfile_instructions

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.nodb  # SQLite of its own, whatever the pass


def build_context(into: Path) -> None:
    """What the Dockerfile's COPY lines put in WORKDIR, and nothing else."""
    for kind, arg in dockerfile_instructions():
        if kind != "COPY":
            continue
        *sources, dest = shlex.split(arg)
        assert not any(s.startswith("--") for s in sources), f"COPY options are not understood here: {arg}"
        for source in sources:
            origin, target = ROOT / source, into / dest
            if origin.is_dir():
                shutil.copytree(origin, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
            else:
                (target if dest.endswith("/") else target.parent).mkdir(parents=True, exist_ok=True)
                shutil.copy2(origin, target / origin.name if dest.endswith("/") else target)


def run(*args: str | Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, env=env, timeout=300, check=False)
    assert done.returncode == 0, f"{args} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done.stdout


@pytest.mark.regression("issue 11 #14: the image copied src/ but not clients/python: memsvc could not start")
@pytest.mark.timeout(600)
def test_the_image_install_steps_make_a_server_that_starts(tmp_path):
    context, dist, venv = tmp_path / "context", tmp_path / "dist", tmp_path / "venv"
    build_context(context)
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", dist, context)
    [wheel] = dist.glob("memsvc-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("memsvc/__main__.py", "memsvc_client/__init__.py", "memsvc/v1/agent_service_pb2.py"):
        assert needed in names, f"the wheel lacks {needed}"
    assert any(n.startswith("memsvc/storage/migrations/versions/") for n in names), "the wheel lacks the migrations"

    # A fresh environment: memsvc only from the wheel; its dependencies from this one (the image gets them
    # from PyPI: installing them again here would only download what is installed already).
    run(getattr(sys, "_base_executable", sys.executable), "-m", "venv", "--without-pip", venv)
    [site] = venv.glob("lib/python*/site-packages")
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    run(sys.executable, "-m", "pip", "--python", venv / "bin/python", "install", "-q", "--no-deps", wheel)
    python, memsvc = venv / "bin/python", venv / "bin/memsvc"
    found = run(python, "-c", "import memsvc, memsvc_client; print(memsvc.__file__, memsvc_client.__file__)")
    assert all(path.startswith(str(venv)) for path in found.split()), found

    data = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEMSVC_")}
    env |= {"MEMSVC_DATA_DIR": str(data), "MEMSVC_LOG_LEVEL": "warning"}
    run(memsvc, "migrate", env=env)
    address = f"127.0.0.1:{free_port()}"
    server = subprocess.Popen([memsvc, "serve", "--listen", address], env=env, stdout=subprocess.DEVNULL)
    try:
        wait_serving(address, timeout=120)
        assert "SERVING" in run(memsvc, "health", address, env=env)
    finally:
        server.terminate()
        server.wait(30)
