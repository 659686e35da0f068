"""QdrantIndex (a VectorIndex, see vectors.py): the vectors of archival passages, searched with filters inside Qdrant.

One collection per vector dimension serves every agent; each point carries the
agent id, tags and creation time as indexed payload, so tag and date filters are
part of the vector query (top-k is honoured), never applied after it.
The passage text and records live in SQL; a point's id is its passage's id.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from qdrant_client import QdrantClient, models

from memsvc.storage.vectors import VectorPoint


class QdrantIndex:
    def __init__(
        self, *, url: str = "", api_key: str = "", path: Path | None = None, prefix: str = "memsvc_passages_"
    ) -> None:
        self.prefix = prefix  # collections are <prefix><dimension>
        if url:
            self.client = QdrantClient(url=url, api_key=api_key or None, prefer_grpc=True, timeout=10)
        else:
            if path is None:
                raise ValueError("either a Qdrant url or a local path is needed")
            path.mkdir(parents=True, exist_ok=True)
            self.client = QdrantClient(path=str(path))
        self.local = not url
        self._ready: set[str] = set()
        self._lock = threading.Lock()

    def close(self) -> None:
        self.client.close()

    def collection(self, dim: int) -> str:
        return f"{self.prefix}{dim}"

    def _ensure(self, dim: int) -> str:
        name = self.collection(dim)
        if name in self._ready:
            return name
        with self._lock:
            if name not in self._ready:
                if not self.client.collection_exists(name):
                    self.client.create_collection(
                        name, vectors_config=models.VectorParams(size=dim, distance=models.Distance.COSINE)
                    )
                    if not self.local:  # local mode has no payload indexes (and warns)
                        for field, schema in (
                            ("agent_id", models.PayloadSchemaType.KEYWORD),
                            ("tags", models.PayloadSchemaType.KEYWORD),
                            ("create_us", models.PayloadSchemaType.INTEGER),
                        ):
                            self.client.create_payload_index(name, field, field_schema=schema)
                self._ready.add(name)
        return name

    def upsert(self, dim: int, points: Sequence[VectorPoint]) -> None:
        if not points:
            return
        structs = [
            models.PointStruct(
                id=p.id,
                vector=list(p.vector),
                payload={"agent_id": p.agent_id, "tags": list(p.tags), "create_us": p.create_us},
            )
            for p in points
        ]
        self.client.upsert(self._ensure(dim), points=structs, wait=True)

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
        must: list[models.Condition] = [models.FieldCondition(key="agent_id", match=models.MatchValue(value=agent_id))]
        if tags and match_all_tags:
            must += [models.FieldCondition(key="tags", match=models.MatchValue(value=t)) for t in tags]
        elif tags:
            must.append(models.FieldCondition(key="tags", match=models.MatchAny(any=list(tags))))
        if start_us is not None or end_us is not None:
            must.append(models.FieldCondition(key="create_us", range=models.Range(gte=start_us, lt=end_us)))
        result = self.client.query_points(
            self._ensure(dim),
            query=list(vector),
            query_filter=models.Filter(must=must),
            limit=limit,
            offset=offset,
            with_payload=False,
        )
        return [(str(p.id), float(p.score)) for p in result.points]

    def delete(self, dim: int, point_ids: Sequence[str]) -> None:
        if point_ids:
            self.client.delete(
                self._ensure(dim), points_selector=models.PointIdsList(points=list(point_ids)), wait=True
            )

    def _collections(self) -> list[str]:
        return [c.name for c in self.client.get_collections().collections if c.name.startswith(self.prefix)]

    def delete_agent(self, agent_id: str) -> None:
        selector = models.FilterSelector(filter=_agent_filter(agent_id))
        for name in self._collections():
            self.client.delete(name, points_selector=selector, wait=True)

    def all_points(self) -> list[tuple[str, int]]:
        out: list[tuple[str, int]] = []
        for name in self._collections():
            dim = int(name.rsplit("_", 1)[-1])
            offset = None
            while True:
                points, offset = self.client.scroll(name, limit=1000, offset=offset, with_payload=False)
                out += [(str(p.id), dim) for p in points]
                if offset is None:
                    break
        return out

    def point_ids(self, agent_id: str) -> set[str]:
        ids: set[str] = set()
        for name in self._collections():
            offset = None
            while True:
                points, offset = self.client.scroll(
                    name, scroll_filter=_agent_filter(agent_id), limit=1000, offset=offset, with_payload=False
                )
                ids.update(str(p.id) for p in points)
                if offset is None:
                    break
        return ids


def _agent_filter(agent_id: str) -> models.Filter:
    return models.Filter(must=[models.FieldCondition(key="agent_id", match=models.MatchValue(value=agent_id))])
