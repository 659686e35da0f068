"""OpenTelemetry tracing: off unless the standard OTEL_* variables turn it on.

With OTEL_TRACES_EXPORTER=otlp (or console, or both, comma-separated) each server exports
spans through the OpenTelemetry SDK; the OTLP exporter reads its own standard variables
(OTEL_EXPORTER_OTLP_ENDPOINT, _HEADERS, _INSECURE, ...), OTEL_SERVICE_NAME overrides the
service name (memsvc-<role>), OTEL_SDK_DISABLED=true turns it all off. Unset or "none"
(the default): no provider, no gRPC interceptors, and `span()` costs next to nothing.

What a turn looks like (one trace per SendMessage; a StreamStep stream is one trace with
a span per turn): the RPC's server span; `memsvc.turn`; for each step `llm.chat`; the
executor's `function <name>`; the memory server's `store.*` (commits, context loads) and
`vectors.*` (searches, writes), each hop a client span and a server span in the next
server, the context carried in the `traceparent` metadata (W3C trace context).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from typing import Any

from opentelemetry import trace

_provider: Any = None  # the SDK's TracerProvider while tracing is on, else None
_tracer: trace.Tracer = trace.NoOpTracer()


def configure(role: str, env: Mapping[str, str]) -> Any:
    """Turns tracing on for this process if OTEL_TRACES_EXPORTER names exporters; the provider or None."""
    names = [n.strip().lower() for n in env.get("OTEL_TRACES_EXPORTER", "none").split(",") if n.strip()]
    names = [n for n in names if n != "none"]
    if not names or env.get("OTEL_SDK_DISABLED", "").strip().lower() == "true":
        return None
    if _provider is not None:
        return _provider  # one provider per process (all roles in one process share it)
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter

    attributes = {} if env.get("OTEL_SERVICE_NAME") else {"service.name": f"memsvc-{role}"}
    provider = TracerProvider(resource=Resource.create(attributes))
    for name in names:
        if name == "otlp":
            from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter

            provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
        elif name == "console":
            provider.add_span_processor(BatchSpanProcessor(ConsoleSpanExporter()))
        else:
            raise SystemExit(f"OTEL_TRACES_EXPORTER={name!r} is not supported; use otlp, console or none")
    use(provider)
    return provider


def use(provider: Any) -> None:
    """Traces to `provider` from now on (None: off). configure() calls it; tests give their own."""
    global _provider, _tracer  # noqa: PLW0603 (the process's one tracing switch)
    _provider = provider
    _tracer = provider.get_tracer("memsvc") if provider is not None else trace.NoOpTracer()


def active() -> bool:
    return _provider is not None


@contextlib.contextmanager
def span(name: str, **attributes: Any) -> Iterator[Any]:
    """A span of the current trace (a child of the RPC's), or nothing when tracing is off."""
    if _provider is None:
        yield None
        return
    with _tracer.start_as_current_span(name, attributes=attributes) as current:
        yield current


def server_interceptors() -> list[Any]:
    """The gRPC server interceptor that continues a caller's trace (health and reflection left out)."""
    if _provider is None:
        return []
    from opentelemetry.instrumentation.grpc import aio_server_interceptor, filters

    quiet = filters.any_of(filters.service_prefix("grpc.health"), filters.service_prefix("grpc.reflection"))
    return [aio_server_interceptor(tracer_provider=_provider, filter_=filters.negate(quiet))]


def client_interceptors() -> list[Any]:
    """The gRPC client interceptors that carry the trace to the next server (one per call kind)."""
    if _provider is None:
        return []
    from opentelemetry.instrumentation.grpc import aio_client_interceptors

    return list(aio_client_interceptors(tracer_provider=_provider))


def flush() -> None:
    """Exports what is buffered (a server stopping; the SDK shuts down at exit)."""
    if _provider is not None:
        _provider.force_flush()
