"""Shared fixtures: the scripted LLM, an in-process all-in-one server, typed stubs."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import grpc
import pytest

from memsvc.config import Settings
from memsvc.logging import configure_logging
from memsvc.server.app import Running, start
from memsvc.v1 import agent_pb2, agent_service_pb2_grpc, memory_service_pb2_grpc
from tests.fakellm import FakeLLM

configure_logging("warning")
_models = itertools.count(1)


@pytest.fixture(scope="session")
def fake_llm() -> Iterator[FakeLLM]:
    fake = FakeLLM().start()
    yield fake
    fake.stop()


@pytest.fixture
def model() -> str:
    """A model name of its own, so each test's LLM script is its own."""
    return f"scripted-{next(_models)}-{uuid.uuid4().hex[:6]}"


def make_settings(data_dir: Path, **changes: object) -> Settings:
    base = Settings(data_dir=data_dir, listen="127.0.0.1:0", llm_max_retries=0, llm_timeout_seconds=10)
    return base.with_(**changes)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path / "data")


@pytest.fixture
async def server(settings: Settings) -> AsyncIterator[Running]:
    running = await start("all", settings)
    yield running
    await running.stop(0)


@pytest.fixture
async def channel(server: Running) -> AsyncIterator[grpc.aio.Channel]:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{server.port}") as chan:
        yield chan


@pytest.fixture
def agents(channel: grpc.aio.Channel) -> agent_service_pb2_grpc.AgentServiceStub:
    return agent_service_pb2_grpc.AgentServiceStub(channel)


@pytest.fixture
def memory(channel: grpc.aio.Channel) -> memory_service_pb2_grpc.MemoryServiceStub:
    return memory_service_pb2_grpc.MemoryServiceStub(channel)


def llm_config(fake: FakeLLM, model: str, **changes: object) -> agent_pb2.LlmConfig:
    config = agent_pb2.LlmConfig(
        model=model, model_endpoint=fake.base_url, model_endpoint_type="openai", context_window=16384
    )
    for key, value in changes.items():
        setattr(config, key, value)
    return config


def embedding_config(fake: FakeLLM, dim: int = 64) -> agent_pb2.EmbeddingConfig:
    return agent_pb2.EmbeddingConfig(
        embedding_model=f"hash-{dim}",
        embedding_endpoint=fake.base_url,
        embedding_endpoint_type="openai",
        embedding_dim=dim,
    )


WALKTHROUGH_BLOCKS = [
    agent_pb2.MemoryBlock(label="human", value="My name is Xiaoming, I am a product manager"),
    agent_pb2.MemoryBlock(label="persona", value="You are Letta, my assistant"),
]
