"""The built-in embedding model: throughput and memory against the previous runner, side by side.

The baseline is how memsvc ran the model before issue 14 (kept here, not in memsvc):
batches of 64 texts in arrival order padded to the longest, one ONNX Runtime session
with two intra-op threads (spinning) and its memory arena. Both run in this process, one
after the other on the same texts, so the ratio holds on a busy machine too.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np

from bench.components import Words
from bench.core import Context, Result, ms, scenario
from memsvc.memory.embeddings import MINILM, Embedders
from memsvc.memory.onnx_embedder import OnnxEmbedder, package_file
from memsvc.models import EmbeddingConfig
from memsvc.settings import Settings


class BaselineEmbedder:
    """The runner before issue 14 (memsvc 024b7c7): 64 texts a batch, 2 intra-op threads, arena on."""

    def __init__(self) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(package_file(*MINILM.tokenizer_file)))
        self.tokenizer.enable_truncation(max_length=256)
        self.tokenizer.enable_padding()
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 2
        self.session = onnxruntime.InferenceSession(
            str(package_file(*MINILM.model_file)), options, providers=["CPUExecutionProvider"]
        )

    def embed_sync(self, texts: list[str]) -> np.ndarray:
        out = []
        for start in range(0, len(texts), 64):
            encodings = self.tokenizer.encode_batch(texts[start : start + 64])
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            hidden = self.session.run(None, feed)[0]
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            out.append(pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None))
        return np.concatenate(out)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def rates(embedder: Any, texts: list[str], rounds: int) -> list[float]:
    out = []
    for _ in range(rounds):
        started = time.perf_counter()
        embedder.embed_sync(texts)
        out.append(len(texts) / (time.perf_counter() - started))
    return out


@scenario("embedder", "built-in embedding model: texts/s (new runner ÷ previous, side by side), queries, memory")
async def embedder(ctx: Context, result: Result) -> None:
    words = Words.english(8)
    sentences = [words.sentence() for _ in range(ctx.sizes.embed_sentences)]
    # Document chunks as IngestDocument makes them for the built-in model (~200 tokens).
    chunks = [words.sentence(140, 170) for _ in range(max(8, ctx.sizes.embed_sentences // 8))]
    rounds = 3 if ctx.sizes.name == "full" else 1
    before = rss_mb()
    new = OnnxEmbedder(MINILM)
    started = time.perf_counter()
    new.embed_sync(["warm up the model"])
    load = time.perf_counter() - started
    new_sent, new_chunk = rates(new, sentences, rounds), rates(new, chunks, rounds)
    new_rss = rss_mb() - before
    old = BaselineEmbedder()
    old.embed_sync(["warm up the model"])
    mid = rss_mb()
    old_sent, old_chunk = rates(old, sentences, rounds), rates(old, chunks, rounds)
    old_rss = rss_mb() - mid
    # Queries through Embedders.embed (what a search runs), fresh and repeated.
    embedders = Embedders(Settings(data_dir=ctx.workdir / "unused"))
    embedders.local = new
    config = EmbeddingConfig(embedding_endpoint_type="local")
    fresh: list[float] = []
    repeated: list[float] = []
    queries = [words.sentence(4, 12) + f" {i}" for i in range(ctx.reps(ctx.sizes.embed_queries))]
    for text in queries:
        started = time.perf_counter()
        await embedders.embed(config, [text])
        fresh.append(ms(time.perf_counter() - started))
        started = time.perf_counter()
        await embedders.embed(config, [text])
        repeated.append(ms(time.perf_counter() - started))
    new.close()
    goal = 4.0
    result.add(
        "throughput, new ÷ previous runner, 200-token document chunks",
        "x",
        [n / o for n, o in zip(new_chunk, old_chunk, strict=True)],
        goal,
        at_least=True,
    )
    result.add(
        f"throughput, new ÷ previous runner, {len(sentences):,} sentences of 8-25 words",
        "x",
        [n / o for n, o in zip(new_sent, old_sent, strict=True)],
        goal,
        at_least=True,
    )
    result.add(f"new runner: {len(chunks)} document chunks per call", "/s", new_chunk)
    result.add("previous runner: the same chunks", "/s", old_chunk)
    result.add(f"new runner: {len(sentences):,} sentences per call", "/s", new_sent)
    result.add("previous runner: the same sentences", "/s", old_sent)
    result.add("one query of 4-12 words (Embedders.embed)", "ms", fresh)
    result.add("the same query again (query cache)", "ms", repeated)
    result.add("first use (loads the ONNX model and tokenizer)", "ms", [ms(load)])
    result.add("RSS kept after the runs, new runner", "MB", [new_rss])
    result.add("RSS kept after the runs, previous runner", "MB", [old_rss])
    result.note(
        f"{rounds} round(s) each, new runner first; the new runner uses {new.threads} worker thread(s); "
        "RSS is this process's resident memory after a runner's runs minus before them"
    )
