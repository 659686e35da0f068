"""Who a request acts for. The tenant owns agents; everything else hangs off an agent.

The RPC interceptor sets `current_tenant` from the caller's API key (or, on internal
hops between memsvc servers, from the metadata the calling server forwards). The SQL
store reads it wherever it looks up an agent, so one tenant's agents and memory are
invisible to another: they do not exist for it. In development mode (no API keys
configured) every request is the empty tenant.
"""

from __future__ import annotations

import contextvars
from dataclasses import dataclass

current_tenant: contextvars.ContextVar[str] = contextvars.ContextVar("memsvc_tenant", default="")
# The request id of the call being served (x-request-id, or one made up): in its log lines, and
# forwarded on every hop to another memsvc server, so one id follows a request through all three.
current_request_id: contextvars.ContextVar[str] = contextvars.ContextVar("memsvc_request_id", default="")
REQUEST_ID_HEADER = "x-request-id"

# gRPC metadata memsvc servers use between themselves (never accepted from clients).
TENANT_HEADER = "x-memsvc-tenant"


@dataclass(frozen=True, slots=True)
class Principal:
    tenant: str
    internal: bool = False  # another memsvc server, trusted to name the tenant
