"""Agent records."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from sqlalchemy import (
    and_,
    delete,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.exc import IntegrityError

from memsvc import paging
from memsvc.errors import AlreadyExists
from memsvc.models import (
    Agent,
    Page,
    now,
)
from memsvc.storage.schema import agents, blocks, messages, passages, turn_events, turn_requests, turns
from memsvc.storage.sql.base import SqlBase
from memsvc.storage.sql.rows import (
    agent_from_row,
    block_rows,
    consolidation_json,
    tool_config_json,
    us,
)
from memsvc.tenancy import current_tenant


class AgentsMixin(SqlBase):
    # ----- agents -----------------------------------------------------------------

    def create_agent(self, agent: Agent, request_id: str = "") -> Agent:
        tenant = current_tenant.get()
        ts = us(agent.create_time or now())
        try:
            with self._write() as conn:
                if request_id:
                    found = conn.execute(
                        select(agents.c.id).where(agents.c.tenant == tenant, agents.c.request_id == request_id)
                    ).scalar()
                    if found:
                        return self._agent(conn, found)
                conn.execute(
                    insert(agents).values(
                        id=agent.id,
                        tenant=tenant,
                        name=agent.name,
                        system=agent.system,
                        llm_config=json.dumps(asdict(agent.llm_config)),
                        embedding_config=json.dumps(asdict(agent.embedding_config)),
                        context_config=json.dumps(asdict(agent.context_config)),
                        max_steps=agent.max_steps,
                        tool_config=tool_config_json(agent.tools),
                        consolidation_config=consolidation_json(agent.consolidation),
                        request_id=request_id or None,
                        create_us=ts,
                        update_us=ts,
                    )
                )
                if agent.blocks:
                    conn.execute(insert(blocks), block_rows(agent.id, agent.blocks, ts))
                return self._agent(conn, agent.id)
        except IntegrityError as exc:
            raise AlreadyExists(f"agent {agent.id} already exists", reason="AGENT_ALREADY_EXISTS") from exc

    def get_agent(self, agent_id: str) -> Agent:
        with self._read() as conn:
            return self._agent(conn, agent_id)

    def list_agents(self, page_size: int, page_token: str) -> Page[Agent]:
        where = paging.scope("agents", current_tenant.get())
        cursor = paging.decode_token(page_token, "c", "i", scope=where)
        query = select(agents).where(agents.c.tenant == current_tenant.get())
        if cursor:
            query = query.where(
                or_(
                    agents.c.create_us < cursor["c"], and_(agents.c.create_us == cursor["c"], agents.c.id < cursor["i"])
                )
            )
        query = query.order_by(agents.c.create_us.desc(), agents.c.id.desc()).limit(page_size + 1)
        with self._read() as conn:
            rows = conn.execute(query).all()
            block_rows = self._blocks(conn, [r.id for r in rows[:page_size]])
        items = [agent_from_row(r, block_rows.get(r.id, [])) for r in rows[:page_size]]
        sizes = [paging.text_bytes(a.system, *(b.value + b.description for b in a.blocks)) for a in items]
        n = paging.fitting(sizes)
        more = len(rows) > n
        token = paging.encode_token({"c": rows[n - 1].create_us, "i": rows[n - 1].id}, where) if more else ""
        return Page(items[:n], token)

    def update_agent(self, agent: Agent, fields: frozenset[str]) -> Agent:
        values: dict[str, Any] = {"update_us": us(now())}
        for name in fields:
            value = getattr(agent, name)
            if name == "tools":
                values["tool_config"] = tool_config_json(value)
            elif name == "consolidation":
                values["consolidation_config"] = consolidation_json(value)
            else:
                values[name] = json.dumps(asdict(value)) if name.endswith("_config") else value
        with self._write() as conn:
            self.require_agent(conn, agent.id, lock=True)
            conn.execute(update(agents).where(agents.c.id == agent.id).values(**values))
            return self._agent(conn, agent.id)

    def delete_agent(self, agent_id: str) -> None:
        with self._write() as conn:
            self.require_agent(conn, agent_id, lock=True)
            if self.is_sqlite:
                conn.execute(text("DELETE FROM messages_fts WHERE agent_id = :a"), {"a": agent_id})
            for table in (messages, blocks, passages, turn_requests, turn_events, turns):
                conn.execute(delete(table).where(table.c.agent_id == agent_id))
            conn.execute(delete(agents).where(agents.c.id == agent_id))
