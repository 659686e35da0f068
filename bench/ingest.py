"""Document ingest, end to end: a 1 MB Markdown document through gRPC IngestDocument, on both databases.

An all-in-one server process per database (the embedded SQLite default and PostgreSQL,
one after the other) and an agent on the built-in model (all-MiniLM-L6-v2, int8 ONNX, as
many worker threads as usable cores unless MEMSVC_EMBEDDING_THREADS says otherwise). The
document is English prose in Markdown sections, ~1 MB (`full`) or ~50 KB (`small`); the
time is from the request to the stream's result: chunking, every chunk's embedding,
storage (rows, term index, vectors). The model is loaded by a warm-up search first, so a
cold start is not counted. Then the server's RSS (memory kept after a large request).
"""

from __future__ import annotations

import contextlib
import time

import grpc

from bench.components import Words
from bench.core import Context, Result, scenario
from bench.databases import database_server, postgres_database
from bench.turns import create_request, rss_mb
from memsvc.v1 import agent_service_pb2_grpc, memory_service_pb2, memory_service_pb2_grpc

GOAL_SECONDS = 30.0


def document(size: int, seed: int = 11) -> bytes:
    """Markdown: headed sections of paragraphs of English prose, `size` bytes or a little more."""
    words = Words.english(seed)
    parts: list[str] = []
    length = 0
    section = 0
    while length < size:
        section += 1
        paragraphs = [words.sentence(40, 120).capitalize() + "." for _ in range(4)]
        part = f"## Section {section}\n\n" + "\n\n".join(paragraphs) + "\n\n"
        parts.append(part)
        length += len(part.encode())
    return "".join(parts).encode()


@scenario("document_ingest", "a 1 MB Markdown document through IngestDocument, built-in model, both databases")
async def document_ingest(ctx: Context, result: Result) -> None:
    content = document(1_000_000 if ctx.sizes.name == "full" else 50_000)
    for label, use_pg in (("SQLite", False), ("PostgreSQL", True)):
        with postgres_database() if use_pg else contextlib.nullcontext("") as url:
            server = database_server(ctx, f"ingest-{label.lower()}", url or "").start()
            assert server.proc is not None
            try:
                async with grpc.aio.insecure_channel(server.address) as channel:
                    agents = agent_service_pb2_grpc.AgentServiceStub(channel)
                    memory = memory_service_pb2_grpc.MemoryServiceStub(channel)
                    agent = (await agents.CreateAgent(create_request(ctx.fake, "ingest", local_embedder=True))).agent
                    await memory.SearchArchivalMemory(
                        memory_service_pb2.SearchArchivalMemoryRequest(agent_id=agent.id, query="warm up")
                    )  # loads the model
                    started = time.perf_counter()
                    final = None
                    request = memory_service_pb2.IngestDocumentRequest(
                        agent_id=agent.id, name="handbook.md", content=content
                    )
                    async for event in memory.IngestDocument(request):
                        if event.WhichOneof("event") == "result":
                            final = event.result
                    took = time.perf_counter() - started
                    if final is None:
                        raise RuntimeError("IngestDocument ended without a result")
                    size = f"{len(content) / 1e6:.2f} MB" if len(content) >= 500_000 else f"{len(content) // 1000} KB"
                    result.add(f"{size} document ingested, {label}", "s", [took], GOAL_SECONDS)
                    rate = final.chunks_total / took
                    result.add(f"chunks embedded and stored per second, {label}", "chunks/s", [rate])
                    result.add(f"server RSS after the ingest, {label}", "MB", [rss_mb(server.proc.pid)])
                    result.note(f"{label}: {final.chunks_total} chunks ({final.chunks_created} new) in {took:.1f} s")
            finally:
                server.terminate()
    result.note(
        "one IngestDocument call per database, from request to the stream's result (chunking, embedding by the "
        "built-in model, storage); the model loaded beforehand; default chunk size (the agent's embedding config)"
    )
