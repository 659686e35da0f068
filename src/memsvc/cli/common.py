"""What every client command shares: connection options, consoles, tables, error handling."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Awaitable, Callable, Sequence

from rich import box
from rich.console import Console
from rich.table import Table

from memsvc_client import MemsvcClient, MemsvcRPCError

Command = Callable[[MemsvcClient, argparse.Namespace], Awaitable[int | None]]


class CliError(Exception):
    """A problem on the command line's side (a missing file, ...): printed as `error: ...`."""


def add_connection_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--address",
        default=os.environ.get("MEMSVC_ADDRESS") or "localhost:50051",
        help="the memsvc (agent) server, host:port (MEMSVC_ADDRESS; default localhost:50051)",
    )
    parser.add_argument(
        "--api-key",
        default=os.environ.get("MEMSVC_API_KEY") or None,
        help="sent as 'authorization: Bearer KEY' on every call (MEMSVC_API_KEY)",
    )


def console() -> Console:
    """stdout: coloured on a terminal, plain text otherwise (NO_COLOR is respected)."""
    return Console(soft_wrap=True, highlight=False, emoji=False)


def err_console() -> Console:
    return Console(stderr=True, soft_wrap=True, highlight=False, emoji=False)


def print_table(out: Console, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """A rich table on a terminal; aligned plain columns otherwise (easy to grep and cut)."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]
    if out.is_terminal:
        table = Table(box=box.SIMPLE_HEAD, header_style="bold")
        for i, header in enumerate(headers):  # the first column (ids) is never cut
            table.add_column(header, no_wrap=True, min_width=widths[0] if i == 0 else None)
        for row in rows:
            table.add_row(*row)
        out.print(table)
        return
    for row in [headers, *rows]:
        out.print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


def run(args: argparse.Namespace, command: Command) -> int:
    """Runs one client command; errors print `error: <message> (<CODE> <REASON>)` and exit 1."""

    async def main() -> int:
        async with MemsvcClient(args.address, api_key=args.api_key) as client:
            return await command(client, args) or 0

    try:
        return asyncio.run(main())
    except MemsvcRPCError as exc:
        print(f"error: {exc}", file=sys.stderr)
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
    except KeyboardInterrupt:
        return 130
    return 1
