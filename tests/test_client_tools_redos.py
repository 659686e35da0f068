"""A tenant's regexes in client tool schemas cannot hang the server (memsvc.schema_patterns).

`^(a+)+$` or `^(a|a)*$` against "aaaa…!" takes Python's `re` minutes to hours. These tests
have no timed assertion: before the fix they hang (pytest's timeout is the guard); after it,
the statuses and results say what happened.
"""

from __future__ import annotations

import json

import grpc
import pytest

from memsvc import client_tools
from memsvc.models import ClientTool
from memsvc.v1 import agent_service_pb2, step_pb2
from tests.fakellm import Call, Reply, say
from tests.helpers import create_agent, error_reason, events_of, user, weather_tool

EVIL = "a" * 40 + "!"
NESTED = "^(a+)+$"  # catastrophic for `re`; the regex package finds it fails at once
ALTERNATION = "^(a|a)*$"  # catastrophic for both engines: only the deadline stops it


def schema(**code: object) -> str:
    return json.dumps({"type": "object", "properties": {"code": {"type": "string", **code}}, "required": ["code"]})


@pytest.mark.layouts
@pytest.mark.regression("black-box tester: a client tool's pattern ^(a+)+$ pinned a CPU for minutes")
async def test_evil_patterns_in_a_tools_schema_fail_the_call_not_the_server(agents, fake_llm, model):
    tools = [
        weather_tool(name="nested", parameters=schema(pattern=NESTED)),
        weather_tool(name="alternation", parameters=schema(pattern=ALTERNATION)),
        weather_tool(
            name="keys",
            parameters=json.dumps(
                {"type": "object", "patternProperties": {ALTERNATION: {}}, "additionalProperties": False}
            ),
        ),
    ]
    agent = await create_agent(agents, fake_llm, model, client_tools=tools)
    fake_llm.script(
        model,
        Reply(calls=[Call("nested", {"code": EVIL}), Call("alternation", {"code": EVIL}), Call("keys", {EVIL: 1})]),
        say("That did not work."),
    )
    request = agent_service_pb2.SendMessageRequest(agent_id=agent.id, messages=[user("Run them.")])
    reply = await agents.SendMessage(request, timeout=120)  # a hang guard, not a measurement
    assert reply.stop_reason == step_pb2.STOP_REASON_END_TURN
    results = events_of(reply.events, "function_result")
    assert [r.ok for r in results[:3]] == [False, False, False]
    assert "do not match its parameters" in results[0].result
    assert "took over 0.25 s to match" in results[1].result
    assert "took over 0.25 s to match" in results[2].result
    assert not events_of(reply.events, "turn_waiting")  # nothing went to the client


@pytest.mark.layouts
async def test_an_over_long_pattern_is_refused_at_registration_naming_where(agents, fake_llm, model):
    tools = [weather_tool(parameters=schema(pattern="a" * 1001))]
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await create_agent(agents, fake_llm, model, client_tools=tools)
    assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert error_reason(info.value) == "INVALID_TOOL"
    assert "client_tools[0].parameters" in info.value.details()
    assert "/properties/code/pattern has 1,001 characters" in info.value.details()


# ----- every keyword that matches a regex is bounded, in every draft -------------------------------

KEYWORD_SCHEMAS = {
    "pattern": {"type": "object", "properties": {"code": {"type": "string", "pattern": ALTERNATION}}},
    "patternProperties": {"type": "object", "patternProperties": {ALTERNATION: {"type": "string"}}},
    "additionalProperties": {
        "type": "object",
        "patternProperties": {ALTERNATION: {}},
        "additionalProperties": False,
    },
    "unevaluatedProperties": {
        "type": "object",
        "patternProperties": {ALTERNATION: {}},
        "unevaluatedProperties": False,
    },
    "propertyNames": {"type": "object", "propertyNames": {"pattern": ALTERNATION}},
}
DRAFTS = {
    "2020-12": "https://json-schema.org/draft/2020-12/schema",
    "2019-09": "https://json-schema.org/draft/2019-09/schema",
    "07": "http://json-schema.org/draft-07/schema#",
    "04": "http://json-schema.org/draft-04/schema#",
}


@pytest.mark.parametrize("draft", DRAFTS)
@pytest.mark.parametrize("keyword", KEYWORD_SCHEMAS)
def test_every_regex_keyword_is_matched_under_the_deadline(keyword, draft):
    if keyword == "unevaluatedProperties" and draft in ("07", "04"):
        pytest.skip("no unevaluatedProperties before draft 2019-09")
    if keyword == "propertyNames" and draft == "04":
        pytest.skip("no propertyNames in draft 04")
    text = json.dumps({"$schema": DRAFTS[draft], **KEYWORD_SCHEMAS[keyword]})
    client_tools.check_schema(text, "parameters")
    tool = ClientTool("t", "", text)
    arguments = {"code": EVIL} if keyword == "pattern" else {EVIL: "x"}
    assert "took over 0.25 s to match" in client_tools.argument_error(tool, arguments)


def test_patterns_still_match_as_before():
    tool = ClientTool("t", "", schema(pattern=r"^\d{3}-\d{4}$"))
    assert client_tools.argument_error(tool, {"code": "555-1234"}) == ""
    assert "does not match" in client_tools.argument_error(tool, {"code": "555-12345"})
