"""A scripted, deterministic OpenAI-compatible LLM server (the only fake in the tests).

It serves POST /v1/chat/completions (plain and streaming, with tool calls) and
POST /v1/embeddings on 127.0.0.1, so memsvc's real `openai` client code path is
what the tests exercise. Scripts are keyed by model name: each chat request with
tools pops the next scripted reply of its model. Without a script it answers with
`send_message("You said: ...")`. Requests without tools are summary requests and
get a deterministic summary. Every request is recorded for assertions.

A request with `stream: true` is answered as OpenAI streams: server-sent chunks of the
reasoning, the content and each call's arguments, split where the reply says (`pieces`:
by default 16 characters; `awkward` cuts inside escapes and around multi-byte
characters), the body written `wire` bytes at a time if set (cutting UTF-8 sequences),
`chunk_delay` apart; then the finish reason, and the usage if asked
(stream_options.include_usage).

Run alone for manual tries and benchmarks: `python tests/fakellm.py --port 8400`.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import math
import re
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from memsvc.executor.functions import FUNCTIONS

try:
    from tests.fakellm_stream import awkward, write_stream
except ImportError:  # run as a script: python tests/fakellm.py
    from fakellm_stream import awkward, write_stream  # type: ignore[no-redef]

__all__ = ["Call", "FakeLLM", "Reply", "awkward", "call", "say"]


@dataclass
class Call:
    """A function call the fake LLM makes."""

    name: str
    args: dict[str, Any] = field(default_factory=dict)
    heartbeat: bool = False
    raw_arguments: str | None = None  # sent verbatim instead of args (for malformed JSON)


@dataclass
class Reply:
    """One scripted reply: thoughts and calls, plain content, or an HTTP error."""

    thought: str = ""
    calls: list[Call] = field(default_factory=list)
    content: str | None = None
    reasoning: str = ""  # sent as reasoning_content (DeepSeek reasoner style)
    status: int = 200
    retry_after: float | None = None
    delay: float = 0.0
    body: str | None = None  # a raw response body (for malformed replies)
    hold: threading.Event | None = None  # answer only once the test sets it (a hung endpoint)
    trickle: float = 0.0  # send the body one byte every `trickle` seconds
    sent_bytes: int = 0  # how much of the body went out (set by the fake)
    body_bytes: int = 0
    # Streaming (requests with stream=true):
    pieces: Callable[[str], list[str]] | None = None  # how each text is cut into chunks (default: 16 chars)
    wire: int = 0  # if set, the body is written this many bytes at a time, each flushed
    chunk_delay: float = 0.0  # seconds between chunks
    ascii_arguments: bool = True  # arguments JSON with \u escapes (False: raw UTF-8 characters)
    break_after: int = 0  # if set, the connection is dropped after this many chunks (a reply cut off)
    hold_after: int = 0  # with `hold`: the stream stops after this many chunks until the test sets it
    first_byte_time: float = 0.0  # time.perf_counter() when the first body byte went out (set by the fake)


def say(text: str, thought: str = "", heartbeat: bool = False) -> Reply:
    return Reply(thought=thought, calls=[Call("send_message", {"message": text}, heartbeat)])


def call(name: str, thought: str = "", heartbeat: bool = True, **args: Any) -> Reply:
    return Reply(thought=thought, calls=[Call(name, args, heartbeat)])


def embed_text(text: str, dim: int) -> list[float]:
    """A deterministic bag-of-words vector: texts that share words are close."""
    vec = [0.0] * dim
    for word in re.findall(r"[a-z0-9]+|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", text.lower()):
        digest = hashlib.blake2b(word.encode(), digest_size=8).digest()
        index = int.from_bytes(digest[:4], "little") % dim
        vec[index] += 1.0 if digest[4] % 2 else -1.0
    norm = math.sqrt(sum(v * v for v in vec)) or 1.0
    if norm == 1.0 and not any(vec):
        vec[0] = 1.0
    return [v / norm for v in vec]


class FakeLLM:
    def __init__(self, port: int = 0) -> None:
        self.scripts: dict[str, deque[Reply]] = defaultdict(deque)
        self.summary_scripts: dict[str, deque[Reply]] = defaultdict(deque)
        self.requests: list[dict[str, Any]] = []
        self.embedding_requests: list[dict[str, Any]] = []
        self.authorizations: list[str] = []  # the Authorization header of every request ("" if none)
        self.service_times: list[float] = []  # seconds each request took to handle (for benchmarks)
        self.lock = threading.Lock()
        self.down = False
        # Chat requests being answered per model now, and the most at once (turns of one
        # agent must never overlap).
        self.in_flight: dict[str, int] = defaultdict(int)
        self.max_in_flight: dict[str, int] = defaultdict(int)
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out as separate writes

            def log_message(self, *args: Any) -> None:
                pass

            def handle(self) -> None:
                # A client that gave up (a timeout test) closes its end: not an error here.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    super().handle()

            def do_POST(self) -> None:
                started = time.perf_counter()
                with fake.lock:
                    fake.authorizations.append(self.headers.get("authorization", ""))
                try:
                    length = int(self.headers.get("content-length", "0"))
                    body = json.loads(self.rfile.read(length) or b"{}")
                    if self.path.endswith("/chat/completions"):
                        fake._chat(self, body)
                    elif self.path.endswith("/embeddings"):
                        fake._embeddings(self, body)
                    else:
                        self._send(404, {"error": {"message": f"no route {self.path}"}})
                finally:
                    with fake.lock:
                        fake.service_times.append(time.perf_counter() - started)

            def _send(
                self, status: int, payload: Any, headers: dict[str, str] | None = None, reply: Reply | None = None
            ) -> None:
                data = payload.encode() if isinstance(payload, str) else json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                if reply is None or not reply.trickle:
                    self.wfile.write(data)
                    return
                reply.body_bytes = len(data)
                for i in range(len(data)):  # stops when the client hangs up (BrokenPipeError)
                    self.wfile.write(data[i : i + 1])
                    self.wfile.flush()
                    reply.sent_bytes = i + 1
                    time.sleep(reply.trickle)

        self.handler = Handler
        self.server = _Server(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> FakeLLM:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def script(self, model: str, *replies: Reply) -> None:
        with self.lock:
            self.scripts[model].extend(replies)

    def script_summary(self, model: str, *replies: Reply) -> None:
        with self.lock:
            self.summary_scripts[model].extend(replies)

    def chat_requests(self, model: str) -> list[dict[str, Any]]:
        with self.lock:
            return [r for r in self.requests if r["model"] == model]

    def pending(self, model: str) -> int:
        with self.lock:
            return len(self.scripts[model])

    # ----- chat --------------------------------------------------------------------------

    def _chat(self, h: Any, body: dict[str, Any]) -> None:
        if self.down:
            h._send(503, {"error": {"message": "down for the test"}})
            return
        model = body.get("model", "")
        with self.lock:
            self.in_flight[model] += 1
            self.max_in_flight[model] = max(self.max_in_flight[model], self.in_flight[model])
        try:
            self._reply(h, body, model)
        finally:
            with self.lock:
                self.in_flight[model] -= 1

    def _reply(self, h: Any, body: dict[str, Any], model: str) -> None:
        tools = body.get("tools") or []
        with self.lock:
            self.requests.append(body)
            queue = self.scripts[model] if tools else self.summary_scripts[model]
            reply = queue.popleft() if queue else None
        if reply is None:
            reply = self._default(body) if tools else Reply(content=self._summary(body))
        if reply.delay:
            time.sleep(reply.delay)
        if reply.hold is not None and not reply.hold_after:
            reply.hold.wait(900)  # longer than any test may run (pytest-timeout)
        if reply.status != 200:
            headers = {"retry-after": str(reply.retry_after)} if reply.retry_after is not None else {}
            h._send(reply.status, {"error": {"message": f"scripted HTTP {reply.status}", "type": "fake"}}, headers)
            return
        if reply.body is not None:
            h._send(200, reply.body)
            return
        kwargs_mode = any("inner_thoughts" in t["function"]["parameters"].get("properties", {}) for t in tools)
        message: dict[str, Any] = {"role": "assistant", "content": reply.content}
        if reply.thought and not kwargs_mode:
            message["content"] = reply.thought
        if reply.reasoning:
            message["reasoning_content"] = reply.reasoning
        tool_calls = []
        for i, c in enumerate(reply.calls):
            args = dict(c.args)
            if c.name != "__none__":
                args["request_heartbeat"] = c.heartbeat
            if kwargs_mode and reply.thought and i == 0:
                args = {"inner_thoughts": reply.thought, **args}
            arguments = (
                c.raw_arguments if c.raw_arguments is not None else json.dumps(args, ensure_ascii=reply.ascii_arguments)
            )
            tool_calls.append(
                {
                    "id": f"call_{len(self.requests)}_{i}",
                    "type": "function",
                    "function": {"name": c.name, "arguments": arguments},
                }
            )
        if tool_calls:
            message["tool_calls"] = tool_calls
        prompt_tokens = sum(len(str(m.get("content") or "")) // 4 for m in body.get("messages", []))
        usage = {"prompt_tokens": prompt_tokens, "completion_tokens": 10, "total_tokens": prompt_tokens + 10}
        if body.get("stream"):
            include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
            write_stream(h, model, message, usage if include_usage else None, reply)
            return
        h._send(
            200,
            {
                "id": f"chatcmpl-{len(self.requests)}",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": model,
                "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls" if tool_calls else "stop"}],
                "usage": usage,
            },
            reply=reply,
        )

    @staticmethod
    def _default(body: dict[str, Any]) -> Reply:
        """Without a script: keep the human block's name current (the user's walk-through works
        against this fake too); call a client tool the agent has (the README's client-tool
        example works too) and report what it returned; else answer "You said: ..."."""
        messages = body.get("messages", [])
        last = messages[-1] if messages else {"role": "user", "content": ""}
        text = str(last.get("content") or "")
        if last.get("role") == "user" and '"type": "heartbeat"' in text:
            renamed = _renamed_to(messages)
            if renamed:
                return say(f"Got it, {renamed}! I have updated my memory.", thought="Confirm the change to the user.")
            answered = _client_tool_answer(messages)
            if answered:
                return say(answered, thought="The client's tool answered; I tell the user.")
            return say("Done.", thought="The function returned; I tell the user.")
        client_tool = _client_tool(body.get("tools") or [])
        if last.get("role") == "user" and client_tool is not None and text:
            name, required = client_tool
            word = (re.findall(r"[\w-]+", text) or ["it"])[-1]
            return call(name, thought=f"The client's {name} tool can answer this.", **dict.fromkeys(required, word))
        if last.get("role") == "user":
            correction = _name_correction(text, str(messages[0].get("content") or "") if messages else "")
            if correction:
                old, new = correction
                return call(
                    "core_memory_replace",
                    thought=f"The user says their name is {new}, not {old}: update the human block.",
                    label="human",
                    old_content=old,
                    new_content=new,
                )
        return say(f"You said: {text[:200]}", thought="The user said something; I answer.")

    @staticmethod
    def _summary(body: dict[str, Any]) -> str:
        text = str(body.get("messages", [{}])[-1].get("content", ""))
        previous = text.split("Removed messages:", maxsplit=1)[0].replace("Previous summary:", "").strip()
        lines = text.rsplit("Removed messages:", maxsplit=1)[-1].strip().splitlines()
        folded = f" {previous[:200].rstrip()}" if previous and previous != "(none)" else ""
        return f"[{len(lines)} messages summarized]{folded}"

    # ----- embeddings ------------------------------------------------------------------

    def _embeddings(self, h: Any, body: dict[str, Any]) -> None:
        if self.down:
            h._send(503, {"error": {"message": "down for the test"}})
            return
        texts = body.get("input", [])
        texts = [texts] if isinstance(texts, str) else texts
        model = str(body.get("model", ""))
        match = re.search(r"-(\d+)$", model)
        dim = int(body.get("dimensions") or (match.group(1) if match else 1024))
        with self.lock:
            self.embedding_requests.append(body)
        data = [{"object": "embedding", "index": i, "embedding": embed_text(t, dim)} for i, t in enumerate(texts)]
        h._send(200, {"object": "list", "data": data, "model": model, "usage": {"prompt_tokens": 0, "total_tokens": 0}})


def _name_correction(text: str, system: str) -> tuple[str, str] | None:
    """(old, new) when the user gives a name other than the one in the human block."""
    said = re.search(r"my name is ([A-Za-z\u4e00-\u9fff]+)", text, re.IGNORECASE)
    human = re.search(r"<human>.*?<value>\s*(.*?)\s*</value>", system, re.DOTALL)
    known = re.search(r"[Mm]y name is ([A-Za-z\u4e00-\u9fff]+)", human.group(1)) if human else None
    if said and known and said.group(1) != known.group(1):
        return known.group(1), said.group(1)
    return None


# memsvc's own functions; any other tool offered is a client tool (the README's example).
BUILT_IN = frozenset(FUNCTIONS)


def _client_tool(tools: list[dict[str, Any]]) -> tuple[str, list[str]] | None:
    """The first client tool offered whose required parameters are all strings, with those names."""
    for tool in tools:
        function = tool["function"]
        if function["name"] in BUILT_IN:
            continue
        params = function.get("parameters", {})
        required = [p for p in params.get("required", []) if p not in ("request_heartbeat", "inner_thoughts")]
        if all(params.get("properties", {}).get(p, {}).get("type") == "string" for p in required):
            return function["name"], required
    return None


def _client_tool_answer(messages: list[dict[str, Any]]) -> str:
    """What the last client tool call returned, as a reply ("" if the last call was not one)."""
    for i in range(len(messages) - 1, -1, -1):
        calls = messages[i].get("tool_calls") or ()
        if not calls:
            continue
        name = calls[-1]["function"]["name"]
        if name in BUILT_IN:
            return ""
        result = next((m for m in messages[i + 1 :] if m.get("tool_call_id") == calls[-1]["id"]), None)
        if result is None:
            return ""
        try:
            said = json.loads(result["content"]).get("message", "")
        except ValueError:
            said = result["content"]
        return f"{name} says: {said}"
    return ""


def _renamed_to(messages: list[dict[str, Any]]) -> str:
    """The new name of the last core_memory_replace call in the conversation, if any."""
    for m in reversed(messages):
        for tool_call in m.get("tool_calls") or ():
            if tool_call["function"]["name"] == "core_memory_replace":
                try:
                    return str(json.loads(tool_call["function"]["arguments"]).get("new_content", ""))
                except ValueError:
                    return ""
    return ""


def main() -> None:
    parser = argparse.ArgumentParser(description="scripted OpenAI-compatible LLM for memsvc tests and benchmarks")
    parser.add_argument("--port", type=int, default=8400)
    args = parser.parse_args()
    fake = FakeLLM(args.port).start()
    print(f"fake LLM on {fake.base_url} (no script: answers 'You said: ...' via send_message)", flush=True)
    try:
        fake.thread.join()
    except KeyboardInterrupt:
        fake.stop()


class _Server(ThreadingHTTPServer):
    """socketserver's listen backlog is 5: fifty agents connecting at once (streamed replies hold their
    connections longer) overflowed it on a busy machine, and a dropped connect failed a turn."""

    request_queue_size = 512


if __name__ == "__main__":
    main()
