"""Working-context blocks, and the edit rules the API and the LLM's functions share."""

from __future__ import annotations

from sqlalchemy import (
    Connection,
    select,
    update,
)

from memsvc.agent_config import MAX_BLOCK_LIMIT
from memsvc.errors import FailedPrecondition, InvalidArgument, NotFound
from memsvc.models import (
    Block,
    BlockEdit,
    now,
)
from memsvc.storage.schema import blocks
from memsvc.storage.sql.base import SqlBase
from memsvc.storage.sql.rows import (
    block_from_row,
    us,
)


class BlocksMixin(SqlBase):
    # ----- blocks -------------------------------------------------------------------

    def list_blocks(self, agent_id: str) -> list[Block]:
        with self._read() as conn:
            self.require_agent(conn, agent_id)
            return self._blocks(conn, [agent_id]).get(agent_id, [])

    def get_block(self, agent_id: str, label: str) -> Block:
        with self._read() as conn:
            return self._block(conn, agent_id, label)

    def _block(self, conn: Connection, agent_id: str, label: str, *, lock: bool = False) -> Block:
        self.require_agent(conn, agent_id)
        query = select(blocks).where(blocks.c.agent_id == agent_id, blocks.c.label == label)
        row = conn.execute(query.with_for_update() if lock else query).first()
        if row is None:
            raise NotFound(
                f"agent {agent_id} has no memory block {label!r}",
                reason="BLOCK_NOT_FOUND",
                metadata={"agent_id": agent_id, "label": label},
            )
        return block_from_row(row)

    def update_block(self, agent_id: str, block: Block, fields: frozenset[str]) -> Block:
        with self._write() as conn:
            current = self._block(conn, agent_id, block.label, lock=True)
            for name in fields:
                setattr(current, name, getattr(block, name))
            check_block_limit(current)
            return self._save_block(conn, agent_id, current)

    def edit_block(self, agent_id: str, label: str, edit: BlockEdit, *, respect_read_only: bool = False) -> Block:
        with self._write() as conn:
            block = self._block(conn, agent_id, label, lock=True)
            if respect_read_only and block.read_only:
                raise FailedPrecondition(
                    f"memory block {label!r} is read-only; it cannot be edited by the agent",
                    reason="BLOCK_READ_ONLY",
                )
            block.value = apply_edit(block, edit)
            check_block_limit(block)
            return self._save_block(conn, agent_id, block)

    def _save_block(self, conn: Connection, agent_id: str, block: Block) -> Block:
        block.update_time = now()
        conn.execute(
            update(blocks)
            .where(blocks.c.agent_id == agent_id, blocks.c.label == block.label)
            .values(
                value=block.value,
                limit_chars=block.limit,
                description=block.description,
                read_only=block.read_only,
                update_us=us(block.update_time),
            )
        )
        return block


def apply_edit(block: Block, edit: BlockEdit) -> str:
    if edit.old is None:
        return f"{block.value}\n{edit.new}" if block.value else edit.new
    if not edit.old:
        raise InvalidArgument("old_content must not be empty", field="old_content")
    if edit.old not in block.value:
        raise InvalidArgument(
            f"old_content was not found in memory block {block.label!r}; "
            "copy the exact text to replace from the block as shown in your context",
            reason="TEXT_NOT_FOUND",
            field="old_content",
        )
    return block.value.replace(edit.old, edit.new)


def check_block_limit(block: Block) -> None:
    if not 0 < block.limit <= MAX_BLOCK_LIMIT:
        raise InvalidArgument(
            f"limit of memory block {block.label!r} must be between 1 and {MAX_BLOCK_LIMIT:,} characters",
            field="limit",
        )
    if len(block.value) > block.limit:
        raise InvalidArgument(
            f"memory block {block.label!r} would hold {len(block.value):,} characters, over its limit of "
            f"{block.limit:,}; shorten the text (or summarize the block) and try again",
            reason="BLOCK_LIMIT_EXCEEDED",
            field="value",
            metadata={"label": block.label, "limit": str(block.limit), "length": str(len(block.value))},
        )
