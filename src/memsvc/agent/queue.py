"""The queue manager: keeps the prompt inside the context window.

Before every LLM call the turn measures the prompt (tiktoken; each message was
counted once when it was made). The prompt budget is the context window minus the
reply reserve (llm_config.max_tokens); thresholds are fractions of it.
- Past the warning threshold (default 70 %) the LLM gets one memory-pressure
  warning, so it can save what matters.
- Past the flush threshold (default 100 %) the oldest part of the queue (default
  50 % of its tokens) is evicted, in whole groups (a function call never leaves
  without its results), and a new recursive summary is written from the previous
  summary plus the evicted messages. Evicted messages stay in recall storage.
- If the summary call fails, the messages are evicted anyway with the summary marked
  pending, and the summary is retried at a later step: the agent never bricks.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

import structlog

from memsvc.agent.llm import LlmClient
from memsvc.agent.prompt import summary_message
from memsvc.errors import FailedPrecondition, MemsvcError
from memsvc.models import Agent, Context, ContextState, Message, Role
from memsvc.tokens import REPLY_PRIMING, TokenCounter

log = structlog.get_logger("memsvc.queue")

MEMORY_PRESSURE_WARNING = (
    "Warning: the conversation history will soon reach its maximum length and be trimmed. Make sure to "
    "save any important information from the conversation to your memory (core memory or archival "
    "storage) before it is removed."
)
SUMMARY_INSTRUCTIONS = (
    "You maintain the running summary of a conversation between an AI agent and a user, of which the older "
    "part has been removed from the agent's context. Write a new summary that folds the previous summary and "
    "the removed messages into one: keep facts about the user, decisions, commitments, open questions, and "
    "dates. Write in the third person, plainly, at most {words} words. Reply with the summary only."
)
MIN_KEEP_TOKENS = 0


# The fewest tokens the message queue must have room for, beyond the fixed prompt.
MIN_QUEUE_TOKENS = 512


@dataclass(slots=True)
class Measure:
    """Tokens per section of the main context."""

    system: int
    summary: int
    messages: int
    tools: int

    @property
    def total(self) -> int:
        return self.system + self.summary + self.messages + self.tools + REPLY_PRIMING


@dataclass(slots=True)
class Limits:
    window: int
    reply_reserve: int
    budget: int
    warning: int
    flush: int

    @classmethod
    def of(cls, agent: Agent) -> Limits:
        window, reserve = agent.llm_config.context_window, agent.llm_config.max_tokens
        budget = window - reserve
        cfg = agent.context_config
        return cls(window, reserve, budget, int(budget * cfg.warning_threshold), int(budget * cfg.flush_threshold))


@dataclass(slots=True)
class Flush:
    evict_through: int
    evicted: list[Message]
    kept: list[Message]
    state: ContextState
    summarized: bool
    notes: list[str] = field(default_factory=list)


def groups(messages: list[Message]) -> list[list[Message]]:
    """Messages in eviction units: a call and its results stay together."""
    out: list[list[Message]] = []
    open_calls: dict[str, list[Message]] = {}
    for m in messages:
        if m.role is Role.TOOL and m.tool_call_id in open_calls:
            open_calls[m.tool_call_id].append(m)
            continue
        group = [m]
        out.append(group)
        for call in m.tool_calls:
            open_calls[call.id] = group
    return out


class QueueManager:
    def __init__(self, llm: LlmClient, counter: TokenCounter) -> None:
        self.llm = llm
        self.counter = counter
        self._system_cache: tuple[str, int] = ("", 0)

    def system_tokens(self, text: str) -> int:
        if self._system_cache[0] != text:
            self._system_cache = (text, self.counter.message({"role": "system", "content": text}))
        return self._system_cache[1]

    def summary_tokens(self, state: ContextState) -> int:
        msg = summary_message(state)
        return self.counter.message(msg) if msg else 0

    def measure(self, system_text: str, state: ContextState, messages: list[Message], tools_tokens: int) -> Measure:
        return Measure(
            system=self.system_tokens(system_text),
            summary=self.summary_tokens(state),
            messages=sum(m.token_count for m in messages),
            tools=tools_tokens,
        )

    async def flush(
        self,
        agent: Agent,
        state: ContextState,
        messages: list[Message],
        measure: Measure,
        limits: Limits,
        unsummarized: list[Message],
    ) -> Flush:
        """Evicts the oldest groups and folds them (and any earlier unsummarized ones) into the summary."""
        units = groups(messages)
        queue_tokens = sum(m.token_count for m in messages)
        target = max(int(queue_tokens * agent.context_config.evict_fraction), measure.total - limits.flush)
        evicted: list[Message] = []
        evicted_tokens = 0
        # Keep at least the newest group; it is what the LLM must answer.
        while len(units) > 1 and evicted_tokens < target:
            unit = units.pop(0)
            evicted += unit
            evicted_tokens += sum(m.token_count for m in unit)
        if not evicted:
            raise context_overflow(measure, limits)
        kept = [m for unit in units for m in unit]
        new_state = replace(state, warned=False, evicted_through_sequence=max(m.sequence for m in evicted))
        pending = [m for m in unsummarized if m.sequence > state.summarized_through_sequence]
        summarized = await self.summarize_into(agent, new_state, pending + evicted)
        return Flush(new_state.evicted_through_sequence, evicted, kept, new_state, summarized)

    async def summarize_into(self, agent: Agent, state: ContextState, evicted: list[Message]) -> bool:
        """Folds `evicted` into the summary in `state`; on failure marks the summary pending.

        `state.evicted_through_sequence` must already cover `evicted`; on success the
        summary covers everything evicted so far.
        """
        limits = Limits.of(agent)
        words = max(50, min(400, limits.budget // 12))
        try:
            summary = state.summary
            for chunk in self._chunks(evicted, limits.budget - words * 2 - self.counter.text(summary) - 200):
                summary = await self._summarize(agent, summary, chunk, words)
        except MemsvcError as exc:
            log.warning("summary_failed", agent_id=agent.id, reason=exc.reason, error=exc.message)
            state.summary_pending = True
            return False
        cap = max(64, limits.budget // 8)
        tokens = self.counter.encoding.encode(summary, disallowed_special=())
        if len(tokens) > cap:
            summary = self.counter.encoding.decode(tokens[:cap]) + " [...]"
        state.summary = summary
        state.summary_token_count = self.counter.text(summary)
        state.summary_pending = False
        state.summarized_through_sequence = state.evicted_through_sequence
        return True

    def _chunks(self, messages: list[Message], room: int) -> list[list[Message]]:
        room = max(room, 256)
        chunks: list[list[Message]] = [[]]
        used = 0
        for m in messages:
            if chunks[-1] and used + m.token_count > room:
                chunks.append([])
                used = 0
            chunks[-1].append(m)
            used += m.token_count
        return chunks

    async def _summarize(self, agent: Agent, previous: str, messages: list[Message], words: int) -> str:
        transcript = "\n".join(transcript_line(m) for m in messages)
        budget_chars = max(1000, (Limits.of(agent).budget - 400) * 3)
        removed = transcript[-budget_chars:]
        prompt: list[dict[str, Any]] = [
            {"role": "system", "content": SUMMARY_INSTRUCTIONS.format(words=words)},
            {
                "role": "user",
                "content": f"Previous summary:\n{previous or '(none)'}\n\nRemoved messages:\n{removed}",
            },
        ]
        reply = await self.llm.complete(agent.llm_config, prompt)
        text = (reply.content or "").strip()
        if not text:
            raise FailedPrecondition("the LLM returned an empty summary", reason="LLM_INVALID_RESPONSE")
        return text


def transcript_line(m: Message) -> str:
    if m.role is Role.ASSISTANT:
        parts = [f"(thinking) {m.inner_thoughts}"] if m.inner_thoughts else []
        for call in m.tool_calls:
            parts.append(f"called {call.name}({call.arguments})")
        if m.content and m.content != m.inner_thoughts:
            parts.append(m.content)
        return "assistant: " + " ".join(parts)
    if m.role is Role.TOOL:
        try:
            message = json.loads(m.content).get("message", m.content)
        except (ValueError, AttributeError):
            message = m.content
        return f"function {m.name} returned: {str(message)[:500]}"
    return f"{m.role.value}: {m.content}"


def context_overflow(measure: Measure, limits: Limits) -> FailedPrecondition:
    return FailedPrecondition(
        f"the prompt needs {measure.total:,} tokens but the budget is {limits.budget:,} "
        f"(context_window {limits.window:,} minus max_tokens {limits.reply_reserve:,}), and nothing more can be "
        "evicted: the newest message or the working context is too large. Shorten the message or the memory "
        "blocks, or raise context_window",
        reason="CONTEXT_WINDOW_EXCEEDED",
        metadata={"needed": str(measure.total), "budget": str(limits.budget)},
    )


@dataclass(slots=True)
class ContextReport:
    """What is in an agent's main context now (AgentService.GetContextWindow)."""

    limits: Limits
    measure: Measure
    system_instructions: int
    message_count: int
    recall_count: int
    archival_count: int
    state: ContextState
    tokenizer: str


def context_report(queue: QueueManager, context: Context, system_text: str, tools_tokens: int) -> ContextReport:
    measure = queue.measure(system_text, context.state, context.messages, tools_tokens)
    return ContextReport(
        limits=Limits.of(context.agent),
        measure=measure,
        system_instructions=queue.counter.text(context.agent.system),
        message_count=len(context.messages),
        recall_count=context.recall_count,
        archival_count=context.archival_count,
        state=context.state,
        tokenizer=queue.counter.note,
    )
