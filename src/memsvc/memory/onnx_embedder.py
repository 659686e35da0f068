"""The built-in embedding model: any sentence-embedding ONNX model with a Hugging Face tokenizer.

`OnnxModel` says where a model's files are and how to turn its output into one vector
per text (mean or CLS pooling, L2 normalization, the longest input it reads, an optional
prefix such as e5's "query: "). `OnnxEmbedder` runs one, fast and in bounded memory:

- Texts are tokenized together (the Rust tokenizer, all cores), sorted by length and cut
  into batches of at most `BATCH_TOKENS` padded tokens: short queries go many to a batch,
  long document chunks few, so little is spent on padding and the intermediate tensors
  stay small (the attention of 64 texts of 256 tokens alone is 200 MB).
- Batches run in parallel on `threads` worker threads (ONNX Runtime releases the GIL),
  each op single-threaded: on small batches that uses the cores better than one run
  with intra-op threads, and it never oversubscribes them.
- The runtime's memory arena is off and its threads never spin, and after a large call
  the C heap is trimmed (glibc keeps freed memory otherwise: 200 chunks left ~370 MB
  resident): memory goes back to the system after each large request, and an idle or
  waiting embedder takes no CPU from the gRPC server sharing the machine.
"""

from __future__ import annotations

import asyncio
import importlib.util
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from memsvc.errors import FailedPrecondition
from memsvc.heap import release_free_memory

# Padded tokens per batch: 4 chunks of 256 tokens, or ~30 short queries.
BATCH_TOKENS = 1024
MAX_BATCH_TEXTS = 64
# After a call of more tokens than this, freed memory is handed back to the system.
TRIM_AFTER_TOKENS = 8192


@dataclass(frozen=True)
class OnnxModel:
    """A sentence-embedding model shipped in Python packages (no download at run time)."""

    name: str
    dim: int
    model_file: tuple[str, str]  # (package, path inside it) of the .onnx file
    tokenizer_file: tuple[str, str]  # (package, path) of its tokenizer.json
    max_tokens: int = 256  # longer inputs are truncated
    pooling: str = "mean"  # "mean" over the attention mask, or "cls" (the first token)
    prefix: str = ""  # prepended to every text (e.g. "query: " / "passage: " for e5 models)
    install_hint: str = ""  # how to install the packages, for the error when they are missing


def usable_cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


class OnnxEmbedder:
    """Embeds texts with an OnnxModel on `threads` worker threads (loaded on first use)."""

    def __init__(self, model: OnnxModel, threads: int = 0) -> None:
        self.model = model
        self.dim = model.dim
        self.threads = max(1, threads or usable_cores())
        self._session: Any = None
        self._tokenizer: Any = None
        self._inputs: frozenset[str] = frozenset()
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=self.threads, thread_name_prefix="embed")

    def _load(self) -> None:
        with self._lock:
            if self._session is not None:
                return
            import onnxruntime
            from tokenizers import Tokenizer

            tokenizer = Tokenizer.from_file(str(package_file(*self.model.tokenizer_file, self.model.install_hint)))
            tokenizer.enable_truncation(max_length=self.model.max_tokens)
            tokenizer.no_padding()  # batches are padded here, after sorting by length
            options = onnxruntime.SessionOptions()
            options.intra_op_num_threads = 1
            options.inter_op_num_threads = 1
            options.enable_cpu_mem_arena = False
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            options.add_session_config_entry("session.inter_op.allow_spinning", "0")
            session = onnxruntime.InferenceSession(
                str(package_file(*self.model.model_file, self.model.install_hint)),
                options,
                providers=["CPUExecutionProvider"],
            )
            self._inputs = frozenset(i.name for i in session.get_inputs())
            self._tokenizer = tokenizer
            self._session = session
            release_free_memory()  # loading leaves ~60 MB of freed scratch memory behind

    def embed_sync(self, texts: list[str], threads: int = 0) -> np.ndarray:
        """Unit vectors (float32, one row per text, in order), on up to `threads` workers."""
        self._load()
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        prefix = self.model.prefix
        encodings = self._tokenizer.encode_batch([prefix + t for t in texts] if prefix else texts)
        batches = _batches([len(e.ids) for e in encodings])
        workers = min(len(batches), threads or self.threads)
        if workers <= 1:
            for batch in batches:
                out[batch] = self._run([encodings[i] for i in batch])
        else:
            futures = [(b, self._pool.submit(self._run, [encodings[i] for i in b])) for b in batches]
            for batch, future in futures:
                out[batch] = future.result()
        if sum(len(e.ids) for e in encodings) > TRIM_AFTER_TOKENS:
            release_free_memory()
        return out

    def _run(self, encodings: list[Any]) -> np.ndarray:
        longest = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), longest), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, e in enumerate(encodings):
            ids[row, : len(e.ids)] = e.ids
            mask[row, : len(e.ids)] = 1
        feed = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feed["token_type_ids"] = np.zeros_like(ids)
        hidden = self._session.run(None, feed)[0]
        if self.model.pooling == "cls":
            pooled = hidden[:, 0, :]
        else:
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        return pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)

    async def embed(self, texts: list[str], purpose: str = "document") -> list[list[float]]:
        """`purpose` is for asymmetric models; this runner's models embed queries and documents alike."""
        vectors = await asyncio.to_thread(self.embed_sync, texts)
        return vectors.tolist()

    def close(self) -> None:
        self._pool.shutdown(wait=False)


def _batches(lengths: list[int]) -> list[list[int]]:
    """Indexes grouped by similar length, each group at most BATCH_TOKENS padded tokens."""
    order = sorted(range(len(lengths)), key=lengths.__getitem__)
    batches: list[list[int]] = []
    current: list[int] = []
    for i in order:
        # Sorted ascending: this text is the longest of the batch so far.
        if current and ((len(current) + 1) * lengths[i] > BATCH_TOKENS or len(current) >= MAX_BATCH_TEXTS):
            batches.append(current)
            current = []
        current.append(i)
    if current:
        batches.append(current)
    return batches


def package_file(package: str, name: str, install_hint: str = "") -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise FailedPrecondition(
            f"the offline embedding model needs the package {package.replace('_', '-')}; install it"
            + (f" ({install_hint})" if install_hint else "")
            + " or give the agent an embedding_endpoint",
            reason="LOCAL_EMBEDDER_MISSING",
        )
    return Path(next(iter(spec.submodule_search_locations))) / name
