"""Regenerates the Python stubs in src/memsvc/v1 from proto/memsvc/v1 (or into --out DIR).

Run after changing a .proto file; CI runs it and fails if the committed stubs differ.
The proto package memsvc.v1 is the Python package memsvc.v1, so protoc's imports
work as generated (no rewriting).
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from grpc_tools import protoc

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[argv.index("--out") + 1]) if "--out" in argv else ROOT / "src"
    out.mkdir(parents=True, exist_ok=True)
    protos = sorted(str(p.relative_to(ROOT / "proto")) for p in (ROOT / "proto/memsvc/v1").glob("*.proto"))
    well_known = resources.files("grpc_tools") / "_proto"
    args = [
        "protoc",
        f"-I{ROOT / 'proto'}",
        f"-I{ROOT / 'third_party/googleapis'}",
        f"-I{well_known}",
        f"--python_out={out}",
        f"--pyi_out={out}",
        f"--grpc_python_out={out}",
        *protos,
    ]
    return protoc.main(args)


if __name__ == "__main__":
    sys.exit(main())
