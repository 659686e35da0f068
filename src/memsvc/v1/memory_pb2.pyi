import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from memsvc.v1 import message_pb2 as _message_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class TagMatchMode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TAG_MATCH_MODE_UNSPECIFIED: _ClassVar[TagMatchMode]
    TAG_MATCH_MODE_ANY: _ClassVar[TagMatchMode]
    TAG_MATCH_MODE_ALL: _ClassVar[TagMatchMode]
TAG_MATCH_MODE_UNSPECIFIED: TagMatchMode
TAG_MATCH_MODE_ANY: TagMatchMode
TAG_MATCH_MODE_ALL: TagMatchMode

class Passage(_message.Message):
    __slots__ = ("id", "agent_id", "content", "tags", "create_time", "version", "update_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    agent_id: str
    content: str
    tags: _containers.RepeatedScalarFieldContainer[str]
    create_time: _timestamp_pb2.Timestamp
    version: int
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., agent_id: _Optional[str] = ..., content: _Optional[str] = ..., tags: _Optional[_Iterable[str]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., version: _Optional[int] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class PassageVersion(_message.Message):
    __slots__ = ("passage_id", "version", "content", "tags", "create_time", "end_time", "ended_by")
    PASSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    ENDED_BY_FIELD_NUMBER: _ClassVar[int]
    passage_id: str
    version: int
    content: str
    tags: _containers.RepeatedScalarFieldContainer[str]
    create_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    ended_by: str
    def __init__(self, passage_id: _Optional[str] = ..., version: _Optional[int] = ..., content: _Optional[str] = ..., tags: _Optional[_Iterable[str]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., ended_by: _Optional[str] = ...) -> None: ...

class ArchivalHit(_message.Message):
    __slots__ = ("passage", "score")
    PASSAGE_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    passage: Passage
    score: float
    def __init__(self, passage: _Optional[_Union[Passage, _Mapping]] = ..., score: _Optional[float] = ...) -> None: ...

class RecallHit(_message.Message):
    __slots__ = ("message", "score")
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    message: _message_pb2.Message
    score: float
    def __init__(self, message: _Optional[_Union[_message_pb2.Message, _Mapping]] = ..., score: _Optional[float] = ...) -> None: ...
