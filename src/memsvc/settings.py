"""Settings: every knob memsvc has, read once from MEMSVC_* environment variables.

`Settings.from_env()` is called in __main__ and the result passed down; nothing
deeper reads the environment. `.env.example` and README list the same knobs.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

DEFAULT_PORTS = {"all": 50051, "agent": 50051, "memory": 50052, "executor": 50053}

# The standard OpenTelemetry variables of memsvc's tracing (tracing.py reads the first three; the
# OTLP exporter reads the others, and the rest of its OTEL_EXPORTER_OTLP_*, from the environment).
OTEL_VARIABLES = (
    "OTEL_TRACES_EXPORTER",
    "OTEL_SDK_DISABLED",
    "OTEL_SERVICE_NAME",
    "OTEL_EXPORTER_OTLP_ENDPOINT",
    "OTEL_EXPORTER_OTLP_HEADERS",
    "OTEL_EXPORTER_OTLP_INSECURE",
)

# API keys of the providers' own conventions, used when MEMSVC_LLM_API_KEY is unset.
PROVIDER_KEY_VARS = {"openai": "OPENAI_API_KEY", "deepseek": "DEEPSEEK_API_KEY"}


@dataclass(frozen=True, slots=True)
class Settings:
    # Where the embedded default keeps its SQLite file and Qdrant's local data.
    data_dir: Path = field(default_factory=lambda: Path.home() / ".memsvc")
    # SQLAlchemy URL of the store; empty means SQLite in data_dir.
    database_url: str = ""
    # Qdrant server URL; empty means the embedded engine (qdrant-edge) in data_dir.
    qdrant_url: str = ""
    qdrant_api_key: str = ""
    # host:port to listen on; empty means [::]:<the role's default port>.
    listen: str = ""
    # Where the other servers are, in a split deployment.
    memory_address: str = "127.0.0.1:50052"
    executor_address: str = "127.0.0.1:50053"
    # LLM endpoint for every agent when set (overrides each agent's model_endpoint). The keys go
    # only to the endpoints the operator configured them for (endpoints.py).
    llm_base_url: str = ""
    llm_api_key: str = ""
    llm_timeout_seconds: float = 60.0
    llm_max_retries: int = 2
    # Embedding endpoint for every agent when set (overrides embedding_endpoint).
    embedding_base_url: str = ""
    embedding_api_key: str = ""
    # URL prefixes agents may name as model_endpoint / embedding_endpoint ("*": any); empty means
    # the configured endpoints only with API keys, any in development mode (endpoints.py).
    allowed_endpoints: tuple[str, ...] = ()
    max_steps: int = 50
    # How long a turn waits for an agent busy on another agent server.
    lease_wait_seconds: float = 120.0
    # How often each agent server looks for due wake-ups and turns whose wait expired.
    scheduler_interval_seconds: float = 1.0
    # A wake-up that fires more than this after its time is marked late (wakeup.proto).
    wakeup_late_seconds: float = 60.0
    # Fired and cancelled wake-ups are deleted this long after they fired or were cancelled
    # (the scheduler prunes them); 0 keeps them forever.
    wakeup_retention_days: float = 30.0
    # This server's name in turn leases; empty means host:port.
    instance_id: str = ""
    max_message_chars: int = 32_000
    max_document_bytes: int = 8 * 1024 * 1024
    grpc_max_message_bytes: int = 16 * 1024 * 1024
    # Calls one tenant may have in flight (counted before their requests are read).
    max_calls_per_tenant: int = 64
    # API keys: {key: tenant}. Empty means development mode (no keys needed).
    api_keys: Mapping[str, str] = field(default_factory=dict)
    # The key memsvc servers use between themselves (needed with API keys in a split deployment).
    internal_key: str = ""
    # "process": every commit survives a crash of the server process; "power": also an OS crash
    # or power loss (SQLite and the embedded vector index fsync every write). See README.
    durability: str = "process"
    # Recall by meaning: embed what users and agents say, in the background.
    recall_vectors: bool = True
    # A new archival passage this close in meaning (cosine) to one the agent has, in the same
    # words (memory/duplicates.py), is a duplicate (created: false); above 1 turns the check off.
    archival_duplicate_similarity: float = 0.95
    # Worker threads of the built-in embedding model; 0 means one per usable core.
    embedding_threads: int = 0
    # host:port of the Prometheus /metrics endpoint; empty means none.
    metrics_listen: str = ""
    log_level: str = "info"
    log_format: str = "json"
    # Extra environment (provider API keys) captured at start-up.
    provider_keys: Mapping[str, str] = field(default_factory=dict)
    # The standard OpenTelemetry variables (OTEL_*): tracing is off unless OTEL_TRACES_EXPORTER is set.
    otel: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        defaults = cls()

        def text(name: str, default: str) -> str:
            return env.get(f"MEMSVC_{name}", default).strip()

        def number(name: str, default: float, kind: type = int) -> float:
            raw = env.get(f"MEMSVC_{name}")
            if raw is None or not raw.strip():
                return default
            try:
                return kind(raw)
            except ValueError:
                raise SystemExit(f"MEMSVC_{name}={raw!r} is not a {kind.__name__}") from None

        data_dir = text("DATA_DIR", "")
        api_keys = _api_keys(text("API_KEYS", ""), text("API_KEYS_FILE", ""))
        internal_key = text("INTERNAL_KEY", "")
        if internal_key and (internal_key in api_keys or len(internal_key) < MIN_KEY_CHARS):
            raise SystemExit(
                f"MEMSVC_INTERNAL_KEY must be at least {MIN_KEY_CHARS} characters and no tenant's API key "
                "(whoever holds it can act for every tenant)"
            )
        return cls(
            data_dir=Path(data_dir).expanduser() if data_dir else defaults.data_dir,
            database_url=text("DATABASE_URL", ""),
            qdrant_url=text("QDRANT_URL", ""),
            qdrant_api_key=text("QDRANT_API_KEY", ""),
            listen=text("LISTEN", ""),
            memory_address=text("MEMORY_ADDRESS", defaults.memory_address),
            executor_address=text("EXECUTOR_ADDRESS", defaults.executor_address),
            llm_base_url=text("LLM_BASE_URL", ""),
            llm_api_key=text("LLM_API_KEY", ""),
            llm_timeout_seconds=float(number("LLM_TIMEOUT_SECONDS", defaults.llm_timeout_seconds, float)),
            llm_max_retries=int(number("LLM_MAX_RETRIES", defaults.llm_max_retries)),
            embedding_base_url=text("EMBEDDING_BASE_URL", ""),
            embedding_api_key=text("EMBEDDING_API_KEY", ""),
            allowed_endpoints=_allowed_endpoints(text("ALLOWED_ENDPOINTS", "")),
            max_steps=int(number("MAX_STEPS", defaults.max_steps)),
            lease_wait_seconds=float(number("LEASE_WAIT_SECONDS", defaults.lease_wait_seconds, float)),
            scheduler_interval_seconds=_positive(
                "SCHEDULER_INTERVAL_SECONDS",
                float(number("SCHEDULER_INTERVAL_SECONDS", defaults.scheduler_interval_seconds, float)),
            ),
            wakeup_late_seconds=_positive(
                "WAKEUP_LATE_SECONDS", float(number("WAKEUP_LATE_SECONDS", defaults.wakeup_late_seconds, float))
            ),
            wakeup_retention_days=_days(
                "WAKEUP_RETENTION_DAYS",
                float(number("WAKEUP_RETENTION_DAYS", defaults.wakeup_retention_days, float)),
            ),
            instance_id=text("INSTANCE_ID", ""),
            max_message_chars=int(number("MAX_MESSAGE_CHARS", defaults.max_message_chars)),
            max_document_bytes=int(number("MAX_DOCUMENT_BYTES", defaults.max_document_bytes)),
            grpc_max_message_bytes=int(number("GRPC_MAX_MESSAGE_BYTES", defaults.grpc_max_message_bytes)),
            max_calls_per_tenant=int(number("MAX_CALLS_PER_TENANT", defaults.max_calls_per_tenant)),
            api_keys=api_keys,
            internal_key=internal_key,
            metrics_listen=text("METRICS_LISTEN", ""),
            recall_vectors=text("RECALL_VECTORS", "true").lower() not in ("0", "false", "no", "off"),
            durability=_choice("DURABILITY", text("DURABILITY", defaults.durability).lower(), ("process", "power")),
            archival_duplicate_similarity=float(
                number("ARCHIVAL_DUPLICATE_SIMILARITY", defaults.archival_duplicate_similarity, float)
            ),
            embedding_threads=int(number("EMBEDDING_THREADS", defaults.embedding_threads)),
            log_level=text("LOG_LEVEL", defaults.log_level).lower(),
            log_format=text("LOG_FORMAT", defaults.log_format).lower(),
            provider_keys={k: env[k] for k in PROVIDER_KEY_VARS.values() if env.get(k)},
            otel={k: env[k] for k in OTEL_VARIABLES if env.get(k)},
        )

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]

    def listen_address(self, role: str) -> str:
        return self.listen or f"[::]:{DEFAULT_PORTS[role]}"

    def sql_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'memsvc.db'}"


def _positive(name: str, value: float) -> float:
    if not 0 < value < 1e9:  # NaN fails too
        raise SystemExit(f"MEMSVC_{name}={value!r} must be a positive number of seconds")
    return value


def _days(name: str, value: float) -> float:
    if not 0 <= value <= 100_000:  # NaN fails too
        raise SystemExit(f"MEMSVC_{name}={value!r} must be a number of days from 0 (keep forever) to 100000")
    return value


def _choice(name: str, value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise SystemExit(f"MEMSVC_{name}={value!r}: choose one of {', '.join(allowed)}")
    return value


def _allowed_endpoints(spec: str) -> tuple[str, ...]:
    from memsvc.endpoints import check_allowed_setting  # endpoints.py reads Settings

    entries = tuple(e.strip() for e in spec.split(",") if e.strip())
    check_allowed_setting(entries)
    return entries


def _api_keys(spec: str, path: str) -> dict[str, str]:
    lines = ""
    if path:
        try:
            lines = Path(path).expanduser().read_text()
        except OSError as exc:
            raise SystemExit(f"MEMSVC_API_KEYS_FILE={path!r} cannot be read: {exc}") from None
    return parse_keys(spec, lines)


TENANT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
MIN_KEY_CHARS = 8


def parse_keys(spec: str, lines: str = "") -> dict[str, str]:
    """{key: tenant} from "tenant:key,..." and from "tenant key" lines; blank and # lines skipped.

    Every key names a tenant (letters, digits, '.', '_', '-'; never empty: the empty tenant owns
    what development mode made), is at least MIN_KEY_CHARS long, and belongs to one tenant only.
    """
    pairs: list[tuple[str, str, str]] = []
    for item in spec.split(","):
        if item.strip():
            tenant, sep, key = item.strip().partition(":")
            if not sep or not key.strip():
                raise SystemExit(f"MEMSVC_API_KEYS: {item.strip()!r} is not tenant:key")
            pairs.append(("MEMSVC_API_KEYS", tenant.strip(), key.strip()))
    for raw in lines.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            tenant, _, key = line.replace(":", " ", 1).partition(" ")
            if not key.strip():
                raise SystemExit(f"MEMSVC_API_KEYS_FILE: {line!r} is not 'tenant key'")
            pairs.append(("MEMSVC_API_KEYS_FILE", tenant.strip(), key.strip()))
    keys: dict[str, str] = {}
    for source, tenant, key in pairs:
        if not TENANT_NAME.fullmatch(tenant):
            raise SystemExit(
                f"{source}: tenant {tenant!r} is not a tenant name (1 to 64 letters, digits, '.', '_' or '-', "
                "starting with a letter or digit)"
            )
        if len(key) < MIN_KEY_CHARS:
            raise SystemExit(f"{source}: the key of tenant {tenant!r} is shorter than {MIN_KEY_CHARS} characters")
        if keys.get(key, tenant) != tenant:
            raise SystemExit(f"{source}: one key is given to two tenants ({keys[key]!r} and {tenant!r})")
        keys[key] = tenant
    return keys
