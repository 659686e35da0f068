"""`memsvc mcp`: serve an agent's memory over the Model Context Protocol (stdio or streamable HTTP)."""

from __future__ import annotations

import argparse
import os

from memsvc.cli.common import add_connection_args


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    mcp = sub.add_parser(
        "mcp",
        help="serve memsvc's memory to MCP hosts (coding assistants, agents) over stdio or streamable HTTP",
    )
    mcp.add_argument(
        "--agent-id",
        default=os.environ.get("MEMSVC_AGENT_ID", ""),
        help="the agent whose memory the tools use when a call names none (MEMSVC_AGENT_ID)",
    )
    mcp.add_argument(
        "--transport",
        choices=["stdio", "http"],
        default="stdio",
        help="stdio (default: the host starts this command) or http (streamable HTTP at --host:--port/mcp)",
    )
    mcp.add_argument("--host", default="127.0.0.1", help="with --transport http: the address to listen on")
    mcp.add_argument("--port", type=int, default=8765, help="with --transport http: the port (default 8765)")
    add_connection_args(mcp)
    mcp.set_defaults(cli=_main)


def _main(args: argparse.Namespace) -> int:
    from memsvc.mcp_server import build

    server = build(args.address, api_key=args.api_key, agent_id=args.agent_id)
    if args.transport == "stdio":
        server.run("stdio")
    else:
        server.run("streamable-http", host=args.host, port=args.port)
    return 0
