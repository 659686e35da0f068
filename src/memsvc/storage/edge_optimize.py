"""`python -m memsvc.storage.edge_optimize SHARD_DIR DIM`: optimizes a copy of a qdrant-edge shard.

Run by QdrantEdgeIndex in a child process, so the optimizer's hold on the GIL never
stops the server (see qdrant_edge.py). Exits 0 when the copy is optimized and flushed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from memsvc.storage.qdrant_edge import optimize_directory

if __name__ == "__main__":
    optimize_directory(Path(sys.argv[1]), int(sys.argv[2]))
