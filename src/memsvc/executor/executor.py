"""FunctionExecutor: runs one LLM function call for an agent (the Executor port).

A call that fails because of the LLM's arguments or because memory refuses it comes
back as `ok=False` with a message the LLM can act on; only a call for an agent that
does not exist is an error of the caller.
"""

from __future__ import annotations

import json

import structlog

from memsvc import tracing
from memsvc.errors import InvalidArgument, MemsvcError
from memsvc.executor.functions import FUNCTIONS
from memsvc.models import FunctionOutcome, FunctionSchema
from memsvc.ports import FunctionMemory
from memsvc.validation import agent_id as check_agent_id

log = structlog.get_logger("memsvc.executor")


class FunctionExecutor:
    def __init__(self, memory: FunctionMemory) -> None:
        self.memory = memory
        self._schemas = {
            flag: [f.schema(inner_thoughts_in_kwargs=flag) for f in FUNCTIONS.values()] for flag in (False, True)
        }

    async def list_functions(self, *, inner_thoughts_in_kwargs: bool) -> list[FunctionSchema]:
        return self._schemas[inner_thoughts_in_kwargs]

    async def execute(self, agent_id: str, name: str, arguments: str) -> FunctionOutcome:
        agent_id = check_agent_id(agent_id)
        try:
            args = json.loads(arguments or "{}")
            json.dumps(args, ensure_ascii=False).encode()  # lone surrogates cannot be stored or sent
        except (ValueError, RecursionError, UnicodeError):
            raise InvalidArgument(
                "arguments must be a JSON object of valid Unicode text, nested at most a few levels", field="arguments"
            ) from None
        if not isinstance(args, dict):
            raise InvalidArgument("arguments must be a JSON object", field="arguments")
        function = FUNCTIONS.get(name)
        if function is None:
            return FunctionOutcome(False, f"There is no function {name!r}. Functions: {', '.join(FUNCTIONS)}.")
        try:
            with tracing.span(f"function {name}", agent_id=agent_id):
                outcome = await function.run(self.memory, agent_id, function.check(args))
        except MemsvcError as exc:
            if exc.reason == "AGENT_NOT_FOUND":
                raise
            return FunctionOutcome(False, f"{name} failed: {exc.message}")
        except Exception:  # a function must never take the executor down: report and carry on
            log.exception("function_crashed", function=name, agent_id=agent_id)
            return FunctionOutcome(False, f"{name} failed with an internal error; try again or do something else.")
        return FunctionOutcome(True, outcome.result, outcome.message_to_user, outcome.memory_changed)
