import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class WakeupState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    WAKEUP_STATE_UNSPECIFIED: _ClassVar[WakeupState]
    WAKEUP_STATE_PENDING: _ClassVar[WakeupState]
    WAKEUP_STATE_FIRED: _ClassVar[WakeupState]
    WAKEUP_STATE_CANCELLED: _ClassVar[WakeupState]

class WakeupOrigin(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    WAKEUP_ORIGIN_UNSPECIFIED: _ClassVar[WakeupOrigin]
    WAKEUP_ORIGIN_AGENT: _ClassVar[WakeupOrigin]
    WAKEUP_ORIGIN_CLIENT: _ClassVar[WakeupOrigin]
    WAKEUP_ORIGIN_DOCUMENT: _ClassVar[WakeupOrigin]
WAKEUP_STATE_UNSPECIFIED: WakeupState
WAKEUP_STATE_PENDING: WakeupState
WAKEUP_STATE_FIRED: WakeupState
WAKEUP_STATE_CANCELLED: WakeupState
WAKEUP_ORIGIN_UNSPECIFIED: WakeupOrigin
WAKEUP_ORIGIN_AGENT: WakeupOrigin
WAKEUP_ORIGIN_CLIENT: WakeupOrigin
WAKEUP_ORIGIN_DOCUMENT: WakeupOrigin

class Wakeup(_message.Message):
    __slots__ = ("id", "agent_id", "due_time", "reason", "state", "origin", "create_time", "done_time", "turn_id", "late")
    ID_FIELD_NUMBER: _ClassVar[int]
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    DUE_TIME_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    ORIGIN_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    DONE_TIME_FIELD_NUMBER: _ClassVar[int]
    TURN_ID_FIELD_NUMBER: _ClassVar[int]
    LATE_FIELD_NUMBER: _ClassVar[int]
    id: str
    agent_id: str
    due_time: _timestamp_pb2.Timestamp
    reason: str
    state: WakeupState
    origin: WakeupOrigin
    create_time: _timestamp_pb2.Timestamp
    done_time: _timestamp_pb2.Timestamp
    turn_id: str
    late: bool
    def __init__(self, id: _Optional[str] = ..., agent_id: _Optional[str] = ..., due_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., reason: _Optional[str] = ..., state: _Optional[_Union[WakeupState, str]] = ..., origin: _Optional[_Union[WakeupOrigin, str]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., done_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., turn_id: _Optional[str] = ..., late: _Optional[bool] = ...) -> None: ...
