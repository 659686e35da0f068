"""`memsvc agents create|list|show`: manage agents from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC
from pathlib import Path
from typing import Any

from google.protobuf import json_format, timestamp_pb2
from rich.console import Console
from rich.text import Text

from memsvc.cli.common import CliError, add_connection_args, console, print_table, run
from memsvc.v1 import agent_pb2, agent_service_pb2
from memsvc_client import MemsvcClient


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    agents = sub.add_parser("agents", help="create, list and show agents (client)")
    commands = agents.add_subparsers(dest="agents_command", required=True, metavar="{create,list,show}")

    create = commands.add_parser(
        "create",
        help="create an agent; prints its id",
        description="Create an agent from options, or from a whole request body (--json: e.g. a Letta "
        "POST /v1/agents body, as it is); options given beside --json override its fields.",
    )
    create.add_argument(
        "--json",
        metavar="BODY",
        help="the CreateAgent request as JSON (Letta's body works as it is); @FILE reads a file, @- stdin",
    )
    create.add_argument("--model", help="the LLM's model name, e.g. deepseek-chat (required without --json)")
    create.add_argument("--context-window", type=int, help="the model's context window in tokens (idem)")
    create.add_argument("--endpoint", default="", help="the OpenAI-compatible base URL of the LLM")
    create.add_argument("--endpoint-type", default="", help="openai (default), deepseek, ollama, vllm, ...")
    create.add_argument("--human", default="", help="the initial `human` block: what the agent knows of the user")
    create.add_argument("--persona", default="", help="the initial `persona` block: who the agent is")
    create.add_argument("--name", default="", help="a name (default: agent- and the id's first 8 characters)")
    create.add_argument("--system", default="", help="system instructions (default: memsvc's MemGPT instructions)")
    create.add_argument("--embedding-endpoint", default="", help="an OpenAI-compatible /embeddings base URL")
    create.add_argument("--embedding-model", default="", help="the embedding model (with --embedding-endpoint)")
    create.add_argument("--embedding-dim", type=int, default=0, help="the embedding dimension")
    create.add_argument(
        "--embedding-endpoint-type", default="", help="local, openai, ollama, ... (default: local without an endpoint)"
    )
    create.add_argument(
        "--put-inner-thoughts-in-kwargs",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="give every function an inner_thoughts argument (default: yes)",
    )
    create.add_argument(
        "--block",
        action="append",
        default=[],
        metavar="LABEL=VALUE",
        help="another memory block (repeatable), e.g. --block notes='Likes tea'",
    )
    create.add_argument(
        "--require-approval",
        action="append",
        default=[],
        metavar="TOOL",
        help="a tool whose calls wait for approval (repeatable), e.g. core_memory_replace",
    )
    create.add_argument(
        "--enable-wakeups",
        action="store_true",
        help="give the agent schedule_wakeup, list_wakeups and cancel_wakeup, to wake itself up later "
        "(about 410 prompt tokens per LLM call)",
    )
    add_connection_args(create)
    create.set_defaults(cli=lambda args: run(args, _create))

    listing = commands.add_parser("list", help="list agents, newest first")
    add_connection_args(listing)
    listing.set_defaults(cli=lambda args: run(args, _list))

    show = commands.add_parser("show", help="show an agent: config, memory blocks, context window")
    show.add_argument("agent_id", metavar="AGENT_ID")
    add_connection_args(show)
    show.set_defaults(cli=lambda args: run(args, _show))


def _when(stamp: timestamp_pb2.Timestamp) -> str:
    if not stamp.seconds and not stamp.nanos:
        return ""
    return stamp.ToDatetime(tzinfo=UTC).strftime("%Y-%m-%d %H:%M UTC")


def _body(spec: str) -> dict[str, Any]:
    """--json: inline JSON, @FILE or @- (stdin)."""
    if spec.startswith("@"):
        source = spec[1:]
        try:
            spec = sys.stdin.read() if source == "-" else Path(source).read_text()
        except OSError as exc:
            raise CliError(f"cannot read {source}: {exc.strerror}") from None
    try:
        body = json.loads(spec)
    except ValueError as exc:
        raise CliError(f"--json is not JSON: {exc}") from None
    if not isinstance(body, dict):
        raise CliError("--json must be a JSON object (the CreateAgent request)")
    return body


def create_request(args: argparse.Namespace) -> agent_service_pb2.CreateAgentRequest:
    """The request: --json's body (if any), then each option given on top of it."""
    request = agent_service_pb2.CreateAgentRequest()
    if args.json:
        try:
            json_format.ParseDict(_body(args.json), request)
        except json_format.ParseError as exc:
            raise CliError(f"--json is not a CreateAgent request: {exc}") from None
    llm, emb = request.llm_config, request.embedding_config
    for value, target, name in (
        (args.model, llm, "model"),
        (args.context_window, llm, "context_window"),
        (args.endpoint, llm, "model_endpoint"),
        (args.endpoint_type, llm, "model_endpoint_type"),
        (args.put_inner_thoughts_in_kwargs, llm, "put_inner_thoughts_in_kwargs"),
        (args.embedding_endpoint, emb, "embedding_endpoint"),
        (args.embedding_model, emb, "embedding_model"),
        (args.embedding_dim, emb, "embedding_dim"),
        (args.embedding_endpoint_type, emb, "embedding_endpoint_type"),
        (args.name, request, "name"),
        (args.system, request, "system"),
    ):
        if isinstance(value, bool) or value not in (None, "", 0):  # (False == 0, but it was given)
            setattr(target, name, value)
    if not llm.model or not llm.context_window:
        raise CliError("give --model and --context-window (or a --json body with llm_config)")
    blocks = [("human", args.human), ("persona", args.persona)]
    for item in args.block:
        label, sep, value = item.partition("=")
        if not sep:
            raise CliError(f"--block {item!r} is not LABEL=VALUE")
        blocks.append((label, value))
    for label, value in blocks:
        if not value:
            continue
        existing = next((b for b in request.memory_blocks if b.label == label), None)
        if existing is None:
            request.memory_blocks.add(label=label, value=value)
        else:
            existing.value = value
    request.tools_requiring_approval.extend(
        t for t in args.require_approval if t not in request.tools_requiring_approval
    )
    if args.enable_wakeups:
        request.enable_wakeups = True
    return request


async def _create(client: MemsvcClient, args: argparse.Namespace) -> None:
    request = create_request(args)
    agent = (await client._unary(client.agents.CreateAgent, request)).agent
    console().print(agent.id)


async def _list(client: MemsvcClient, args: argparse.Namespace) -> None:
    rows = [
        [a.id, a.name, a.llm_config.model, str(a.llm_config.context_window), _when(a.create_time)]
        async for a in client.list_agents(page_size=100)
    ]
    out = console()
    if not rows:
        out.print("no agents")
        return
    print_table(out, ["ID", "NAME", "MODEL", "CONTEXT", "CREATED"], rows)


async def _show(client: MemsvcClient, args: argparse.Namespace) -> None:
    agent = await client.get_agent(args.agent_id)
    window = await client.get_context_window(args.agent_id)
    out = console()
    _print_agent(out, agent)
    _print_blocks(out, agent)
    _print_window(out, window)


def _field(out: Console, label: str, value: object) -> None:
    out.print(Text(f"  {label:<20}{value}"))


def _print_agent(out: Console, agent: agent_pb2.Agent) -> None:
    out.print(Text.assemble(("agent ", "bold"), (agent.name, "bold cyan"), f"  {agent.id}"))
    llm = agent.llm_config
    endpoint = f" at {llm.model_endpoint}" if llm.model_endpoint else ""
    _field(out, "model", f"{llm.model} ({llm.model_endpoint_type or 'openai'}){endpoint}")
    _field(out, "context window", f"{llm.context_window:,} tokens (reply reserve {llm.max_tokens or 1024:,})")
    emb = agent.embedding_config
    dim = f", {emb.embedding_dim} dimensions" if emb.embedding_dim else ""
    _field(out, "embeddings", f"{emb.embedding_model or 'local'} ({emb.embedding_endpoint_type or 'local'}{dim})")
    _field(out, "max steps", agent.max_steps or "server default")
    ctx = agent.context_config
    _field(
        out,
        "queue manager",
        f"warn at {ctx.warning_threshold or 0.7:.0%}, flush at {ctx.flush_threshold or 1.0:.0%}, "
        f"evict {ctx.evict_fraction or 0.5:.0%}",
    )
    _field(out, "created", _when(agent.create_time))
    if agent.client_tools:
        _field(out, "client tools", ", ".join(t.name for t in agent.client_tools))
    if agent.tools_requiring_approval:
        _field(out, "need approval", ", ".join(agent.tools_requiring_approval))
    if agent.enable_wakeups:
        _field(out, "wake-ups", "the agent schedules its own (schedule_wakeup)")


def _print_blocks(out: Console, agent: agent_pb2.Agent) -> None:
    out.print(Text("memory blocks", style="bold"))
    if not agent.memory_blocks:
        out.print("  (none)")
    for block in agent.memory_blocks:
        flags = ", read-only" if block.read_only else ""
        out.print(Text.assemble("  ", (block.label, "bold"), f" ({len(block.value)}/{block.limit} chars{flags})"))
        for line in block.value.splitlines() or [""]:
            out.print(Text(f"    {line}"))


def _print_window(out: Console, window: agent_service_pb2.GetContextWindowResponse) -> None:
    out.print(Text(f"context window ({window.tokenizer})", style="bold"))
    sections = [
        ("system instructions", window.system_instructions_tokens),
        ("working context", window.working_context_tokens),
        ("summary", window.summary_tokens),
        (f"messages ({window.message_count})", window.messages_tokens),
        ("function schemas", window.function_schemas_tokens),
    ]
    for label, tokens in sections:
        _field(out, label, f"{tokens:>8,}")
    used = window.total_tokens / window.prompt_budget_tokens if window.prompt_budget_tokens else 0.0
    _field(out, "total", f"{window.total_tokens:>8,} of {window.prompt_budget_tokens:,} ({used:.0%} of the budget)")
    _field(out, "thresholds", f"warning at {window.warning_tokens:,}, flush at {window.flush_tokens:,}")
    _field(out, "recall storage", f"{window.recall_count:,} messages")
    _field(out, "archival storage", f"{window.archival_count:,} passages")
    state = [s for s, on in (("summary pending", window.summary_pending), ("warned", window.warned)) if on]
    if state:
        _field(out, "state", ", ".join(state))
    if window.summary:
        _field(out, "summary text", window.summary)
