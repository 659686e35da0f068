"""LlmClient: chat completions with tool calling through the `openai` client.

One AsyncOpenAI client per (base URL, key), created once and reused: creating a
client costs ~20 ms, a call to a local endpoint ~1.5 ms. Provider failures become
domain errors with stable reasons: LLM_UNAVAILABLE (unreachable, timeout, 5xx),
LLM_RATE_LIMITED (429 after the retries), LLM_REJECTED (4xx: bad key, unknown model,
request refused), LLM_INVALID_RESPONSE (no choices).

Deadlines: each attempt has MEMSVC_LLM_TIMEOUT_SECONDS from request to last byte (an
endpoint that trickles its reply is cut off, not waited on byte by byte); failed
attempts (timeouts, unreachable, 408/409/429/5xx) are retried MEMSVC_LLM_MAX_RETRIES
times with backoff (Retry-After honoured). With `cancel`, setting the event stops the
call at once, in flight or backing off (LlmCallCancelled).

With a TokenStream the call streams (llm_stream.py): deltas of the thoughts and of the
message to the user go out as the reply arrives; the deadline still bounds each attempt
to its last byte, and an attempt that fails after its first delta is not retried.
"""

from __future__ import annotations

import asyncio
import json
import random
from collections.abc import Awaitable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import openai
from openai.types.chat import ChatCompletion

from memsvc import tracing
from memsvc.agent.events import Usage
from memsvc.agent.llm_stream import StreamBroken, TokenStream, streamed_completion
from memsvc.endpoints import EndpointPolicy
from memsvc.errors import FailedPrecondition, MemsvcError, Unavailable
from memsvc.models import LlmConfig
from memsvc.settings import Settings

T = TypeVar("T")
RETRIED_STATUSES = frozenset({408, 409, 429})
MAX_BACKOFF_SECONDS = 8.0
MAX_RETRY_AFTER_SECONDS = 60.0

DEFAULT_ENDPOINTS = {
    "openai": "https://api.openai.com/v1",
    "deepseek": "https://api.deepseek.com/v1",
    "ollama": "http://localhost:11434/v1",
}


class LlmCallCancelled(Exception):
    """The turn was cancelled (a client's cancel or deadline) while its LLM call ran."""


@dataclass(slots=True, frozen=True)
class LlmToolCall:
    id: str
    name: str
    arguments: str


@dataclass(slots=True)
class LlmReply:
    content: str
    reasoning: str
    tool_calls: list[LlmToolCall]
    usage: Usage = field(default_factory=Usage)
    finish_reason: str = ""


class LlmClient:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.endpoints = EndpointPolicy(settings)
        self._clients: dict[tuple[str, str], openai.AsyncOpenAI] = {}

    def endpoint(self, config: LlmConfig) -> str:
        return (
            self.settings.llm_base_url
            or config.model_endpoint
            or DEFAULT_ENDPOINTS.get(config.model_endpoint_type, DEFAULT_ENDPOINTS["openai"])
        )

    def _client(self, config: LlmConfig) -> openai.AsyncOpenAI:
        endpoint = self.endpoint(config)
        # The operator's key only where the operator configured it to go (endpoints.py).
        key = (endpoint, self.endpoints.llm_key(endpoint, config.model_endpoint_type))
        client = self._clients.get(key)
        if client is None:
            # Checked once per endpoint (the allow-list is fixed for the process): an agent stored
            # before MEMSVC_ALLOWED_ENDPOINTS changed is refused here.
            if not self.settings.llm_base_url:
                self.endpoints.check(config.model_endpoint, "llm_config.model_endpoint")
            client = openai.AsyncOpenAI(
                base_url=key[0],
                api_key=key[1],
                timeout=self.settings.llm_timeout_seconds,
                max_retries=0,  # retried here, each attempt under a deadline (complete)
                # A redirect would carry the request to where the allow-list never looked.
                http_client=openai.DefaultAsyncHttpxClient(follow_redirects=False),
            )
            self._clients[key] = client
        return client

    async def close(self) -> None:
        for client in self._clients.values():
            await client.close()

    async def complete(
        self,
        config: LlmConfig,
        messages: list[dict[str, Any]],
        tools: list[dict[str, Any]] | None = None,
        *,
        cancel: asyncio.Event | None = None,
        stream: TokenStream | None = None,
    ) -> LlmReply:
        """The LLM's reply; with `stream`, streamed, its deltas sent to `stream` as they come."""
        kwargs: dict[str, Any] = {"model": config.model, "messages": messages, "max_tokens": config.max_tokens}
        if tools:
            kwargs["tools"] = tools
            kwargs["tool_choice"] = "auto"
        if config.temperature is not None:
            kwargs["temperature"] = config.temperature
        with tracing.span(
            "llm.chat", **{"gen_ai.request.model": config.model, "server.address": self.endpoint(config)}
        ) as span:
            response = await _unless(cancel, self._with_retries(config, kwargs, stream))
            reply = self._reply(config, response)
            if span is not None:
                span.set_attribute("gen_ai.usage.input_tokens", reply.usage.prompt_tokens)
                span.set_attribute("gen_ai.usage.output_tokens", reply.usage.completion_tokens)
        return reply

    async def _with_retries(
        self, config: LlmConfig, kwargs: dict[str, Any], stream: TokenStream | None
    ) -> ChatCompletion:
        attempts = self.settings.llm_max_retries + 1
        for attempt in range(attempts):
            try:
                return await self._attempt(config, kwargs, stream)
            except _Retryable as failed:
                if attempt + 1 == attempts or (stream is not None and stream.sent):
                    raise failed.error from failed
                delay = failed.retry_after
                if delay is None:
                    delay = min(MAX_BACKOFF_SECONDS, 0.5 * 2**attempt) * random.uniform(0.75, 1.0)
                await asyncio.sleep(min(delay, MAX_RETRY_AFTER_SECONDS))
        raise AssertionError("unreachable")

    async def _attempt(self, config: LlmConfig, kwargs: dict[str, Any], stream: TokenStream | None) -> ChatCompletion:
        """One request, start to last byte within the timeout."""
        timeout = self.settings.llm_timeout_seconds
        where = f"the LLM endpoint {self.endpoint(config)} (model {config.model})"
        client = self._client(config)  # refuses an endpoint agents may no longer name
        try:
            async with asyncio.timeout(timeout):
                if stream is not None:
                    return await streamed_completion(client, kwargs, stream, calls_in_text)
                # The client's own request path (auth, errors, parsing) without the
                # typed-params transform, which walks every message and costs ~10 ms a call
                # on a full window; our messages are plain JSON already.
                return await client.post("/chat/completions", body=kwargs, cast_to=ChatCompletion)
        except TimeoutError:
            error = Unavailable(
                f"{where} did not finish its reply within {timeout:g} s (MEMSVC_LLM_TIMEOUT_SECONDS); try again",
                reason="LLM_UNAVAILABLE",
                retry_after=1.0,
            )
            raise _Retryable(error, None) from None
        except StreamBroken as exc:
            error = Unavailable(
                f"{where} broke off its streamed reply ({exc}); try again",
                reason="LLM_UNAVAILABLE",
                retry_after=1.0,
            )
            raise _Retryable(error, None) from exc
        except openai.APIError as exc:
            error = llm_error(exc, self.endpoint(config), config.model)
            status = getattr(exc, "status_code", None)
            if isinstance(exc, openai.APIConnectionError) or status in RETRIED_STATUSES or (status or 0) >= 500:
                retry_after = _retry_after(exc) if isinstance(exc, openai.APIStatusError) and status == 429 else None
                raise _Retryable(error, retry_after) from exc
            raise error from exc
        except Exception as exc:  # a reply the client cannot parse (not JSON, wrong shape)
            raise Unavailable(
                f"the LLM at {self.endpoint(config)} sent a reply that is not a chat completion ({type(exc).__name__})",
                reason="LLM_INVALID_RESPONSE",
                retry_after=1.0,
            ) from exc

    def _reply(self, config: LlmConfig, response: ChatCompletion) -> LlmReply:
        if not response.choices:
            raise Unavailable(f"the LLM at {self.endpoint(config)} returned no choices", reason="LLM_INVALID_RESPONSE")
        choice = response.choices[0]
        message = choice.message
        extra = message.model_extra or {}
        # A misbehaving model's reply is cut to size here, so it can never overflow what
        # the store and the prompt can hold (ids and names have column limits too).
        calls = [
            LlmToolCall(
                _clean((c.id or f"call_{i}")[:128]),
                _clean((c.function.name or "")[:128]),
                _clean(c.function.arguments or ""),
            )
            for i, c in enumerate(message.tool_calls or ())
            if getattr(c, "function", None) is not None
        ]
        content = _capped(message.content or "")
        if not calls and content:  # a model that writes its call as text (several served by Ollama)
            calls = calls_in_text(content)
            content = "" if calls else content
        usage = Usage()
        if response.usage is not None:
            usage = Usage(response.usage.prompt_tokens or 0, response.usage.completion_tokens or 0)
        return LlmReply(
            content=content,
            reasoning=_capped(str(extra.get("reasoning_content") or extra.get("reasoning") or "")),
            tool_calls=calls,
            usage=usage,
            finish_reason=choice.finish_reason or "",
        )


class _Retryable(Exception):
    def __init__(self, error: MemsvcError, retry_after: float | None) -> None:
        super().__init__(error.message)
        self.error = error
        self.retry_after = retry_after


async def _unless(cancel: asyncio.Event | None, work: Awaitable[T]) -> T:
    """`work`, unless `cancel` is set first: then it is stopped and LlmCallCancelled raised."""
    if cancel is None:
        return await work
    task = asyncio.ensure_future(work)
    stop = asyncio.ensure_future(cancel.wait())
    try:
        done, _ = await asyncio.wait({task, stop}, return_when=asyncio.FIRST_COMPLETED)
    except asyncio.CancelledError:
        task.cancel()
        raise
    finally:
        stop.cancel()
    if task in done:
        return task.result()
    task.cancel()
    await asyncio.wait({task})  # let it close its connection
    raise LlmCallCancelled


def llm_error(exc: openai.APIError, endpoint: str, model: str) -> MemsvcError:
    where = f"the LLM endpoint {endpoint} (model {model})"
    if isinstance(exc, openai.APITimeoutError):
        return Unavailable(f"{where} timed out; try again", reason="LLM_UNAVAILABLE", retry_after=1.0)
    if isinstance(exc, openai.APIConnectionError):
        return Unavailable(
            f"{where} cannot be reached: check MEMSVC_LLM_BASE_URL or the agent's llm_config.model_endpoint",
            reason="LLM_UNAVAILABLE",
            retry_after=1.0,
        )
    if isinstance(exc, openai.RateLimitError):
        retry = _retry_after(exc)
        return Unavailable(
            f"{where} is rate limiting requests (HTTP 429)", reason="LLM_RATE_LIMITED", retry_after=retry
        )
    if isinstance(exc, openai.APIStatusError):
        if exc.status_code >= 500:
            return Unavailable(f"{where} failed with HTTP {exc.status_code}", reason="LLM_UNAVAILABLE", retry_after=1.0)
        return FailedPrecondition(
            f"{where} refused the request with HTTP {exc.status_code}: {exc.message[:300]} "
            "(check the API key, the model name and the endpoint)",
            reason="LLM_REJECTED",
        )
    return Unavailable(f"{where} failed: {type(exc).__name__}", reason="LLM_UNAVAILABLE", retry_after=1.0)


def _retry_after(exc: openai.APIStatusError) -> float:
    try:
        return max(0.0, float(exc.response.headers.get("retry-after", "1")))
    except (TypeError, ValueError):
        return 1.0


MAX_REPLY_CHARS = 32_000


# The wrappers a model may put around a call written as text, outermost first. Unwrapped by
# slicing, not by a regex: `^\s*```\s*(.*?)\s*```\s*$` takes cubic time on a reply of
# "```" and whitespace (35 s for 4,000 spaces), and a reply has up to 32,000 characters.
_WRAPPERS = (("```json", "```"), ("```", "```"), ("<tool_call>", "</tool_call>"))


def _unwrapped(content: str) -> str:
    text = content.strip()
    for start, end in _WRAPPERS:
        if len(text) >= len(start) + len(end) and text.startswith(start) and text.endswith(end):
            return text[len(start) : len(text) - len(end)].strip()
    return text


def calls_in_text(content: str) -> list[LlmToolCall]:
    """Function calls a model wrote as JSON text instead of as tool calls: the whole reply is one
    call or a list of them ({"name": ..., "arguments" or "parameters": {...}}, also OpenAI's
    {"type": "function", "function": {...}}), bare, in a ```json fence or in <tool_call> tags.
    Anything else is no call (the text stays the reply's content)."""
    text = _unwrapped(content)
    if not text.startswith(("{", "[")):
        return []
    try:
        found = json.loads(text)
    except (ValueError, RecursionError):
        return []
    items = found.get("tool_calls", [found]) if isinstance(found, dict) else found
    calls: list[LlmToolCall] = []
    for i, given in enumerate(items if isinstance(items, list) else []):
        item = given["function"] if isinstance(given, dict) and isinstance(given.get("function"), dict) else given
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
            return []
        args = item.get("arguments", item.get("parameters"))
        if isinstance(args, dict):
            args = json.dumps(args, ensure_ascii=False)
        if not isinstance(args, str):
            return []
        calls.append(LlmToolCall(f"text_call_{i}", _clean(item["name"].strip()[:128]), _clean(args)))
    return calls


def _clean(text: str) -> str:
    """Text that can be stored: no NUL, no lone surrogates (a model may send either)."""
    text = text.replace("\x00", "")
    try:
        text.encode()
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def _capped(text: str) -> str:
    text = _clean(text)
    if len(text) <= MAX_REPLY_CHARS:
        return text
    return text[:MAX_REPLY_CHARS] + f" [... cut: the reply had {len(text):,} characters]"
