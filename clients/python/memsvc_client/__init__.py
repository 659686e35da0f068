"""memsvc_client: a small typed asyncio client for memsvc (unbounded memory for LLM agents).

    from memsvc_client import MemsvcClient, MemsvcRPCError

    async with MemsvcClient("localhost:50051") as client:
        agent = await client.create_agent("deepseek-chat", 16384, blocks={"human": "My name is Xiaoming"})
        turn = await client.send_message(agent.id, "I'm not Xiaoming, my name is Alibaba")
        print(turn.replies, turn.stop_reason)

It uses only the generated `memsvc.v1` stubs, grpcio and the google.rpc protos.
"""

from memsvc_client.client import IngestEvent, MemsvcClient
from memsvc_client.errors import FieldViolation, MemsvcRPCError
from memsvc_client.results import TurnResult, Usage, event_kind, stop_reason_name
from memsvc_client.stream import StepStream
from memsvc_client.tools import approval, client_tool, tool_error, tool_output

__all__ = [
    "FieldViolation",
    "IngestEvent",
    "MemsvcClient",
    "MemsvcRPCError",
    "StepStream",
    "TurnResult",
    "Usage",
    "approval",
    "client_tool",
    "event_kind",
    "stop_reason_name",
    "tool_error",
    "tool_output",
]
