"""Token deltas: a streamed LLM reply, put together as it arrives, with the text people read
sent ahead as it comes.

Two kinds of text are streamed: the inner thoughts (the provider's reasoning, the message
content when it holds the thoughts, and each call's `inner_thoughts` argument) and what
the agent says (the `message` argument of `send_message`), taken out of the tool calls'
partial JSON arguments as they arrive (`JsonFields`: escapes and surrogate pairs may be
split anywhere). The thoughts are streamed in the order the loop puts them together
(reasoning, content, each call's thoughts; content last when it only counts as thoughts
because no function was called), with "\\n" between parts, so that the deltas of a step,
concatenated, are its InnerThought text, and a call's message deltas are the
AssistantMessage it leads to. Deltas are hints, never stored: the committed events are
the truth (a call that is then refused or denied says nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

THOUGHT = "thought"
MESSAGE = "message"
THOUGHT_KEYS = ("inner_thoughts",)
MESSAGE_KEY = "message"
CALL_STARTS = "{[`<"  # content starting so may be calls written as text (JSON, a ``` fence, <tool_call>)
MAX_STREAMED_CHARS = 32_000  # like the reply's own cap: past it nothing more is streamed


@dataclass(slots=True, frozen=True)
class Delta:
    kind: str  # THOUGHT or MESSAGE
    text: str
    call_id: str = ""  # for MESSAGE: the send_message call it belongs to


_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class JsonFields:
    """Reads a JSON object's text as it arrives and gives back, decoded, the pieces of the
    string values of some top-level keys. Anything else (other keys, nesting, numbers) is
    skipped; text that is not a JSON object just yields nothing."""

    def __init__(self, wanted: dict[str, str]) -> None:
        self.wanted = wanted  # key -> what its value is (THOUGHT or MESSAGE)
        self.depth = 0
        self.expect = "object"  # object, key, colon, value, comma
        self.in_string = False
        self.string_is = ""  # "key", or the kind of a wanted value, or "" (skipped)
        self.escape = False
        self.hex = ""  # the digits of a \\uXXXX escape so far
        self.high = ""  # a high surrogate waiting for its low half
        self.key = ""
        self.scalar = False  # inside a number, true, false or null at the top level

    def feed(self, text: str) -> list[tuple[str, str]]:
        """(kind, decoded text) of the wanted values in this piece."""
        out: list[tuple[str, str]] = []
        for ch in text:
            if self.in_string:
                decoded = self._string_char(ch)
                if decoded and self.string_is == "key":
                    self.key += decoded
                elif decoded and self.string_is:
                    out.append((self.string_is, decoded))
            else:
                self._structure(ch)
        return _merged(out)

    def _string_char(self, ch: str) -> str:
        if self.hex or (self.escape and ch == "u"):
            if self.escape:
                self.escape = False
                self.hex = "u"
                return ""
            self.hex += ch
            if len(self.hex) < 5:
                return ""
            try:
                code = int(self.hex[1:], 16)
            except ValueError:
                code = 0xFFFD
            self.hex = ""
            return self._code_point(code)
        if self.escape:
            self.escape = False
            return self._flush_high() + _ESCAPES.get(ch, ch)
        if ch == "\\":
            self.escape = True
            return ""
        if ch == '"':
            self.in_string = False
            lone = self._flush_high()
            if self.string_is == "key":
                self.expect = "colon"
            elif self.depth == 1:
                self.expect = "comma"
            return lone
        return self._flush_high() + ch

    def _code_point(self, code: int) -> str:
        if 0xD800 <= code <= 0xDBFF:
            lone = self._flush_high()
            self.high = chr(code)
            return lone
        if 0xDC00 <= code <= 0xDFFF:
            if self.high:
                pair = (self.high + chr(code)).encode("utf-16-le", "surrogatepass").decode("utf-16-le")
                self.high = ""
                return pair
            return "?"  # a lone low surrogate: stored as "?" (calls.parse_calls does the same)
        return self._flush_high() + chr(code)

    def _flush_high(self) -> str:
        if self.high:
            self.high = ""
            return "?"
        return ""

    def _structure(self, ch: str) -> None:
        if ch in " \t\r\n":
            self.scalar = False if self.scalar and self.depth == 1 else self.scalar
            return
        if self.depth == 0:
            if ch == "{" and self.expect == "object":
                self.depth, self.expect = 1, "key"
            return
        if self.depth > 1:
            if ch == '"':
                self.in_string, self.string_is = True, ""
            elif ch in "{[":
                self.depth += 1
            elif ch in "}]":
                self.depth -= 1
                if self.depth == 1:
                    self.expect = "comma"
            return
        # depth 1: the top-level object
        if self.expect == "key" and ch == '"':
            self.in_string, self.string_is, self.key = True, "key", ""
        elif self.expect == "colon" and ch == ":":
            self.expect = "value"
        elif self.expect == "value":
            if ch == '"':
                self.in_string, self.string_is = True, self.wanted.get(self.key, "")
            elif ch in "{[":
                self.depth += 1
            else:
                self.scalar, self.expect = True, "comma"
        elif ch == ",":
            self.scalar, self.expect = False, "key"
        elif ch == "}":
            self.depth, self.expect = 0, "done"


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _merged(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for kind, text in pieces:
        if out and out[-1][0] == kind:
            out[-1] = (kind, out[-1][1] + text)
        else:
            out.append((kind, text))
    return out


@dataclass(slots=True)
class _Call:
    id: str = ""
    name: str = ""
    arguments: str = ""
    fields: JsonFields | None = None


@dataclass
class StreamedReply:
    """A chat completion put together from its streamed chunks, with the deltas to send.

    `streams_message(name)` says whether a call of that function streams its `message`
    (send_message, unless it needs approval); `kwargs_mode` is put_inner_thoughts_in_kwargs:
    then the content counts as thoughts only if no function is called, so it is held back
    until the reply is complete. Content that starts like a function call written as text
    (`{`, `[`, a ``` fence, a <tool_call> tag: its first visible character) is held back too: if `text_calls` (llm.py's
    calls_in_text) reads calls out of it, what is streamed is those calls' thoughts and
    messages, as the loop will store them.
    """

    kwargs_mode: bool
    streams_message: Callable[[str], bool]
    text_calls: Callable[[str], list[Any]] | None = None
    content: str = ""
    reasoning: str = ""
    calls: dict[int, _Call] = field(default_factory=dict)
    usage: dict[str, Any] | None = None
    finish_reason: str = ""
    model_extra: dict[str, Any] = field(default_factory=dict)
    _thoughts_sent: int = 0  # characters of thoughts streamed so far
    _parts: int = 0  # thought parts begun (each but the first starts with "\n")
    _part: object = None  # the part being streamed now
    _holding: bool | None = None  # whether the content is held back to the end (None: no content yet)

    def feed(self, chunk: Any) -> list[Delta]:
        """The deltas a chunk brings: a chat.completion.chunk as parsed JSON (a dict; read
        as plain data, ~10x cheaper than building the openai client's typed objects, and
        anything of the wrong shape is skipped)."""
        out: list[Delta] = []
        if not isinstance(chunk, dict):
            return out
        if isinstance(chunk.get("usage"), dict):
            self.usage = chunk["usage"]
        choices = chunk.get("choices")
        for choice in (choices if isinstance(choices, list) else [])[:1]:
            delta = choice.get("delta") if isinstance(choice, dict) else None
            if not isinstance(delta, dict):
                continue
            if choice.get("finish_reason"):
                self.finish_reason = str(choice["finish_reason"])
            reasoning = _text(delta.get("reasoning_content") or delta.get("reasoning"))
            if reasoning:
                self.reasoning += reasoning
                out += self._thought("reasoning", reasoning)
            content = _text(delta.get("content"))
            if content:
                self.content += content
                if self._holding is None and self.content.strip():  # decided at its first visible character
                    self._holding = self.kwargs_mode or self.content.lstrip()[0] in CALL_STARTS
                    if not self._holding:
                        out += self._thought("content", self.content)
                elif self._holding is False:
                    out += self._thought("content", content)
            pieces = delta.get("tool_calls")
            for piece in pieces if isinstance(pieces, list) else ():
                if isinstance(piece, dict):
                    out += self._call_piece(piece)
        return out

    def _call_piece(self, piece: dict[str, Any]) -> list[Delta]:
        index = piece.get("index") if isinstance(piece.get("index"), int) else 0
        call = self.calls.setdefault(index, _Call())
        if piece.get("id"):
            call.id = _text(piece["id"])
        function = piece.get("function")
        if not isinstance(function, dict):
            return []
        call.name += _text(function.get("name"))
        arguments = _text(function.get("arguments"))
        if not arguments:
            return []
        call.arguments += arguments
        if call.fields is None:
            wanted = dict.fromkeys(THOUGHT_KEYS, THOUGHT)
            if self.streams_message(call.name):
                wanted[MESSAGE_KEY] = MESSAGE
            call.fields = JsonFields(wanted)
        out: list[Delta] = []
        for kind, text in call.fields.feed(arguments):
            if kind == THOUGHT:
                out += self._thought(call, text)
            else:  # the id the stored call gets (llm.py: ids are cut to 128, a missing one named by position)
                out.append(Delta(MESSAGE, text, (call.id or f"call_{index}")[:128]))
        return out

    def finish(self) -> list[Delta]:
        """The deltas held back to the end: the content, when it counts as thoughts, or the
        calls written in it."""
        if not self._holding:
            return []
        if not self.calls and self.text_calls is not None and (written := self.text_calls(self.content)):
            out: list[Delta] = []
            for i, call in enumerate(written):
                wanted = dict.fromkeys(THOUGHT_KEYS, THOUGHT)
                if self.streams_message(call.name):
                    wanted[MESSAGE_KEY] = MESSAGE
                for kind, text in JsonFields(wanted).feed(call.arguments):
                    out += self._thought(("text", i), text) if kind == THOUGHT else [Delta(MESSAGE, text, call.id)]
            return out
        if self.kwargs_mode and self.calls:
            return []  # with calls, the content is not thoughts
        return self._thought("content", self.content)

    def _thought(self, part: object, text: str) -> list[Delta]:
        room = MAX_STREAMED_CHARS - self._thoughts_sent
        if not text or room <= 0:
            return []
        if part is not self._part:
            self._part = part
            self._parts += 1
            if self._parts > 1:
                text = "\n" + text
        text = text[:room].replace("\x00", "")
        self._thoughts_sent += len(text)
        return [Delta(THOUGHT, text)] if text else []
