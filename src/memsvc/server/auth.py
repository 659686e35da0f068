"""API keys: who is calling, for which tenant.

Keys come from MEMSVC_API_KEYS ("tenant:key,tenant:key") and MEMSVC_API_KEYS_FILE
(one "tenant key" per line). With no keys configured the server runs in
development mode: no key needed, one tenant, and a warning at start-up.
memsvc servers call each other with MEMSVC_INTERNAL_KEY and name the tenant in
metadata; only that key may name a tenant or call the internal services.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping, Sequence

from memsvc.errors import PermissionDenied, Unauthenticated
from memsvc.tenancy import TENANT_HEADER, Principal

INTERNAL_SERVICES = ("/memsvc.v1.AgentStoreService/", "/memsvc.v1.ExecutorService/")
OPEN_SERVICES = ("/grpc.health.v1.Health/", "/grpc.reflection.")


class Authenticator:
    def __init__(self, keys: Mapping[str, str], internal_key: str = "") -> None:
        # Looked up by the key's digest: one dict lookup however many keys, and no
        # comparison of secrets byte by byte.
        self.tenants = {_digest(key): tenant for key, tenant in keys.items()}
        self.internal_key = internal_key

    @property
    def development_mode(self) -> bool:
        return not self.tenants and not self.internal_key

    def authenticate(self, method: str, metadata: Sequence[tuple[str, str | bytes]]) -> Principal:
        if method.startswith(OPEN_SERVICES):
            return Principal("")
        if self.development_mode:  # one tenant: what a caller claims in metadata changes nothing
            return Principal("", internal=True)
        headers = {k: v for k, v in metadata if isinstance(v, str)}
        key = _bearer(headers.get("authorization", "")) or headers.get("x-api-key", "")
        if not key:
            raise Unauthenticated(
                "this server needs an API key: send the metadata 'authorization: Bearer <key>'",
                reason="API_KEY_MISSING",
            )
        if self.internal_key and hmac.compare_digest(key.encode(), self.internal_key.encode()):
            return Principal(headers.get(TENANT_HEADER, ""), internal=True)
        tenant = self.tenants.get(_digest(key))
        if tenant is None:
            raise Unauthenticated("the API key is not valid for this server", reason="API_KEY_INVALID")
        if method.startswith(INTERNAL_SERVICES):
            service = method.split("/")[1]
            raise PermissionDenied(
                f"{service} is internal to memsvc: clients use AgentService and MemoryService",
                reason="INTERNAL_SERVICE",
            )
        return Principal(tenant)


def _digest(key: str) -> bytes:
    return hashlib.sha256(key.encode()).digest()


def _bearer(value: str) -> str:
    scheme, _, token = value.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""
