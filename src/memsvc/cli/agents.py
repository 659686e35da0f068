"""`memsvc agents create|list|show`: manage agents from the command line."""

from __future__ import annotations

import argparse
from datetime import UTC

from google.protobuf import timestamp_pb2
from rich.console import Console
from rich.text import Text

from memsvc.cli.common import add_connection_args, console, print_table, run
from memsvc.v1 import agent_pb2, agent_service_pb2
from memsvc_client import MemsvcClient


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    agents = sub.add_parser("agents", help="create, list and show agents (client)")
    commands = agents.add_subparsers(dest="agents_command", required=True, metavar="{create,list,show}")

    create = commands.add_parser("create", help="create an agent; prints its id")
    create.add_argument("--model", required=True, help="the LLM's model name, e.g. deepseek-chat")
    create.add_argument("--context-window", type=int, required=True, help="the model's context window in tokens")
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
        "--require-approval",
        action="append",
        default=[],
        metavar="TOOL",
        help="a tool whose calls wait for approval (repeat for more), e.g. core_memory_replace",
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


async def _create(client: MemsvcClient, args: argparse.Namespace) -> None:
    blocks = {label: value for label, value in (("human", args.human), ("persona", args.persona)) if value}
    embedding = None
    if args.embedding_endpoint or args.embedding_model or args.embedding_dim:
        embedding = agent_pb2.EmbeddingConfig(
            embedding_endpoint=args.embedding_endpoint,
            embedding_model=args.embedding_model,
            embedding_dim=args.embedding_dim,
        )
    agent = await client.create_agent(
        args.model,
        args.context_window,
        model_endpoint=args.endpoint,
        model_endpoint_type=args.endpoint_type,
        blocks=blocks,
        name=args.name,
        system=args.system,
        embedding=embedding,
        tools_requiring_approval=args.require_approval,
    )
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
