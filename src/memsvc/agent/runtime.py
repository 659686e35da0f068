"""AgentRuntime: the agent server's domain object.

Creates agents (checking and completing their configuration, client tools
included) and runs their turns through the TurnRunner (turns.py): one at a time per
agent, as their own tasks, pausing when the client must act (turn_state.py).
"""

from __future__ import annotations

import asyncio
import os
import socket
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import replace

import structlog

from memsvc import client_tools, validation
from memsvc.agent import extract as extract_
from memsvc.agent.consolidation import Consolidator
from memsvc.agent.events import Event, TurnEnded
from memsvc.agent.llm import LlmClient
from memsvc.agent.loop import LoopDeps, Outcome
from memsvc.agent.prompt import render_system
from memsvc.agent.queue import MIN_QUEUE_TOKENS, ContextReport, QueueManager, context_report
from memsvc.agent.toolset import Toolset, load_toolset
from memsvc.agent.turns import TurnRunner, TurnView
from memsvc.agent.wakeups import WakeupService
from memsvc.agent_config import (
    check_consolidation_config,
    check_context_config,
    check_llm_config,
    check_max_steps,
    complete_block,
)
from memsvc.endpoints import EndpointPolicy
from memsvc.errors import InvalidArgument
from memsvc.memory.embeddings import check_embedding_config
from memsvc.models import (
    DEFAULT_CHUNK_SIZE,
    DEFAULT_SYSTEM,
    LOCAL_EMBEDDING_DIM,
    LOCAL_EMBEDDING_MODEL,
    Agent,
    ConsolidationConfig,
    EmbeddingConfig,
    LlmConfig,
    Message,
    MessageInput,
    Page,
    Role,
    ToolConfig,
    now,
)
from memsvc.ports import AgentStore, Executor
from memsvc.settings import Settings
from memsvc.tokens import TokenCounter

log = structlog.get_logger("memsvc.agent")
Emit = Callable[[Event], Awaitable[None]]

# UpdateAgent's field paths; the tool fields are stored together (Agent.tools).
TOOL_FIELDS = frozenset(
    {
        "client_tools",
        "tools_requiring_approval",
        "client_tool_timeout_seconds",
        "approval_timeout_seconds",
        "enable_wakeups",
    }
)
UPDATABLE = (
    frozenset(
        {"name", "system", "llm_config", "embedding_config", "context_config", "max_steps", "consolidation_config"}
    )
    | TOOL_FIELDS
)
LOCAL_CHUNK_SIZE = 200
MAX_TURN_INPUTS = 100  # messages in one turn's input (each also fits the prompt, and all of them together)
MAX_CONVERSATION = 1000


class AgentRuntime:
    def __init__(self, store: AgentStore, executor: Executor, llm: LlmClient, settings: Settings) -> None:
        self.store = store
        self.deps = LoopDeps(store, executor, llm)
        self.settings = settings
        self.endpoints = EndpointPolicy(settings)
        # Names this server in turn leases; app.start sets host:port once the port is bound.
        self.turns = TurnRunner(self.deps, settings, settings.instance_id or f"{socket.gethostname()}:{os.getpid()}")
        self.wakeups = WakeupService(self.turns, store, settings)
        self.consolidator = Consolidator(self.turns)

    @property
    def holder(self) -> str:
        return self.turns.holder

    @holder.setter
    def holder(self, value: str) -> None:
        self.turns.holder = value

    # ----- agents ---------------------------------------------------------------------

    async def create_agent(self, agent: Agent, request_id: str = "") -> Agent:
        agent = self.complete(agent)
        agent.tools = await self.check_tools(agent.tools)
        await self.check_fits(agent)
        return await self.store.create_agent(agent, validation.request_id(request_id))

    async def check_tools(self, config: ToolConfig, prefix: str = "") -> ToolConfig:
        builtin = await self.deps.executor.list_functions(inner_thoughts_in_kwargs=False)
        return client_tools.check_tool_config(config, frozenset(f.name for f in builtin), prefix)

    async def list_tools(self, agent_id: str) -> Toolset:
        return await load_toolset(self.deps.executor, await self.store.get_agent(validation.agent_id(agent_id)))

    async def check_fits(self, agent: Agent, *, blocks: bool = True) -> None:
        """Refuses a context window too small for the fixed part of the prompt. With `blocks`
        false (an existing agent changed), the memory blocks count as the loop shows them when
        they outgrow the window: cut to what fits (loop.py), so only the instructions and the
        tool schemas must fit; they are what no turn can shrink."""
        config = agent.llm_config
        toolset = await load_toolset(self.deps.executor, agent)
        counter = TokenCounter(config.model)
        system = render_system(agent, 0, 0, block_chars=None if blocks else 0)
        fixed = counter.message({"role": "system", "content": system}) + counter.tools(toolset.for_llm())
        budget = config.context_window - config.max_tokens
        if fixed + MIN_QUEUE_TOKENS > budget:
            what = (
                "system instructions, memory blocks and tool schemas"
                if blocks
                else "system instructions and tool schemas"
            )
            raise InvalidArgument(
                f"llm_config.context_window {config.context_window:,} is too small: the {what} take {fixed:,} "
                f"tokens of the prompt budget of {budget:,} (context_window minus max_tokens {config.max_tokens:,}), "
                f"leaving less than {MIN_QUEUE_TOKENS} for messages; use a context_window of at least "
                f"{fixed + MIN_QUEUE_TOKENS + config.max_tokens:,}",
                reason="CONTEXT_WINDOW_TOO_SMALL",
                field="llm_config.context_window",
            )

    def complete(self, agent: Agent) -> Agent:
        """Checks a new agent's configuration and fills in every default."""
        agent.id = str(uuid.uuid4())
        agent.name = validation.text(agent.name or f"agent-{agent.id[:8]}", "name", max_chars=256)
        agent.system = validation.text(agent.system or DEFAULT_SYSTEM, "system", max_chars=100_000)
        agent.llm_config = self.check_llm(agent.llm_config)
        agent.embedding_config = self.complete_embedding(agent.embedding_config)
        agent.context_config = check_context_config(agent.context_config)
        agent.max_steps = check_max_steps(agent.max_steps)
        agent.consolidation = self.check_consolidation(agent.consolidation)
        agent.blocks = [complete_block(b) for b in agent.blocks]
        agent.create_time = agent.update_time = now()
        return agent

    def complete_embedding(self, config: EmbeddingConfig | None) -> EmbeddingConfig:
        """Fills in an embedding config (agent.proto): none, or one that names no model and no
        endpoint, is the offline local model whatever MEMSVC_EMBEDDING_BASE_URL says (that
        endpoint serves agents that name a model without an endpoint of their own)."""
        config = replace(config) if config else EmbeddingConfig("", "", "", 0, 0)
        if not config.embedding_endpoint_type:
            named = config.embedding_model or config.embedding_endpoint
            remote = named and (config.embedding_endpoint or self.settings.embedding_base_url)
            config.embedding_endpoint_type = "openai" if remote else "local"
        if config.embedding_endpoint_type == "local":
            config.embedding_model = config.embedding_model or LOCAL_EMBEDDING_MODEL
            config.embedding_dim = config.embedding_dim or LOCAL_EMBEDDING_DIM
        if not config.embedding_model:
            raise InvalidArgument(
                "embedding_config.embedding_model is required", field="embedding_config.embedding_model"
            )
        if config.embedding_chunk_size == 0:
            # all-MiniLM-L6-v2 reads at most 256 word pieces: keep local chunks under that.
            local = config.embedding_endpoint_type == "local"
            config.embedding_chunk_size = LOCAL_CHUNK_SIZE if local else DEFAULT_CHUNK_SIZE
        if not 16 <= config.embedding_chunk_size <= 8192:
            raise InvalidArgument(
                "embedding_config.embedding_chunk_size must be between 16 and 8192 tokens",
                field="embedding_config.embedding_chunk_size",
            )
        check_embedding_config(config)
        self.endpoints.check(config.embedding_endpoint, "embedding_config.embedding_endpoint")
        return config

    def check_llm(self, config: LlmConfig | None) -> LlmConfig:
        """check_llm_config, and an endpoint the operator allows agents to name (endpoints.py); one
        that MEMSVC_LLM_BASE_URL overrides is never called, so not refused."""
        config = check_llm_config(config)
        if not self.settings.llm_base_url:
            self.endpoints.check(config.model_endpoint, "llm_config.model_endpoint")
        return config

    def check_consolidation(self, config: ConsolidationConfig | None) -> ConsolidationConfig:
        """check_consolidation_config, and its model's endpoint allowed as check_llm says."""
        config = check_consolidation_config(config)
        if config.llm_config is not None and not self.settings.llm_base_url:
            field = "consolidation_config.llm_config.model_endpoint"
            self.endpoints.check(config.llm_config.model_endpoint, field)
        return config

    async def get_agent(self, agent_id: str) -> Agent:
        return await self.store.get_agent(agent_id)

    async def list_agents(self, page_size: int, page_token: str) -> Page[Agent]:
        return await self.store.list_agents(page_size, page_token)

    async def update_agent(self, agent: Agent, fields: frozenset[str]) -> Agent:
        if not fields:
            raise InvalidArgument("update_mask must name at least one field", field="update_mask")
        unknown = fields - UPDATABLE
        if unknown:
            raise InvalidArgument(
                f"update_mask names fields that cannot be changed here: {', '.join(sorted(unknown))}; "
                f"allowed: {', '.join(sorted(UPDATABLE))} (blocks change through MemoryService)",
                field="update_mask",
            )
        current = await self.store.get_agent(agent.id)
        if "name" in fields:
            agent.name = validation.text(agent.name, "agent.name", max_chars=256)
        if "system" in fields:
            agent.system = validation.text(agent.system or DEFAULT_SYSTEM, "agent.system", max_chars=100_000)
        if "llm_config" in fields:
            agent.llm_config = self.check_llm(agent.llm_config)
        if "embedding_config" in fields:
            agent.embedding_config = self.complete_embedding(agent.embedding_config)
            if agent.embedding_config.embedding_dim != current.embedding_config.embedding_dim:
                raise InvalidArgument(
                    "embedding_dim cannot change once an agent exists (its archival vectors have that dimension)",
                    field="agent.embedding_config.embedding_dim",
                )
        if "context_config" in fields:
            agent.context_config = check_context_config(agent.context_config)
        if "max_steps" in fields:
            agent.max_steps = check_max_steps(agent.max_steps)
        if "consolidation_config" in fields:
            agent.consolidation = self.check_consolidation(agent.consolidation)
        stored = frozenset(fields - TOOL_FIELDS - {"consolidation_config"})
        if "consolidation_config" in fields:
            stored |= {"consolidation"}
        if fields & TOOL_FIELDS:
            agent.tools = await self.check_tools(_merged_tools(current.tools, agent.tools, fields), "agent.")
            stored |= {"tools"}
        if fields & (TOOL_FIELDS | {"llm_config", "system"}):
            # The same bound as CreateAgent: a window that cannot hold the instructions and tool
            # schemas would refuse every later message (newcomer finding 25).
            merged = replace(current, **{f: getattr(agent, f) for f in stored})
            await self.check_fits(merged, blocks=False)
        return await self.store.update_agent(agent, stored)

    async def list_messages(
        self, agent_id: str, page_size: int, page_token: str, *, in_context_only: bool = False
    ) -> Page[Message]:
        return await self.store.list_recall(agent_id, page_size, page_token, in_context_only=in_context_only)

    async def context_window(self, agent_id: str) -> ContextReport:
        context = await self.store.load_context(validation.agent_id(agent_id))
        config = context.agent.llm_config
        toolset = await load_toolset(self.deps.executor, context.agent)
        counter = TokenCounter(config.model)
        system = render_system(context.agent, context.recall_count, context.archival_count)
        tools_tokens = counter.tools(toolset.for_llm())
        return context_report(QueueManager(self.deps.llm, counter), context, system, tools_tokens)

    async def delete_agent(self, agent_id: str) -> None:
        async with self.turns.lock(agent_id):
            await self.store.delete_agent(agent_id)

    # ----- the write side of external loops ---------------------------------------------

    async def append_conversation(
        self, agent_id: str, inputs: list[MessageInput], emit: Emit, *, extract: bool = False, max_steps: int = 0
    ) -> tuple[list[Message], TurnEnded | None]:
        """Stores an external loop's messages in recall storage; with `extract`, the agent's LLM then
        saves what is worth keeping from them (extract.py), under the turn lease, never beside a turn."""
        agent_id = validation.agent_id(agent_id)
        if not 1 <= len(inputs) <= MAX_CONVERSATION:
            raise InvalidArgument(f"messages must hold 1 to {MAX_CONVERSATION} messages", field="messages")
        if not 0 <= max_steps <= extract_.MAX_STEPS:
            raise InvalidArgument(
                f"max_steps must be 0 (default {extract_.DEFAULT_STEPS}) to {extract_.MAX_STEPS}", field="max_steps"
            )
        stored = await self.store.append_recall(agent_id, inputs)
        if not extract:
            return stored, None
        async with self.turns.held(agent_id) as (context, _):
            run = extract_.Extraction(self.deps.llm, self.deps.executor, context.agent, emit)
            end = await run.run(stored, max_steps or extract_.DEFAULT_STEPS)
        return stored, end

    # ----- turns ----------------------------------------------------------------------

    def check_inputs(self, inputs: list[MessageInput]) -> list[MessageInput]:
        if not inputs:
            raise InvalidArgument("messages must hold at least one message", field="messages")
        if len(inputs) > MAX_TURN_INPUTS:
            raise InvalidArgument(
                f"a turn takes at most {MAX_TURN_INPUTS} messages; this request has {len(inputs):,}: send them "
                "over several turns, or store history with MemoryService.AppendRecallMessages",
                reason="TOO_MANY_MESSAGES",
                field="messages",
            )
        out = []
        for item in inputs:
            if item.role not in (Role.USER, Role.SYSTEM):
                raise InvalidArgument(
                    "an input message's role must be MESSAGE_ROLE_USER or MESSAGE_ROLE_SYSTEM", field="messages.role"
                )
            validation.text(item.content, "messages.content", max_chars=self.settings.max_message_chars)
            if item.create_time is not None:
                raise InvalidArgument(
                    "a turn's input is stored now: leave messages.create_time unset "
                    "(MemoryService.AppendRecallMessages stores history with its own times)",
                    field="messages.create_time",
                )
            out.append(item)
        return out

    async def send(
        self,
        agent_id: str,
        inputs: list[MessageInput],
        emit: Emit,
        *,
        max_steps: int = 0,
        cancel: asyncio.Event | None = None,
        request_id: str = "",
        cancel_on_disconnect: bool = False,
        stream_tokens: bool = False,
    ) -> Outcome:
        """Runs one turn until it ends or waits for the client (see TurnRunner.send)."""
        agent_id = validation.agent_id(agent_id)
        inputs = self.check_inputs(inputs)
        validation.request_id(request_id)
        if max_steps < 0 or max_steps > 1000:
            raise InvalidArgument("max_steps must be between 0 (the agent's default) and 1000", field="max_steps")
        return await self.turns.send(
            agent_id,
            inputs,
            emit,
            max_steps=max_steps,
            cancel=cancel,
            request_id=request_id,
            cancel_on_disconnect=cancel_on_disconnect,
            stream_tokens=stream_tokens,
        )

    async def consolidate(self, agent_id: str) -> TurnView:
        """Starts a background memory consolidation run now (consolidation.py); returns its turn."""
        return await self.consolidator.start(agent_id)

    async def drain(self) -> None:
        await self.turns.drain()


def _merged_tools(current: ToolConfig, given: ToolConfig, fields: frozenset[str]) -> ToolConfig:
    """The agent's tool config with the fields an update names taken from the update."""
    return ToolConfig(
        client_tools=given.client_tools if "client_tools" in fields else current.client_tools,
        requiring_approval=given.requiring_approval
        if "tools_requiring_approval" in fields
        else current.requiring_approval,
        client_tool_timeout=given.client_tool_timeout
        if "client_tool_timeout_seconds" in fields
        else current.client_tool_timeout,
        approval_timeout=given.approval_timeout if "approval_timeout_seconds" in fields else current.approval_timeout,
        wakeups=given.wakeups if "enable_wakeups" in fields else current.wakeups,
    )
