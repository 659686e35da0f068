"""`memsvc ingest AGENT_ID FILE`: put a document into an agent's archival storage, with progress."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.text import Text

from memsvc.cli.common import CliError, add_connection_args, console, run
from memsvc.v1 import memory_service_pb2
from memsvc_client import MemsvcClient


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    ingest = sub.add_parser("ingest", help="ingest a text, Markdown or PDF document into archival memory (client)")
    ingest.add_argument("agent_id", metavar="AGENT_ID")
    ingest.add_argument("file", metavar="FILE", type=Path)
    ingest.add_argument("--tag", action="append", default=[], dest="tags", help="a tag for every chunk (repeatable)")
    ingest.add_argument("--name", default="", help="the document's name (default: the file's name)")
    ingest.add_argument(
        "--mime-type", default="", help="text/plain, text/markdown or application/pdf (default: guessed)"
    )
    ingest.add_argument("--chunk-size", type=int, default=0, help="chunk size in tokens (default: the agent's)")
    ingest.add_argument(
        "--notify-agent",
        action="store_true",
        help="once stored, give the agent a turn about the document (a system event naming it and its tag)",
    )
    add_connection_args(ingest)
    ingest.set_defaults(cli=_main)


def _main(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        print(f"error: {args.file} is not a file", file=sys.stderr)
        return 1
    return run(args, _ingest)


async def _ingest(client: MemsvcClient, args: argparse.Namespace) -> None:
    path: Path = args.file
    name = args.name or path.name
    events = client.ingest_document(
        args.agent_id,
        path,
        name=name,
        mime_type=args.mime_type,
        tags=args.tags,
        chunk_size=args.chunk_size,
        notify_agent=args.notify_agent,
    )
    out = console()
    result: memory_service_pb2.IngestResult | None = None
    if out.is_terminal:
        columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
        with Progress(*columns, TextColumn("chunks"), TimeElapsedColumn(), console=out, transient=True) as bar:
            task = bar.add_task(f"ingesting {name}", total=None)
            async for event in events:
                if isinstance(event, memory_service_pb2.IngestProgress):
                    bar.update(task, completed=event.chunks_done, total=event.chunks_total)
                else:
                    result = event
    else:
        async for event in events:
            if isinstance(event, memory_service_pb2.IngestProgress):
                out.print(f"progress: {event.chunks_done}/{event.chunks_total} chunks")
            else:
                result = event
    if result is None:
        raise CliError("the server ended the ingest without a result")
    _print_result(out, name, result)


def _print_result(out: Console, name: str, result: memory_service_pb2.IngestResult) -> None:
    out.print(
        Text.assemble(
            ("ingested ", "bold green"),
            (name, "bold"),
            f": {result.chunks_total} chunks ({result.chunks_created} new, {result.chunks_existing} already stored),"
            f" tag {result.document_tag}, document {result.document_id[:12]}",
        )
    )
    if result.wakeup_id:
        out.print(f"the agent was notified: it gets a turn about the document (wake-up {result.wakeup_id})")
