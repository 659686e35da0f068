"""memsvc: a gRPC memory service that gives LLM agents unbounded memory (the MemGPT design)."""

__version__ = "0.1.0"
