"""Imports flow one way: storage -> memory / executor -> agent -> server. A lower layer never
imports a higher one (type-only imports under TYPE_CHECKING aside), so each can be read,
tested and changed without the ones above it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

pytestmark = pytest.mark.nodb

SRC = Path(__file__).resolve().parent.parent / "src" / "memsvc"
# A package may import the packages listed after it, never those before it.
LAYERS = ["server", "agent", "memory", "executor", "storage"]
ABOVE = {
    "storage": {"memory", "executor", "agent", "server"},
    "memory": {"agent", "server"},
    "executor": {"agent", "server"},
    "agent": {"server"},
    "server": set(),
}


def _runtime_imports(tree: ast.Module) -> list[tuple[int, str]]:
    """Modules imported when the file runs (not those under `if TYPE_CHECKING:`)."""
    found: list[tuple[int, str]] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                continue
            if isinstance(child, ast.ImportFrom) and child.module:
                found.append((child.lineno, child.module))
            elif isinstance(child, ast.Import):
                found.extend((child.lineno, alias.name) for alias in child.names)
            visit(child)

    visit(tree)
    return found


@pytest.mark.parametrize("layer", LAYERS)
def test_a_layer_never_imports_the_layers_above_it(layer: str) -> None:
    wrong = []
    for path in sorted((SRC / layer).rglob("*.py")):
        for line, module in _runtime_imports(ast.parse(path.read_text())):
            parts = module.split(".")
            if parts[0] == "memsvc" and len(parts) > 1 and parts[1] in ABOVE[layer]:
                wrong.append(f"{path.relative_to(SRC)}:{line} imports {module}")
    assert not wrong, "imports against the layering:\n" + "\n".join(wrong)
