"""The interface of a vector index for archival passages, and what it stores.

Implementations: QdrantEdgeIndex (qdrant-edge: Qdrant's engine in-process, the
embedded default) and QdrantIndex (qdrant-client: a Qdrant server, the scale path;
its local mode serves the contract tests).
The passage records themselves live in SQL; the index holds, per passage, its
vector and the payload that searches filter on (agent, tags, creation time).
All methods are blocking; the memory store calls them from a worker thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class VectorPoint:
    id: str  # the passage id (a UUID)
    vector: Sequence[float]
    agent_id: str
    tags: tuple[str, ...]
    create_us: int  # microseconds since the epoch


class VectorIndex(Protocol):
    def upsert(self, dim: int, points: Sequence[VectorPoint]) -> None:
        """Adds or replaces points in the collection of this dimension, durably."""

    def search(
        self,
        dim: int,
        agent_id: str,
        vector: Sequence[float],
        *,
        limit: int,
        offset: int = 0,
        tags: Sequence[str] = (),
        match_all_tags: bool = False,
        start_us: int | None = None,
        end_us: int | None = None,
    ) -> list[tuple[str, float]]:
        """(point id, cosine similarity) of the agent's nearest points, best first.

        Every filter is applied inside the search, so `limit` results come back
        whenever that many points match.
        """

    def delete(self, dim: int, point_ids: Sequence[str]) -> None: ...

    def delete_agent(self, agent_id: str) -> None:
        """Deletes every point of the agent, in every collection."""

    def point_ids(self, agent_id: str) -> set[str]:
        """Every point id of the agent (for integrity checks)."""

    def all_points(self) -> list[tuple[str, int]]:
        """(point id, dimension) of every point (for reconciling with the records)."""

    def close(self) -> None: ...
