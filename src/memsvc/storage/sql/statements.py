"""The statements of a turn's hot path, written once as portable SQL (SQLite and PostgreSQL).

Every turn loads its context and commits a few times. Building these with the
expression language on every call cost more than running them, so they are fixed
text with bound parameters: compiled once, cached by SQLAlchemy, the same on both
databases. Everything else in the store uses the expression language.
"""

from __future__ import annotations

from sqlalchemy import text

from memsvc.storage.schema import messages

AGENT = text("SELECT * FROM agents WHERE id = :id AND tenant = :tenant")
AGENT_FOR_UPDATE = text("SELECT * FROM agents WHERE id = :id AND tenant = :tenant FOR UPDATE")

BLOCKS = text("SELECT * FROM blocks WHERE agent_id = :id ORDER BY label")

QUEUE = text("SELECT * FROM messages WHERE agent_id = :id AND seq > :after AND in_context ORDER BY seq")

ARCHIVAL_COUNT = text("SELECT count(*) FROM (SELECT 1 FROM passages WHERE agent_id = :id LIMIT :cap) AS capped")

# A holder is "server/turn": its own server's earlier leases are taken over at once.
TAKE_LEASE = text(
    "UPDATE agents SET lease_holder = :holder, lease_until_us = :until "
    "WHERE id = :id AND tenant = :tenant AND (lease_holder = '' OR lease_holder = :holder "
    "OR lease_holder LIKE :server_prefix ESCAPE '!' OR lease_until_us < :now) "
    "RETURNING *"
)

RELEASE_LEASE = text(
    "UPDATE agents SET lease_holder = '', lease_until_us = 0 WHERE id = :id AND lease_holder = :holder"
)

# PostgreSQL: the same, and the statement also makes its transaction's commit return before
# the WAL reaches the disk (set_config(..., true): SET LOCAL without a round trip of its
# own). Safe for leases alone: commits are fenced, so a lease lost in a database crash makes
# the turn's next commit fail with LEASE_LOST, and a lost release just lapses.
_ASYNC_COMMIT = "FROM (SELECT set_config('synchronous_commit', 'off', true)) AS async_commit "
TAKE_LEASE_PG = text(
    "UPDATE agents SET lease_holder = :holder, lease_until_us = :until "
    + _ASYNC_COMMIT
    + "WHERE agents.id = :id AND agents.tenant = :tenant AND (agents.lease_holder = '' "
    "OR agents.lease_holder = :holder OR agents.lease_holder LIKE :server_prefix ESCAPE '!' "
    "OR agents.lease_until_us < :now) "
    "RETURNING agents.*"
)
RELEASE_LEASE_PG = text(
    "UPDATE agents SET lease_holder = '', lease_until_us = 0 "
    + _ASYNC_COMMIT
    + "WHERE agents.id = :id AND agents.lease_holder = :holder"
)

# One statement checks the agent (and, with a holder, the lease), hands out message and
# event sequence numbers, extends the lease, sets the queue manager's state and the
# agent's open turn.
COMMIT = text(
    "UPDATE agents SET "
    "last_seq = last_seq + :n, "
    "last_event_seq = last_event_seq + :n_events, "
    "turn_event_seq = CASE WHEN :has_turn AND open_turn_id <> :turn_id THEN :n_events "
    "ELSE turn_event_seq + :n_events END, "
    "open_turn_id = CASE WHEN :has_turn THEN :open_turn ELSE open_turn_id END, "
    "lease_until_us = CASE WHEN :holder = '' OR lease_until_us > :until THEN lease_until_us ELSE :until END, "
    "summary = CASE WHEN :has_state THEN :summary ELSE summary END, "
    "summary_tokens = CASE WHEN :has_state THEN :summary_tokens ELSE summary_tokens END, "
    "summary_pending = CASE WHEN :has_state THEN :summary_pending ELSE summary_pending END, "
    "warned = CASE WHEN :has_state THEN :warned ELSE warned END, "
    "summarized_through = CASE WHEN :has_state THEN :summarized_through ELSE summarized_through END, "
    "consolidated_through = CASE WHEN :has_state THEN :consolidated_through ELSE consolidated_through END, "
    "turns_since_consolidation = CASE WHEN :has_state THEN :turns_since_consolidation "
    "ELSE turns_since_consolidation END, "
    "consolidation_due_us = CASE WHEN :has_state THEN :consolidation_due_us ELSE consolidation_due_us END, "
    "evicted_through = CASE WHEN :evicted > 0 THEN :evicted ELSE evicted_through END "
    "WHERE id = :id AND tenant = :tenant AND (:holder = '' OR lease_holder = :holder) "
    "RETURNING last_seq, last_event_seq, turn_event_seq"
)

# Messages up to a sequence leave the context window.
EVICT = text("UPDATE messages SET in_context = false WHERE agent_id = :agent_id AND seq <= :through AND in_context")

TURN = text("SELECT * FROM turns WHERE id = :id AND agent_id = :agent_id")

INSERT_EVENTS = text(
    "INSERT INTO turn_events (agent_id, agent_seq, turn_id, seq, data) "
    "VALUES (:agent_id, :agent_seq, :turn_id, :seq, :data)"
)

LAST_TURN_EVENT = text("SELECT max(seq) FROM turn_events WHERE turn_id = :id")

# A turn's record, created or replaced (the same syntax on SQLite 3.24+ and PostgreSQL).
WRITE_TURN = text(
    "INSERT INTO turns (id, agent_id, status, due_us, request_id, state_json, create_us, update_us) "
    "VALUES (:id, :agent_id, :status, :due_us, :request_id, :state_json, :create_us, :update_us) "
    "ON CONFLICT (id) DO UPDATE SET status = excluded.status, due_us = excluded.due_us, "
    "state_json = excluded.state_json, update_us = excluded.update_us "
    "WHERE turns.agent_id = excluded.agent_id"
)

INSERT_MESSAGES = messages.insert()


def like_prefix(text_: str) -> str:
    """A LIKE pattern for "starts with text_", escaped with '!'."""
    return text_.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%"
