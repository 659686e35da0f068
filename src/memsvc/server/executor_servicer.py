"""ExecutorService: thin adapter to FunctionExecutor."""

from __future__ import annotations

import grpc

from memsvc.executor.executor import FunctionExecutor
from memsvc.server import convert_events
from memsvc.v1 import executor_service_pb2 as pb
from memsvc.v1 import executor_service_pb2_grpc


class ExecutorServicer(executor_service_pb2_grpc.ExecutorServiceServicer):
    def __init__(self, executor: FunctionExecutor) -> None:
        self.executor = executor

    async def ListFunctions(
        self, request: pb.ListFunctionsRequest, context: grpc.aio.ServicerContext
    ) -> pb.ListFunctionsResponse:
        schemas = await self.executor.list_functions(inner_thoughts_in_kwargs=request.put_inner_thoughts_in_kwargs)
        return pb.ListFunctionsResponse(functions=[convert_events.schema_to_pb(s) for s in schemas])

    async def ExecuteFunction(
        self, request: pb.ExecuteFunctionRequest, context: grpc.aio.ServicerContext
    ) -> pb.ExecuteFunctionResponse:
        outcome = await self.executor.execute(request.agent_id, request.name, request.arguments)
        return convert_events.outcome_to_pb(outcome)
