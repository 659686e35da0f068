"""The client commands of `memsvc` (agents, chat, ingest), built on memsvc_client.

One module per command group; each has `register(sub)`, which adds its parsers and sets
`cli` (a function of the parsed arguments returning the exit code) on each command.
"""

from __future__ import annotations

import argparse

from memsvc.cli import agents, chat, ingest, mcp, portable


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Adds the client commands to `memsvc`'s subcommands."""
    for module in (agents, chat, ingest, mcp, portable):
        module.register(sub)
