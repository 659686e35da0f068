"""`memsvc export AGENT_ID` and `memsvc import FILE`: agents as one versioned file (or from Letta)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from google.protobuf import json_format
from rich.text import Text

from memsvc.cli.common import CliError, add_connection_args, console, err_console, run
from memsvc.v1 import agent_file_pb2
from memsvc_client import MemsvcClient, MemsvcRPCError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    export = sub.add_parser("export", help="write an agent with all of its memory to one file (client)")
    export.add_argument("agent_id", metavar="AGENT_ID")
    export.add_argument("-o", "--output", type=Path, help="the file to write (default: stdout)")
    add_connection_args(export)
    export.set_defaults(cli=lambda args: run(args, _export))

    imp = sub.add_parser("import", help="import an agent file: memsvc's (from export) or a Letta .af (client)")
    imp.add_argument("file", metavar="FILE", type=Path)
    imp.add_argument(
        "--new-id", action="store_true", help="give the agent a new id (to import beside the agent it came from)"
    )
    add_connection_args(imp)
    imp.set_defaults(cli=lambda args: run(args, _import))


async def _export(client: MemsvcClient, args: argparse.Namespace) -> None:
    agent_file = await client.export_agent(args.agent_id)
    text = json_format.MessageToJson(agent_file, preserving_proto_field_name=True, indent=1)
    if args.output is None:
        sys.stdout.write(text + "\n")
        return
    args.output.write_text(text + "\n")
    console().print(
        f"exported {agent_file.agent.name} ({args.agent_id}): {len(agent_file.messages)} "
        f"messages, {len(agent_file.passages)} passages to {args.output}"
    )


def is_memsvc_file(data: object) -> bool:
    return isinstance(data, dict) and ("format_version" in data or "formatVersion" in data)


async def _import(client: MemsvcClient, args: argparse.Namespace) -> None:
    try:
        raw = args.file.read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {args.file}: {exc.strerror}") from None
    try:
        data = json.loads(raw)
    except ValueError:
        raise CliError(f"{args.file} is not JSON (an agent file from `memsvc export`, or a Letta .af)") from None
    if is_memsvc_file(data):
        agent_file = agent_file_pb2.AgentFile()
        try:
            json_format.ParseDict(data, agent_file)
        except json_format.ParseError as exc:
            raise CliError(f"{args.file} is not a memsvc agent file: {exc}") from None
        try:
            response = await client.import_agent(agent_file, assign_new_id=args.new_id)
        except MemsvcRPCError as exc:
            if exc.reason != "AGENT_ALREADY_EXISTS":
                raise
            raise CliError(
                f"agent {agent_file.agent.id} already exists here: run `memsvc import {args.file} --new-id` "
                "to import a copy of it beside it, under a new id"
            ) from None
        if not args.new_id and response.agent.id != agent_file.agent.id:
            note = f"the file's id {agent_file.agent.id} is taken on this server: imported under a new id"
            err_console().print(Text(note, style="yellow"))
    else:
        response = await client.import_agent(letta_agent_file=raw)
    out = console()
    out.print(response.agent.id)
    out.print(
        Text(
            f"imported {response.agent.name}: {len(response.agent.memory_blocks)} blocks, "
            f"{response.message_count} messages, {response.passage_count} passages",
            style="dim",
        )
    )
    for line in response.unmapped:
        out.print(Text(f"  not mapped: {line}", style="yellow"))
