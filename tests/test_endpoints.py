"""Outbound endpoints: the operator's API keys go only where the operator configured them, and
agents name only the endpoints MEMSVC_ALLOWED_ENDPOINTS allows (src/memsvc/endpoints.py).

The scripted LLMs here record the Authorization header of every request they get.
"""

from __future__ import annotations

from collections.abc import Iterator

import grpc
import pytest

from memsvc.agent.llm import LlmClient
from memsvc.endpoints import NO_KEY, EndpointPolicy
from memsvc.errors import PermissionDenied
from memsvc.models import LlmConfig
from memsvc.settings import Settings
from memsvc.v1 import agent_pb2, agent_service_pb2, memory_service_pb2, step_pb2
from tests.conftest import embedding_config, llm_config
from tests.fakellm import FakeLLM, say
from tests.helpers import error_reason, send

LLM_SECRET = "sk-operator-llm-" + "x" * 16
EMBEDDING_SECRET = "sk-operator-embedding-" + "y" * 16


@pytest.fixture(scope="module")
def tenants_llm() -> Iterator[FakeLLM]:
    """An endpoint a tenant controls."""
    fake = FakeLLM().start()
    yield fake
    fake.stop()


@pytest.fixture(scope="module")
def operators_llm() -> Iterator[FakeLLM]:
    """The endpoint the operator configured (MEMSVC_EMBEDDING_BASE_URL)."""
    fake = FakeLLM().start()
    yield fake
    fake.stop()


class TestKeysGoOnlyWhereTheOperatorSaid:
    pytestmark = pytest.mark.layouts

    @pytest.fixture
    def server_changes(self, operators_llm):
        return {
            "llm_api_key": LLM_SECRET,
            "embedding_api_key": EMBEDDING_SECRET,
            "embedding_base_url": operators_llm.base_url,
        }

    @pytest.mark.regression("black-box tester: the operator's API key went to a tenant-chosen model_endpoint")
    async def test_a_tenants_endpoint_never_gets_the_operators_keys(
        self, agents, memory, tenants_llm, operators_llm, model
    ):
        before = len(tenants_llm.authorizations)
        agent = (
            await agents.CreateAgent(
                agent_service_pb2.CreateAgentRequest(
                    llm_config=llm_config(tenants_llm, model), embedding_config=embedding_config(tenants_llm)
                )
            )
        ).agent
        tenants_llm.script(model, say("Hello."))
        assert (await send(agents, agent.id, "hi")).stop_reason == step_pb2.STOP_REASON_END_TURN
        await memory.InsertArchivalMemory(
            memory_service_pb2.InsertArchivalMemoryRequest(agent_id=agent.id, content="The tea is green.")
        )
        seen = tenants_llm.authorizations[before:]
        assert seen, "the tenant's endpoint was called"
        assert not [a for a in seen if LLM_SECRET in a or EMBEDDING_SECRET in a], seen

        # The operator's own endpoint does get the operator's key.
        before = len(operators_llm.authorizations)
        named = agent_pb2.EmbeddingConfig(embedding_model="hash-256", embedding_dim=256)
        other = (
            await agents.CreateAgent(
                agent_service_pb2.CreateAgentRequest(llm_config=llm_config(tenants_llm, model), embedding_config=named)
            )
        ).agent
        await memory.InsertArchivalMemory(
            memory_service_pb2.InsertArchivalMemoryRequest(agent_id=other.id, content="The coffee is black.")
        )
        assert f"Bearer {EMBEDDING_SECRET}" in operators_llm.authorizations[before:]


class TestAllowedEndpoints:
    pytestmark = pytest.mark.layouts

    @pytest.fixture
    def server_changes(self, fake_llm):
        return {"allowed_endpoints": (fake_llm.base_url,)}

    @pytest.mark.regression("black-box tester: agents could point memsvc at any address (SSRF)")
    async def test_an_endpoint_the_operator_did_not_allow_is_refused(self, agents, fake_llm, tenants_llm, model):
        for config in (
            {"llm_config": llm_config(tenants_llm, model), "embedding_config": embedding_config(fake_llm)},
            {"llm_config": llm_config(fake_llm, model), "embedding_config": embedding_config(tenants_llm)},
        ):
            with pytest.raises(grpc.aio.AioRpcError) as info:
                await agents.CreateAgent(agent_service_pb2.CreateAgentRequest(**config))
            assert info.value.code() == grpc.StatusCode.PERMISSION_DENIED, info.value.details()
            assert error_reason(info.value) == "ENDPOINT_NOT_ALLOWED"
            assert "MEMSVC_ALLOWED_ENDPOINTS" in info.value.details()
            assert tenants_llm.base_url in info.value.details()

        request = agent_service_pb2.CreateAgentRequest(
            llm_config=llm_config(fake_llm, model), embedding_config=embedding_config(fake_llm)
        )
        agent = (await agents.CreateAgent(request)).agent
        fake_llm.script(model, say("Allowed."))
        assert (await send(agents, agent.id, "hi")).stop_reason == step_pb2.STOP_REASON_END_TURN
        agent.llm_config.model_endpoint = tenants_llm.base_url
        with pytest.raises(grpc.aio.AioRpcError) as info:
            await agents.UpdateAgent(
                agent_service_pb2.UpdateAgentRequest(agent=agent, update_mask={"paths": ["llm_config"]})
            )
        assert info.value.code() == grpc.StatusCode.PERMISSION_DENIED
        assert error_reason(info.value) == "ENDPOINT_NOT_ALLOWED"


# ----- the rules themselves ---------------------------------------------------------------------


def test_the_setting_is_read_and_checked():
    env = {"MEMSVC_ALLOWED_ENDPOINTS": "https://llm.internal/v1, http://10.0.0.5:11434"}
    assert Settings.from_env(env).allowed_endpoints == ("https://llm.internal/v1", "http://10.0.0.5:11434")
    assert Settings.from_env({"MEMSVC_ALLOWED_ENDPOINTS": "*"}).allowed_endpoints == ("*",)
    with pytest.raises(SystemExit, match="MEMSVC_ALLOWED_ENDPOINTS"):
        Settings.from_env({"MEMSVC_ALLOWED_ENDPOINTS": "llm.internal"})


def test_with_api_keys_only_the_configured_endpoints_are_allowed_by_default():
    keyed = Settings(api_keys={"sk-acme-123": "acme"}, llm_base_url="https://llm.internal:8443/v1")
    policy = EndpointPolicy(keyed)
    for url in ("https://llm.internal:8443/v1", "https://LLM.internal:8443/v1/", "https://api.openai.com/v1"):
        assert policy.permits(url), url
    for url in (
        "http://127.0.0.1:6333/v1",
        "http://169.254.169.254/latest",
        "https://llm.internal/v1",  # another port
        "https://llm.internal:8443/v10",
        "https://api.openai.com.evil.example/v1",
        "http://api.openai.com/v1",  # another scheme
    ):
        assert not policy.permits(url), url
    assert EndpointPolicy(Settings()).permits("http://127.0.0.1:6333/v1")  # development mode: any
    assert EndpointPolicy(keyed.with_(allowed_endpoints=("*",))).permits("http://10.1.2.3/v1")
    ports = EndpointPolicy(keyed.with_(allowed_endpoints=("http://127.0.0.1/v1",)))
    assert ports.permits("http://127.0.0.1:8400/v1")
    assert not ports.permits("http://127.0.0.1:8400/x")


def test_keys_match_their_endpoints_exactly():
    settings = Settings(provider_keys={"OPENAI_API_KEY": "sk-openai", "DEEPSEEK_API_KEY": "sk-deepseek"})
    policy = EndpointPolicy(settings)
    assert policy.llm_key("https://API.openai.com:443/v1/", "openai") == "sk-openai"
    assert policy.llm_key("https://api.deepseek.com/v1", "deepseek") == "sk-deepseek"
    for url, kind in (
        ("https://api.deepseek.com/v1", "openai"),  # OpenAI's key goes to OpenAI only
        ("https://api.openai.com.evil.example/v1", "openai"),
        ("http://api.openai.com/v1", "openai"),
        ("https://api.openai.com:8443/v1", "openai"),
        ("https://api.openai.com/", "openai"),
        ("http://127.0.0.1:9999/v1", "openai"),
    ):
        assert policy.llm_key(url, kind) == NO_KEY, url
    operator = EndpointPolicy(Settings(llm_base_url="http://llm.internal/v1", llm_api_key="sk-mine"))
    assert operator.llm_key("http://llm.internal:80/v1", "openai") == "sk-mine"
    assert operator.llm_key("https://api.openai.com/v1", "openai") == NO_KEY
    assert operator.embedding_key("http://llm.internal/v1", "openai") == "sk-mine"
    assert operator.embedding_key("http://elsewhere/v1", "openai") == NO_KEY


async def test_an_agent_stored_before_the_endpoint_was_disallowed_is_not_called(fake_llm):
    client = LlmClient(Settings(api_keys={"sk-acme-123": "acme"}, llm_max_retries=0))
    config = LlmConfig(model="m", context_window=16384, max_tokens=100, model_endpoint=fake_llm.base_url)
    before = len(fake_llm.authorizations)
    with pytest.raises(PermissionDenied) as info:
        await client.complete(config, [{"role": "user", "content": "hi"}])
    assert info.value.reason == "ENDPOINT_NOT_ALLOWED"
    assert len(fake_llm.authorizations) == before
    await client.close()
