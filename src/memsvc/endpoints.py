"""Outbound endpoints: which ones an agent may name, and which get the operator's API keys.

An agent names its LLM and embedding endpoints (llm_config.model_endpoint,
embedding_config.embedding_endpoint); in a server with API keys that is a tenant's choice.
Two rules keep it from turning memsvc against its operator:

- The operator's keys (MEMSVC_LLM_API_KEY, MEMSVC_EMBEDDING_API_KEY, OPENAI_API_KEY,
  DEEPSEEK_API_KEY) go only to the endpoints the operator configured them for: the
  MEMSVC_LLM_BASE_URL / MEMSVC_EMBEDDING_BASE_URL when set, else the provider's own
  public endpoint (https://api.openai.com/v1, https://api.deepseek.com/v1). Any other
  endpoint gets no key (the placeholder NO_KEY), whoever allowed it.
- Agents may name only the endpoints MEMSVC_ALLOWED_ENDPOINTS lists (URL prefixes, or `*`).
  Unset, a server with API keys allows the endpoints the operator configured (above)
  and nothing else, so a tenant cannot point memsvc at internal addresses (SSRF); a server
  in development mode (no API keys: every caller is the operator) allows any endpoint.

URLs are compared normalized: scheme and host lower-cased, the default port made explicit,
the path compared whole segment by segment ("/v1" covers "/v1/" and "/v1/x", not "/v10").
An allowed prefix without a port allows every port of its host.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from memsvc.errors import PermissionDenied
from memsvc.settings import PROVIDER_KEY_VARS, Settings

PROVIDER_ENDPOINTS = {"openai": "https://api.openai.com/v1", "deepseek": "https://api.deepseek.com/v1"}
# What openai's client is given when no key of the operator's may go to an endpoint (it needs one).
NO_KEY = "not-needed"
ANY = "*"
DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True, slots=True)
class Url:
    scheme: str
    host: str
    port: int | None  # None: any port (only in an allowed prefix that names none)
    path: tuple[str, ...]

    def under(self, prefix: Url) -> bool:
        return (
            self.scheme == prefix.scheme
            and self.host == prefix.host
            and (prefix.port is None or self.port == prefix.port)
            and self.path[: len(prefix.path)] == prefix.path
        )


def parse(url: str, *, any_port: bool = False) -> Url | None:
    """The normalized parts of an http(s) URL; None if it is not one."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".").lower()
    if scheme not in DEFAULT_PORTS or not host or parts.username is not None:
        return None
    if port is None and not any_port:
        port = DEFAULT_PORTS[scheme]
    return Url(scheme, host, port, tuple(s for s in parts.path.split("/") if s))


def check_allowed_setting(entries: tuple[str, ...]) -> None:
    """MEMSVC_ALLOWED_ENDPOINTS at start-up: `*` or http(s) URL prefixes."""
    for entry in entries:
        if entry != ANY and parse(entry, any_port=True) is None:
            raise SystemExit(
                f"MEMSVC_ALLOWED_ENDPOINTS: {entry!r} is not an http(s) URL prefix like https://llm.internal/v1 (or *)"
            )


class EndpointPolicy:
    """The two rules above, for one server's settings."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        configured = [settings.llm_base_url, settings.embedding_base_url, *PROVIDER_ENDPOINTS.values()]
        if settings.allowed_endpoints:
            self.allowed_text = list(settings.allowed_endpoints)
        elif settings.api_keys:
            self.allowed_text = [u for u in configured if u]
        else:
            self.allowed_text = [ANY]
        self.any = ANY in self.allowed_text
        self.allowed = [p for p in (parse(u, any_port=True) for u in self.allowed_text if u != ANY) if p]

    def permits(self, url: str) -> bool:
        if self.any:
            return True
        parsed = parse(url)
        return parsed is not None and any(parsed.under(p) for p in self.allowed)

    def check(self, url: str, field: str) -> None:
        """Refuses an endpoint agents may not name (PERMISSION_DENIED ENDPOINT_NOT_ALLOWED)."""
        if url and not self.permits(url):
            raise PermissionDenied(
                f"{field} {url!r} is not an endpoint this server lets agents call (it allows "
                f"{', '.join(self.allowed_text) or 'none'}): name one of those, leave it empty for the "
                "server's own, or have the operator add it to MEMSVC_ALLOWED_ENDPOINTS",
                reason="ENDPOINT_NOT_ALLOWED",
                field=field,
                metadata={"endpoint": url[:256]},
            )

    def llm_key(self, url: str, endpoint_type: str) -> str:
        """The operator's LLM key if `url` is where it was configured to go, else NO_KEY."""
        return _key_for(url, *self._llm_key(endpoint_type))

    def embedding_key(self, url: str, endpoint_type: str) -> str:
        """The operator's embedding key (or LLM key) if `url` is where it was configured to go, else NO_KEY."""
        s = self.settings
        if s.embedding_api_key:
            homes = [s.embedding_base_url] if s.embedding_base_url else list(PROVIDER_ENDPOINTS.values())
            return _key_for(url, s.embedding_api_key, homes)
        key, homes = self._llm_key(endpoint_type)
        return _key_for(url, key, [*homes, s.embedding_base_url])

    def _llm_key(self, endpoint_type: str) -> tuple[str, list[str]]:
        s = self.settings
        if s.llm_api_key:
            homes = [s.llm_base_url] if s.llm_base_url else list(PROVIDER_ENDPOINTS.values())
            return s.llm_api_key, homes
        provider = endpoint_type if endpoint_type in PROVIDER_KEY_VARS else "openai"
        key = s.provider_keys.get(PROVIDER_KEY_VARS[provider], "")
        return key, [s.llm_base_url, PROVIDER_ENDPOINTS[provider]]


def _key_for(url: str, key: str, homes: list[str]) -> str:
    target = parse(url)
    if not key or target is None:
        return NO_KEY
    for home in homes:
        parsed = parse(home) if home else None
        if parsed is not None and target.under(parsed):
            return key
    return NO_KEY
