"""Document analysis: ingest a long document into archival storage, then find answers in it."""

from __future__ import annotations

import random

import grpc
import pytest

from memsvc.memory import documents
from memsvc.v1 import agent_service_pb2, memory_service_pb2
from tests.conftest import llm_config
from tests.helpers import create_agent, error_reason

pytestmark = pytest.mark.layouts

DEPARTMENTS = [
    ("Orbital Logistics", "Priya Natarajan", "ships spare parts to the lunar base every Tuesday"),
    ("Coral Reef Restoration", "Tomás Herrera", "grows coral fragments in underwater nurseries"),
    ("Medieval Manuscripts", "Ingrid Solberg", "digitizes illuminated books from monastery libraries"),
    ("Volcano Monitoring", "Kenji Watanabe", "measures sulfur dioxide emissions from active craters"),
    ("Beekeeping Research", "Amara Okafor", "breeds honeybee colonies that resist varroa mites"),
    ("Glacier Archive", "Lars Eriksson", "stores ice cores drilled from Antarctic glaciers"),
    ("Violin Workshop", "Giulia Rossi", "carves violins from aged spruce and maple"),
    ("Desert Solar Farm", "Omar Haddad", "cleans sand from photovoltaic panels with robots"),
]
FILLER = (
    "Staff are reminded to file their expense reports before the end of each month. The cafeteria serves lunch "
    "from noon until two o'clock. Visitors must sign in at the front desk and wear a badge at all times. "
)


def handbook(pages: int = 200) -> str:
    """About 200 pages (~3,000 characters each) of handbook, with one section per department hidden inside."""
    rng = random.Random(3)
    sections = [f"# Handbook of the Institute\n\nThis handbook has {pages} pages.\n"]
    spots = {pages * (i + 1) // (len(DEPARTMENTS) + 1): d for i, d in enumerate(DEPARTMENTS)}
    for page in range(pages):
        sections.append(f"\n## Page {page + 1}\n")
        for _ in range(14):
            sections.append(FILLER if rng.random() < 0.8 else "General policies apply to every department.\n")
        if page in spots:
            name, head, work = spots[page]
            sections.append(
                f"\n### The {name} department\n\nThe {name} department is led by {head}. "
                f"Its team {work}. Questions about {name.lower()} go to {head.split()[0]}.\n"
            )
    return "\n".join(sections)


@pytest.mark.slow
@pytest.mark.embedded_only
@pytest.mark.timeout(600)  # ~490 KB through the offline model: minutes on a busy 2-core machine
async def test_ingest_two_hundred_pages_and_find_the_right_chunk(agents, memory, fake_llm, model):
    # The embedded default: the offline local embedding model, no API.
    agent = (
        await agents.CreateAgent(agent_service_pb2.CreateAgentRequest(llm_config=llm_config(fake_llm, model)))
    ).agent
    text = handbook()
    assert len(text) > 450_000  # ~200 pages of ~2,400 characters
    request = memory_service_pb2.IngestDocumentRequest(agent_id=agent.id, name="handbook.md", content=text.encode())
    events = [e async for e in memory.IngestDocument(request)]
    progress = [e.progress for e in events if e.WhichOneof("event") == "progress"]
    result = events[-1].result
    assert events[-1].WhichOneof("event") == "result"
    assert result.chunks_total > 100
    assert result.chunks_created + result.chunks_existing == result.chunks_total
    assert [p.chunks_done for p in progress] == sorted(p.chunks_done for p in progress)
    # Progress comes early (small batches first: 4, 8, 16, ... up to 64), then in full batches.
    assert [p.chunks_done for p in progress[:5]] == [0, 4, 12, 28, 60]
    assert progress[-1].chunks_done == progress[-1].chunks_total == result.chunks_total
    assert result.document_tag == "document:handbook.md"

    questions = {
        "Who leads the coral reef restoration department?": "Tomás Herrera",
        "Which team measures volcanic gas emissions?": "Volcano Monitoring",
        "Who is in charge of the bees?": "Amara Okafor",
        "Where are the ice cores kept?": "Glacier Archive",
        "Who makes the violins?": "Giulia Rossi",
        "What does the solar farm team do with the panels?": "Desert Solar Farm",
    }
    for question, expected in questions.items():
        hits = (
            await memory.SearchArchivalMemory(
                memory_service_pb2.SearchArchivalMemoryRequest(
                    agent_id=agent.id, query=question, tags=[result.document_tag], page_size=3
                )
            )
        ).hits
        assert any(expected in h.passage.content for h in hits), (question, [h.passage.content[:80] for h in hits])

    # Ingesting the same document again adds nothing.
    again = [e async for e in memory.IngestDocument(request)]
    assert again[-1].result.chunks_created == 0
    assert again[-1].result.chunks_existing == result.chunks_total


async def test_ingest_markdown_and_text_with_fake_embeddings(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    doc = "\n\n".join(f"Paragraph {i}: the harbour crane number {i} lifts containers." for i in range(200))
    request = memory_service_pb2.IngestDocumentRequest(
        agent_id=agent.id, name="notes.txt", content=doc.encode(), chunk_size=64, tags=["ops"]
    )
    events = [e async for e in memory.IngestDocument(request)]
    result = events[-1].result
    assert result.chunks_total > 20
    listed = await memory.ListArchivalMemories(
        memory_service_pb2.ListArchivalMemoriesRequest(agent_id=agent.id, page_size=1000)
    )
    assert len(listed.passages) == result.chunks_total
    assert all(set(p.tags) == {"ops", "document:notes.txt"} for p in listed.passages)
    # Consecutive chunks overlap.
    first, second = listed.passages[0].content, listed.passages[1].content
    assert first[-20:] in second or second.split(".")[0] in first


@pytest.mark.regression("issue 11 #2: streaming hops between servers carried neither the internal key nor the tenant")
async def test_ingest_through_the_agent_server(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    request = memory_service_pb2.IngestDocumentRequest(
        agent_id=agent.id, name="tiny.md", content=b"# Tiny\n\nThe crane lifts containers.", tags=["ops"]
    )
    events = [e async for e in memory.IngestDocument(request)]
    assert events[-1].result.chunks_created == 1
    listed = await memory.ListArchivalMemories(memory_service_pb2.ListArchivalMemoriesRequest(agent_id=agent.id))
    assert [set(p.tags) for p in listed.passages] == [{"ops", "document:tiny.md"}]


@pytest.mark.embedded_only  # it sets the store's clock, in this process
@pytest.mark.regression("issue 11 #15: chunk times a microsecond apart were truncated and collided")
async def test_archival_listing_keeps_the_document_order(agents, memory, fake_llm, model, monkeypatch):
    agent = await create_agent(agents, fake_llm, model)
    doc = "\n\n".join(f"Paragraph {i}: the harbour crane number {i} lifts containers." for i in range(200))
    expected = documents.chunk(doc, 64, 8)
    # A start time at which 8 of 40 truncated chunk times used to collide.
    monkeypatch.setattr("memsvc.memory.archival.now", lambda: 1764600000.273959)
    request = memory_service_pb2.IngestDocumentRequest(
        agent_id=agent.id, name="n.txt", content=doc.encode(), chunk_size=64
    )
    assert [e async for e in memory.IngestDocument(request)][-1].result.chunks_created == len(expected)
    listed = await memory.ListArchivalMemories(
        memory_service_pb2.ListArchivalMemoriesRequest(agent_id=agent.id, page_size=1000)
    )
    assert [p.content for p in listed.passages] == expected


@pytest.mark.parametrize(
    ("content", "mime", "what"),
    [
        (b"", "", "content is empty"),
        (b"   \n\n  ", "", "no text"),
        (b"\xff\xfe\x00bad", "text/plain", "not valid UTF-8"),
        (b"%PDF-1.4 not really", "application/pdf", "cannot be read"),
        (b"hello", "image/png", "not supported"),
    ],
)
async def test_bad_documents_are_refused_and_nothing_is_written(agents, memory, fake_llm, model, content, mime, what):
    agent = await create_agent(agents, fake_llm, model)
    request = memory_service_pb2.IngestDocumentRequest(agent_id=agent.id, name="x.txt", content=content, mime_type=mime)
    with pytest.raises(grpc.aio.AioRpcError) as info:
        async for _ in memory.IngestDocument(request):
            pass
    assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert what in info.value.details()
    assert error_reason(info.value) == "INVALID_ARGUMENT"
    listed = await memory.ListArchivalMemories(memory_service_pb2.ListArchivalMemoriesRequest(agent_id=agent.id))
    assert list(listed.passages) == []


def one_page_pdf(text: str) -> bytes:
    """A minimal valid PDF with one line of text (no PDF library needed to make it)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


async def test_ingest_pdf(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    request = memory_service_pb2.IngestDocumentRequest(
        agent_id=agent.id, name="keeper.pdf", content=one_page_pdf("The lighthouse keeper is named Edda.")
    )
    events = [e async for e in memory.IngestDocument(request)]
    assert events[-1].result.chunks_created == 1
    hits = (
        await memory.SearchArchivalMemory(
            memory_service_pb2.SearchArchivalMemoryRequest(agent_id=agent.id, query="lighthouse keeper")
        )
    ).hits
    assert hits[0].passage.content == "The lighthouse keeper is named Edda."
