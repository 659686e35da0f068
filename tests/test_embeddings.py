"""The built-in embedding runner: batching never changes a vector, and the query cache is bounded."""

from __future__ import annotations

import asyncio

import numpy as np

from memsvc.memory import onnx_embedder
from memsvc.memory.embeddings import MINILM, Embedders, QueryCache
from memsvc.memory.onnx_embedder import OnnxEmbedder
from memsvc.models import EmbeddingConfig
from memsvc.settings import Settings


def test_batches_group_by_length_within_the_token_budget() -> None:
    lengths = [5, 250, 7, 256, 6, 30, 200, 3] * 10
    batches = onnx_embedder._batches(lengths)
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    for batch in batches:
        assert len(batch) <= onnx_embedder.MAX_BATCH_TEXTS
        assert len(batch) == 1 or len(batch) * max(lengths[i] for i in batch) <= onnx_embedder.BATCH_TOKENS


def test_parallel_batched_vectors_equal_one_at_a_time() -> None:
    embedder = OnnxEmbedder(MINILM, threads=2)
    texts = ["short", "", "我是小明", " ".join(["a long passage about dumplings"] * 60), "my dog is a golden retriever"]
    together = embedder.embed_sync(texts * 5)
    alone = np.stack([embedder.embed_sync([t])[0] for t in texts] * 5)
    embedder.close()
    assert together.shape == (25, MINILM.dim)
    assert np.allclose(together, alone, atol=1e-5)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)


def test_query_cache_is_bounded_and_repeats_the_vector(tmp_path) -> None:
    cache = QueryCache(size=3)
    for i in range(10):
        cache.put(("m", str(i)), [float(i)])
    assert cache.get(("m", "0")) is None
    assert cache.get(("m", "9")) == [9.0]
    assert len(cache._items) == 3

    embedders = Embedders(Settings(data_dir=tmp_path))
    config = EmbeddingConfig(embedding_endpoint_type="local")
    first = asyncio.run(embedders.embed(config, ["what pets does she have"]))
    again = asyncio.run(embedders.embed(config, ["what pets does she have"]))
    background = asyncio.run(embedders.embed(config, ["what pets does she have"], background=True))
    embedders.close()
    assert first == again == background
