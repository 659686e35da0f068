"""The context block: an agent's memory, prompt-ready within a token budget.

For agent loops that are not memsvc's own (a coding assistant over MCP, an app's own
loop): the working-context blocks and the recursive summary first (what the agent
always knows), then the recall messages and archival passages most relevant to the
query, best first, taken alternately from the two lists until the budget is spent.
Every item is one element whose tag and attributes say where it came from, so the
reading LLM (and a person) can tell a remembered message from a stored fact.
"""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from itertools import zip_longest
from typing import TYPE_CHECKING

from memsvc import validation
from memsvc.errors import InvalidArgument
from memsvc.models import (
    ArchivalHit,
    ArchivalQuery,
    Block,
    ContextBlock,
    ContextBlockQuery,
    ContextItem,
    ContextSource,
    RecallHit,
    RecallQuery,
    Role,
)
from memsvc.storage.textsearch import searchable
from memsvc.tokens import TokenCounter

if TYPE_CHECKING:
    from memsvc.memory.store import MemoryStore

OPEN, CLOSE = "<memory>", "</memory>"
DEFAULT_BUDGET = 2000
MIN_BUDGET, MAX_BUDGET = 64, 100_000
DEFAULT_HITS = 5
MAX_HITS = 50
MAX_RECENT = 20
LATEST = 4  # stored messages that stand in for a query when none is given
MAX_QUERY_CHARS = 10_000


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds").replace("+00:00", "Z") if ts else ""


def _attrs(**values: str) -> str:
    return "".join(f' {k}="{escape(v, quote=True)}"' for k, v in values.items() if v)


def render(item: ContextItem) -> str:
    """One item as an element; the text inside is kept as it is (it is what was said or stored)."""
    if item.source == ContextSource.BLOCK:
        head = f"<block{_attrs(label=item.ref)}>"
        tail = "</block>"
    elif item.source == ContextSource.SUMMARY:
        head, tail = "<summary>", "</summary>"
    elif item.source == ContextSource.RECALL:
        role = item.role.value if item.role is not None else ""
        head = f"<recall_message{_attrs(id=item.ref, role=role, time=_iso(item.create_time))}>"
        tail = "</recall_message>"
    else:
        tags = ",".join(item.tags)
        head = f"<archival_passage{_attrs(id=item.ref, time=_iso(item.create_time), tags=tags)}>"
        tail = "</archival_passage>"
    return f"{head}\n{item.content}\n{tail}"


def candidates(
    blocks: list[Block], summary: str, recall: list[RecallHit], archival: list[ArchivalHit]
) -> list[ContextItem]:
    """Everything that could go in, in the order it is taken: blocks, summary, then hits alternately."""
    items = [
        ContextItem(ContextSource.BLOCK, b.label, b.value, create_time=b.update_time) for b in blocks if b.value.strip()
    ]
    if summary.strip():
        items.append(ContextItem(ContextSource.SUMMARY, "", summary))
    # A message as it was said: an agent's reply is the text of its send_message call (its
    # `content` is empty when the thoughts go in the call's arguments); nothing said, left out.
    recall_items = [
        ContextItem(
            ContextSource.RECALL,
            h.message.id,
            text,
            score=h.score,
            role=h.message.role,
            create_time=h.message.create_time,
        )
        for h in recall
        if (text := searchable(h.message)).strip()
    ]
    archival_items = [
        ContextItem(
            ContextSource.ARCHIVAL,
            h.passage.id,
            h.passage.content,
            score=h.score,
            create_time=h.passage.create_time,
            tags=h.passage.tags,
        )
        for h in archival
    ]
    for pair in zip_longest(recall_items, archival_items):
        items.extend(i for i in pair if i is not None)
    return items


def assemble(items: list[ContextItem], counter: TokenCounter, budget: int, query: str) -> ContextBlock:
    """Takes items in order while they fit (one that does not fit is left out, smaller later ones
    may still go in); then checks the exact count of the whole text and drops from the end
    until it is within the budget (token counts of joined texts are not quite additive)."""
    frame = counter.text(f"{OPEN}\n{CLOSE}")
    used = frame
    chosen: list[tuple[ContextItem, str]] = []
    for item in items:
        rendered = render(item)
        item.token_count = counter.text(rendered) + 1  # and its newline
        if used + item.token_count <= budget:
            chosen.append((item, rendered))
            used += item.token_count
    while True:
        text = "\n".join([OPEN, *(r for _, r in chosen), CLOSE]) if chosen else ""
        total = counter.text(text)
        if total <= budget or not chosen:
            break
        chosen.pop()
    kept = [item for item, _ in chosen]
    return ContextBlock(text, kept, total, budget, query, len(items) - len(kept), counter.note)


async def build(store: MemoryStore, agent_id: str, request: ContextBlockQuery) -> ContextBlock:
    """Blocks, summary and the best recall and archival hits for a query, within a token budget."""
    agent_id = validation.agent_id(agent_id)
    budget = request.token_budget or DEFAULT_BUDGET
    if not MIN_BUDGET <= budget <= MAX_BUDGET:
        raise InvalidArgument(
            f"token_budget must be {MIN_BUDGET} to {MAX_BUDGET:,} (or 0: {DEFAULT_BUDGET:,})",
            field="token_budget",
        )
    limits = {}
    for name, value in (("recall_limit", request.recall_limit), ("archival_limit", request.archival_limit)):
        limits[name] = DEFAULT_HITS if value is None else value
        if not 0 <= limits[name] <= MAX_HITS:
            raise InvalidArgument(f"{name} must be 0 to {MAX_HITS}", field=name)
    if len(request.recent) > MAX_RECENT:
        raise InvalidArgument(f"recent_messages holds at most {MAX_RECENT} messages", field="recent_messages")
    query = validation.text(request.query, "query", max_chars=MAX_QUERY_CHARS, required=False)
    for item in request.recent:
        validation.text(item.content, "recent_messages.content", max_chars=store.settings.max_message_chars)
    context = await store.run_sql(store.sql.load_context, agent_id)
    used: set[str] = set()  # messages that make the query are not hits for it
    if not query.strip():
        texts = [i.content for i in request.recent]
        if not texts:
            latest = await store.run_sql(
                store.sql.search_recall,
                agent_id,
                RecallQuery(roles=(Role.USER, Role.ASSISTANT), page_size=LATEST),
            )
            texts = [h.message.content for h in reversed(latest.items)]
            used = {h.message.id for h in latest.items}
        query = "\n".join(texts)[-MAX_QUERY_CHARS:]
    recall: list[RecallHit] = []
    archival: list[ArchivalHit] = []
    if query.strip() and limits["recall_limit"]:
        wanted = min(limits["recall_limit"] + len(used), 100)
        found = await store.search_recall(agent_id, RecallQuery(query=query, page_size=wanted))
        recall = [h for h in found.items if h.message.id not in used][: limits["recall_limit"]]
    if query.strip() and limits["archival_limit"] and context.archival_count:
        found_passages = await store.search_archival(
            agent_id, ArchivalQuery(query=query, page_size=limits["archival_limit"])
        )
        archival = found_passages.items
    items = candidates(context.agent.blocks, context.state.summary, recall, archival)
    counter = TokenCounter(context.agent.llm_config.model)
    return assemble(items, counter, budget, query)
