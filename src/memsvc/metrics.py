"""Prometheus metrics, served over HTTP when MEMSVC_METRICS_LISTEN is set (e.g. :9464).

Names follow Prometheus conventions; labels stay low-cardinality (no agent ids).
"""

from __future__ import annotations

from prometheus_client import Counter, Histogram, start_http_server

RPCS = Counter("memsvc_rpc_requests_total", "RPCs handled, by method and status code.", ["method", "code"])
RPC_SECONDS = Histogram("memsvc_rpc_duration_seconds", "RPC handling time.", ["method"])
TURNS = Counter("memsvc_turns_total", "Turns run, by stop reason.", ["stop_reason"])
STEPS = Counter("memsvc_steps_total", "Steps (LLM calls of a turn) run.")
LLM_SECONDS = Histogram(
    "memsvc_llm_request_duration_seconds",
    "Time of one LLM chat-completions call, as memsvc sees it.",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120),
)
LLM_TOKENS = Counter("memsvc_llm_tokens_total", "Tokens the LLM endpoint reported, by kind.", ["kind"])
FUNCTION_CALLS = Counter(
    "memsvc_function_calls_total", "Function calls the LLM made, by function and outcome.", ["function", "ok"]
)
EVICTIONS = Counter("memsvc_queue_flushes_total", "Queue flushes (evictions into recall + summary).")
EVICTED_MESSAGES = Counter("memsvc_evicted_messages_total", "Messages evicted from main context.")
SUMMARY_FAILURES = Counter("memsvc_summary_failures_total", "Summary calls that failed (the summary is retried later).")
WARNINGS = Counter("memsvc_memory_pressure_warnings_total", "Memory-pressure warnings given.")
TURN_WAITS = Counter(
    "memsvc_turn_waits_total", "Calls a turn paused for, by what they waited for (client_tool, approval).", ["kind"]
)
TURN_ANSWERS = Counter(
    "memsvc_turn_answers_total",
    "Answers to pending calls, by how they came (result, approval, denial, expired).",
    ["how"],
)


def serve_metrics(listen: str) -> int:
    """Starts the /metrics HTTP endpoint on host:port (host may be empty); returns the port."""
    host, _, port = listen.rpartition(":")
    server, _ = start_http_server(int(port), addr=host.strip("[]") or "0.0.0.0")
    return int(server.server_port)
