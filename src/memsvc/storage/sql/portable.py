"""An agent's whole record, out and in (agent files): one read and one write transaction."""

from __future__ import annotations

import json
from dataclasses import asdict

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from memsvc.errors import AlreadyExists
from memsvc.models import Agent, ContextState, Message
from memsvc.storage import textsearch
from memsvc.storage.schema import agents, blocks, messages
from memsvc.storage.sql import statements as sql
from memsvc.storage.sql.rows import (
    block_rows,
    consolidation_json,
    message_from_row,
    message_row,
    state_from_row,
    tool_config_json,
)
from memsvc.storage.sql.terms import RECALL, TermsMixin
from memsvc.tenancy import current_tenant


def exact_us(seconds: float) -> int:
    """Microseconds, rounded: times read back from a file are floats within a fraction of a microsecond."""
    return round(seconds * 1_000_000)


class PortableMixin(TermsMixin):
    def export_records(self, agent_id: str) -> tuple[Agent, list[Message], ContextState]:
        """The agent with its blocks, every message by sequence, and the queue manager's state."""
        with self._read() as conn:
            row = self.require_agent(conn, agent_id)
            agent = self._agent(conn, agent_id)
            rows = conn.execute(select(messages).where(messages.c.agent_id == agent_id).order_by(messages.c.seq))
            found = [message_from_row(r) for r in rows]
        state = state_from_row(row)
        return agent, found, state

    def import_records(self, agent: Agent, new: list[Message], state: ContextState) -> Agent:
        """Writes an agent, its blocks, its messages (with their own sequences and times) and its
        queue state as they are, in one transaction. ALREADY_EXISTS if the agent or a message id exists."""
        try:
            with self._write() as conn:
                conn.execute(
                    insert(agents).values(
                        id=agent.id,
                        tenant=current_tenant.get(),
                        name=agent.name,
                        system=agent.system,
                        llm_config=json.dumps(asdict(agent.llm_config)),
                        embedding_config=json.dumps(asdict(agent.embedding_config)),
                        context_config=json.dumps(asdict(agent.context_config)),
                        max_steps=agent.max_steps,
                        tool_config=tool_config_json(agent.tools),
                        consolidation_config=consolidation_json(agent.consolidation),
                        request_id=None,
                        create_us=exact_us(agent.create_time),
                        update_us=exact_us(agent.update_time),
                        last_seq=max((m.sequence for m in new), default=0),
                        summary=state.summary,
                        summary_tokens=state.summary_token_count,
                        summary_pending=state.summary_pending,
                        warned=state.warned,
                        evicted_through=state.evicted_through_sequence,
                        summarized_through=state.summarized_through_sequence,
                    )
                )
                if agent.blocks:
                    conn.execute(insert(blocks), block_rows(agent.id, agent.blocks))
                for start in range(0, len(new), 1000):
                    rows = []
                    for m in new[start : start + 1000]:
                        m.agent_id = agent.id
                        rows.append({**message_row(m), "create_us": exact_us(m.create_time)})
                    conn.execute(sql.INSERT_MESSAGES, rows)
                said = [(m.id, textsearch.searchable(m)) for m in new if textsearch.embeddable(m)]
                self._index_docs(conn, agent.id, RECALL, said)
                return self._agent(conn, agent.id)
        except IntegrityError as exc:
            raise AlreadyExists(
                f"agent {agent.id} (or one of its message ids) already exists here: import with assign_new_id",
                reason="AGENT_ALREADY_EXISTS",
            ) from exc
