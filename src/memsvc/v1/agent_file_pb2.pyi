import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from memsvc.v1 import agent_pb2 as _agent_pb2
from memsvc.v1 import memory_pb2 as _memory_pb2
from memsvc.v1 import message_pb2 as _message_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class AgentFile(_message.Message):
    __slots__ = ("format_version", "exporter", "export_time", "agent", "messages", "queue_state", "passages")
    FORMAT_VERSION_FIELD_NUMBER: _ClassVar[int]
    EXPORTER_FIELD_NUMBER: _ClassVar[int]
    EXPORT_TIME_FIELD_NUMBER: _ClassVar[int]
    AGENT_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    QUEUE_STATE_FIELD_NUMBER: _ClassVar[int]
    PASSAGES_FIELD_NUMBER: _ClassVar[int]
    format_version: int
    exporter: str
    export_time: _timestamp_pb2.Timestamp
    agent: _agent_pb2.Agent
    messages: _containers.RepeatedCompositeFieldContainer[_message_pb2.Message]
    queue_state: QueueState
    passages: _containers.RepeatedCompositeFieldContainer[_memory_pb2.Passage]
    def __init__(self, format_version: _Optional[int] = ..., exporter: _Optional[str] = ..., export_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., agent: _Optional[_Union[_agent_pb2.Agent, _Mapping]] = ..., messages: _Optional[_Iterable[_Union[_message_pb2.Message, _Mapping]]] = ..., queue_state: _Optional[_Union[QueueState, _Mapping]] = ..., passages: _Optional[_Iterable[_Union[_memory_pb2.Passage, _Mapping]]] = ...) -> None: ...

class QueueState(_message.Message):
    __slots__ = ("summary", "summary_token_count", "summary_pending", "warned", "evicted_through_sequence", "summarized_through_sequence")
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_TOKEN_COUNT_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_PENDING_FIELD_NUMBER: _ClassVar[int]
    WARNED_FIELD_NUMBER: _ClassVar[int]
    EVICTED_THROUGH_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    SUMMARIZED_THROUGH_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    summary: str
    summary_token_count: int
    summary_pending: bool
    warned: bool
    evicted_through_sequence: int
    summarized_through_sequence: int
    def __init__(self, summary: _Optional[str] = ..., summary_token_count: _Optional[int] = ..., summary_pending: _Optional[bool] = ..., warned: _Optional[bool] = ..., evicted_through_sequence: _Optional[int] = ..., summarized_through_sequence: _Optional[int] = ...) -> None: ...
