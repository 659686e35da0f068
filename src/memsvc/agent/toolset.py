"""The tools one agent's LLM sees: the built-in functions and the agent's client tools.

The executor lists the built-in functions; the agent's ToolConfig adds its client
tools (their schemas completed with `request_heartbeat` and `inner_thoughts`, like
the built-ins) and says which tools need approval.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from memsvc import client_tools
from memsvc.agent.prompt import tools_for_llm
from memsvc.executor.functions import HEARTBEAT_DESCRIPTION, INNER_THOUGHTS_DESCRIPTION
from memsvc.executor.wakeup_functions import WAKEUP_FUNCTION_NAMES
from memsvc.models import Agent, ClientTool, FunctionSchema
from memsvc.ports import Executor

_INNER_THOUGHTS = {"type": "string", "description": INNER_THOUGHTS_DESCRIPTION}
_HEARTBEAT = {"type": "boolean", "description": HEARTBEAT_DESCRIPTION}


@dataclass(slots=True)
class Toolset:
    builtin: list[FunctionSchema]
    client: list[FunctionSchema]
    agent: Agent

    @property
    def schemas(self) -> list[FunctionSchema]:
        return [*self.builtin, *self.client]

    def for_llm(self) -> list[dict[str, Any]]:
        return tools_for_llm(self.schemas)

    @property
    def builtin_names(self) -> frozenset[str]:
        return frozenset(s.name for s in self.builtin)

    def client_tool(self, name: str) -> ClientTool | None:
        return self.agent.tools.client_tool(name)

    def known(self, name: str) -> bool:
        return name in self.builtin_names or self.client_tool(name) is not None

    def needs_approval(self, name: str) -> bool:
        return name in self.agent.tools.requiring_approval

    def names(self) -> str:
        return ", ".join(s.name for s in self.schemas)


async def load_toolset(executor: Executor, agent: Agent) -> Toolset:
    inner = agent.llm_config.put_inner_thoughts_in_kwargs
    builtin = await executor.list_functions(inner_thoughts_in_kwargs=inner)
    if not agent.tools.wakeups:  # opt-in (Agent.enable_wakeups): they cost prompt tokens on every call
        builtin = [f for f in builtin if f.name not in WAKEUP_FUNCTION_NAMES]
    client = [
        FunctionSchema(
            t.name,
            t.description,
            client_tools.llm_parameters(t, inner_thoughts=_INNER_THOUGHTS if inner else None, heartbeat=_HEARTBEAT),
        )
        for t in agent.tools.client_tools
    ]
    return Toolset(list(builtin), client, agent)
