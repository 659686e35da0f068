import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.rpc import status_pb2 as _status_pb2
from memsvc.v1 import message_pb2 as _message_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class TextDeltaKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TEXT_DELTA_KIND_UNSPECIFIED: _ClassVar[TextDeltaKind]
    TEXT_DELTA_KIND_INNER_THOUGHT: _ClassVar[TextDeltaKind]
    TEXT_DELTA_KIND_ASSISTANT_MESSAGE: _ClassVar[TextDeltaKind]

class PendingCallKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PENDING_CALL_KIND_UNSPECIFIED: _ClassVar[PendingCallKind]
    PENDING_CALL_KIND_CLIENT_TOOL: _ClassVar[PendingCallKind]
    PENDING_CALL_KIND_APPROVAL: _ClassVar[PendingCallKind]

class SystemAlertKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SYSTEM_ALERT_KIND_UNSPECIFIED: _ClassVar[SystemAlertKind]
    SYSTEM_ALERT_KIND_MEMORY_PRESSURE: _ClassVar[SystemAlertKind]
    SYSTEM_ALERT_KIND_CONTEXT_FLUSHED: _ClassVar[SystemAlertKind]
    SYSTEM_ALERT_KIND_CALL_INTERRUPTED: _ClassVar[SystemAlertKind]

class StopReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    STOP_REASON_UNSPECIFIED: _ClassVar[StopReason]
    STOP_REASON_END_TURN: _ClassVar[StopReason]
    STOP_REASON_MAX_STEPS: _ClassVar[StopReason]
    STOP_REASON_NO_TOOL_CALL: _ClassVar[StopReason]
    STOP_REASON_LLM_ERROR: _ClassVar[StopReason]
    STOP_REASON_CANCELLED: _ClassVar[StopReason]
    STOP_REASON_CONTEXT_WINDOW_EXCEEDED: _ClassVar[StopReason]
    STOP_REASON_ERROR: _ClassVar[StopReason]
    STOP_REASON_WAITING_FOR_CLIENT: _ClassVar[StopReason]
    STOP_REASON_MAX_TOKENS: _ClassVar[StopReason]

class TurnKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TURN_KIND_UNSPECIFIED: _ClassVar[TurnKind]
    TURN_KIND_CONVERSATION: _ClassVar[TurnKind]
    TURN_KIND_CONSOLIDATION: _ClassVar[TurnKind]
TEXT_DELTA_KIND_UNSPECIFIED: TextDeltaKind
TEXT_DELTA_KIND_INNER_THOUGHT: TextDeltaKind
TEXT_DELTA_KIND_ASSISTANT_MESSAGE: TextDeltaKind
PENDING_CALL_KIND_UNSPECIFIED: PendingCallKind
PENDING_CALL_KIND_CLIENT_TOOL: PendingCallKind
PENDING_CALL_KIND_APPROVAL: PendingCallKind
SYSTEM_ALERT_KIND_UNSPECIFIED: SystemAlertKind
SYSTEM_ALERT_KIND_MEMORY_PRESSURE: SystemAlertKind
SYSTEM_ALERT_KIND_CONTEXT_FLUSHED: SystemAlertKind
SYSTEM_ALERT_KIND_CALL_INTERRUPTED: SystemAlertKind
STOP_REASON_UNSPECIFIED: StopReason
STOP_REASON_END_TURN: StopReason
STOP_REASON_MAX_STEPS: StopReason
STOP_REASON_NO_TOOL_CALL: StopReason
STOP_REASON_LLM_ERROR: StopReason
STOP_REASON_CANCELLED: StopReason
STOP_REASON_CONTEXT_WINDOW_EXCEEDED: StopReason
STOP_REASON_ERROR: StopReason
STOP_REASON_WAITING_FOR_CLIENT: StopReason
STOP_REASON_MAX_TOKENS: StopReason
TURN_KIND_UNSPECIFIED: TurnKind
TURN_KIND_CONVERSATION: TurnKind
TURN_KIND_CONSOLIDATION: TurnKind

class StepEvent(_message.Message):
    __slots__ = ("turn_id", "step", "sequence", "message_id", "create_time", "agent_sequence", "turn_kind", "input_received", "inner_thought", "function_call", "function_result", "heartbeat", "assistant_message", "system_alert", "turn_end", "turn_waiting", "text_delta", "answer_refused")
    TURN_ID_FIELD_NUMBER: _ClassVar[int]
    STEP_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    AGENT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    TURN_KIND_FIELD_NUMBER: _ClassVar[int]
    INPUT_RECEIVED_FIELD_NUMBER: _ClassVar[int]
    INNER_THOUGHT_FIELD_NUMBER: _ClassVar[int]
    FUNCTION_CALL_FIELD_NUMBER: _ClassVar[int]
    FUNCTION_RESULT_FIELD_NUMBER: _ClassVar[int]
    HEARTBEAT_FIELD_NUMBER: _ClassVar[int]
    ASSISTANT_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    SYSTEM_ALERT_FIELD_NUMBER: _ClassVar[int]
    TURN_END_FIELD_NUMBER: _ClassVar[int]
    TURN_WAITING_FIELD_NUMBER: _ClassVar[int]
    TEXT_DELTA_FIELD_NUMBER: _ClassVar[int]
    ANSWER_REFUSED_FIELD_NUMBER: _ClassVar[int]
    turn_id: str
    step: int
    sequence: int
    message_id: str
    create_time: _timestamp_pb2.Timestamp
    agent_sequence: int
    turn_kind: TurnKind
    input_received: InputReceived
    inner_thought: InnerThought
    function_call: FunctionCall
    function_result: FunctionResult
    heartbeat: Heartbeat
    assistant_message: AssistantMessage
    system_alert: SystemAlert
    turn_end: TurnEnd
    turn_waiting: TurnWaiting
    text_delta: TextDelta
    answer_refused: AnswerRefused
    def __init__(self, turn_id: _Optional[str] = ..., step: _Optional[int] = ..., sequence: _Optional[int] = ..., message_id: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., agent_sequence: _Optional[int] = ..., turn_kind: _Optional[_Union[TurnKind, str]] = ..., input_received: _Optional[_Union[InputReceived, _Mapping]] = ..., inner_thought: _Optional[_Union[InnerThought, _Mapping]] = ..., function_call: _Optional[_Union[FunctionCall, _Mapping]] = ..., function_result: _Optional[_Union[FunctionResult, _Mapping]] = ..., heartbeat: _Optional[_Union[Heartbeat, _Mapping]] = ..., assistant_message: _Optional[_Union[AssistantMessage, _Mapping]] = ..., system_alert: _Optional[_Union[SystemAlert, _Mapping]] = ..., turn_end: _Optional[_Union[TurnEnd, _Mapping]] = ..., turn_waiting: _Optional[_Union[TurnWaiting, _Mapping]] = ..., text_delta: _Optional[_Union[TextDelta, _Mapping]] = ..., answer_refused: _Optional[_Union[AnswerRefused, _Mapping]] = ...) -> None: ...

class AnswerRefused(_message.Message):
    __slots__ = ("call_id", "reason", "message")
    CALL_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    call_id: str
    reason: str
    message: str
    def __init__(self, call_id: _Optional[str] = ..., reason: _Optional[str] = ..., message: _Optional[str] = ...) -> None: ...

class TextDelta(_message.Message):
    __slots__ = ("kind", "text", "call_id")
    KIND_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    CALL_ID_FIELD_NUMBER: _ClassVar[int]
    kind: TextDeltaKind
    text: str
    call_id: str
    def __init__(self, kind: _Optional[_Union[TextDeltaKind, str]] = ..., text: _Optional[str] = ..., call_id: _Optional[str] = ...) -> None: ...

class TurnWaiting(_message.Message):
    __slots__ = ("pending_calls",)
    PENDING_CALLS_FIELD_NUMBER: _ClassVar[int]
    pending_calls: _containers.RepeatedCompositeFieldContainer[PendingCall]
    def __init__(self, pending_calls: _Optional[_Iterable[_Union[PendingCall, _Mapping]]] = ...) -> None: ...

class PendingCall(_message.Message):
    __slots__ = ("call_id", "name", "arguments", "kind", "wait_start_time", "expire_time")
    CALL_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    ARGUMENTS_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    WAIT_START_TIME_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIME_FIELD_NUMBER: _ClassVar[int]
    call_id: str
    name: str
    arguments: str
    kind: PendingCallKind
    wait_start_time: _timestamp_pb2.Timestamp
    expire_time: _timestamp_pb2.Timestamp
    def __init__(self, call_id: _Optional[str] = ..., name: _Optional[str] = ..., arguments: _Optional[str] = ..., kind: _Optional[_Union[PendingCallKind, str]] = ..., wait_start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., expire_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class InputReceived(_message.Message):
    __slots__ = ("role", "content")
    ROLE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    role: _message_pb2.MessageRole
    content: str
    def __init__(self, role: _Optional[_Union[_message_pb2.MessageRole, str]] = ..., content: _Optional[str] = ...) -> None: ...

class InnerThought(_message.Message):
    __slots__ = ("text",)
    TEXT_FIELD_NUMBER: _ClassVar[int]
    text: str
    def __init__(self, text: _Optional[str] = ...) -> None: ...

class FunctionCall(_message.Message):
    __slots__ = ("call_id", "name", "arguments", "request_heartbeat")
    CALL_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    ARGUMENTS_FIELD_NUMBER: _ClassVar[int]
    REQUEST_HEARTBEAT_FIELD_NUMBER: _ClassVar[int]
    call_id: str
    name: str
    arguments: str
    request_heartbeat: bool
    def __init__(self, call_id: _Optional[str] = ..., name: _Optional[str] = ..., arguments: _Optional[str] = ..., request_heartbeat: _Optional[bool] = ...) -> None: ...

class FunctionResult(_message.Message):
    __slots__ = ("call_id", "name", "ok", "result")
    CALL_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    OK_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    call_id: str
    name: str
    ok: bool
    result: str
    def __init__(self, call_id: _Optional[str] = ..., name: _Optional[str] = ..., ok: _Optional[bool] = ..., result: _Optional[str] = ...) -> None: ...

class Heartbeat(_message.Message):
    __slots__ = ("reason",)
    REASON_FIELD_NUMBER: _ClassVar[int]
    reason: str
    def __init__(self, reason: _Optional[str] = ...) -> None: ...

class AssistantMessage(_message.Message):
    __slots__ = ("content",)
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    content: str
    def __init__(self, content: _Optional[str] = ...) -> None: ...

class SystemAlert(_message.Message):
    __slots__ = ("kind", "message")
    KIND_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    kind: SystemAlertKind
    message: str
    def __init__(self, kind: _Optional[_Union[SystemAlertKind, str]] = ..., message: _Optional[str] = ...) -> None: ...

class TurnEnd(_message.Message):
    __slots__ = ("stop_reason", "usage", "step_count", "error")
    STOP_REASON_FIELD_NUMBER: _ClassVar[int]
    USAGE_FIELD_NUMBER: _ClassVar[int]
    STEP_COUNT_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    stop_reason: StopReason
    usage: Usage
    step_count: int
    error: _status_pb2.Status
    def __init__(self, stop_reason: _Optional[_Union[StopReason, str]] = ..., usage: _Optional[_Union[Usage, _Mapping]] = ..., step_count: _Optional[int] = ..., error: _Optional[_Union[_status_pb2.Status, _Mapping]] = ...) -> None: ...

class Usage(_message.Message):
    __slots__ = ("prompt_tokens", "completion_tokens", "total_tokens")
    PROMPT_TOKENS_FIELD_NUMBER: _ClassVar[int]
    COMPLETION_TOKENS_FIELD_NUMBER: _ClassVar[int]
    TOTAL_TOKENS_FIELD_NUMBER: _ClassVar[int]
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    def __init__(self, prompt_tokens: _Optional[int] = ..., completion_tokens: _Optional[int] = ..., total_tokens: _Optional[int] = ...) -> None: ...
