import datetime

from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from memsvc.v1 import agent_pb2 as _agent_pb2
from memsvc.v1 import message_pb2 as _message_pb2
from memsvc.v1 import wakeup_pb2 as _wakeup_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class TurnRecord(_message.Message):
    __slots__ = ("id", "status", "due_time", "request_id", "create_time", "update_time", "state_json", "last_sequence")
    ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DUE_TIME_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    STATE_JSON_FIELD_NUMBER: _ClassVar[int]
    LAST_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    id: str
    status: str
    due_time: _timestamp_pb2.Timestamp
    request_id: str
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    state_json: str
    last_sequence: int
    def __init__(self, id: _Optional[str] = ..., status: _Optional[str] = ..., due_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., request_id: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., state_json: _Optional[str] = ..., last_sequence: _Optional[int] = ...) -> None: ...

class GetTurnRecordRequest(_message.Message):
    __slots__ = ("agent_id", "turn_id")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    TURN_ID_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    turn_id: str
    def __init__(self, agent_id: _Optional[str] = ..., turn_id: _Optional[str] = ...) -> None: ...

class GetTurnRecordResponse(_message.Message):
    __slots__ = ("turn",)
    TURN_FIELD_NUMBER: _ClassVar[int]
    turn: TurnRecord
    def __init__(self, turn: _Optional[_Union[TurnRecord, _Mapping]] = ...) -> None: ...

class ListTurnRecordsRequest(_message.Message):
    __slots__ = ("agent_id", "page_size", "page_token")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    page_size: int
    page_token: str
    def __init__(self, agent_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListTurnRecordsResponse(_message.Message):
    __slots__ = ("turns", "next_page_token")
    TURNS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    turns: _containers.RepeatedCompositeFieldContainer[TurnRecord]
    next_page_token: str
    def __init__(self, turns: _Optional[_Iterable[_Union[TurnRecord, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class WatchTurnEventsRequest(_message.Message):
    __slots__ = ("agent_id", "after_agent_sequence", "turn_id", "after_sequence", "only_new")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    AFTER_AGENT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    TURN_ID_FIELD_NUMBER: _ClassVar[int]
    AFTER_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    ONLY_NEW_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    after_agent_sequence: int
    turn_id: str
    after_sequence: int
    only_new: bool
    def __init__(self, agent_id: _Optional[str] = ..., after_agent_sequence: _Optional[int] = ..., turn_id: _Optional[str] = ..., after_sequence: _Optional[int] = ..., only_new: _Optional[bool] = ...) -> None: ...

class WatchTurnEventsResponse(_message.Message):
    __slots__ = ("events",)
    EVENTS_FIELD_NUMBER: _ClassVar[int]
    events: _containers.RepeatedCompositeFieldContainer[StoredEvent]
    def __init__(self, events: _Optional[_Iterable[_Union[StoredEvent, _Mapping]]] = ...) -> None: ...

class StoredEvent(_message.Message):
    __slots__ = ("turn_id", "sequence", "agent_sequence", "data_json")
    TURN_ID_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    AGENT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    DATA_JSON_FIELD_NUMBER: _ClassVar[int]
    turn_id: str
    sequence: int
    agent_sequence: int
    data_json: str
    def __init__(self, turn_id: _Optional[str] = ..., sequence: _Optional[int] = ..., agent_sequence: _Optional[int] = ..., data_json: _Optional[str] = ...) -> None: ...

class ListDueTurnsRequest(_message.Message):
    __slots__ = ("due_before", "page_size")
    DUE_BEFORE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    due_before: _timestamp_pb2.Timestamp
    page_size: int
    def __init__(self, due_before: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., page_size: _Optional[int] = ...) -> None: ...

class ListDueTurnsResponse(_message.Message):
    __slots__ = ("turns",)
    TURNS_FIELD_NUMBER: _ClassVar[int]
    turns: _containers.RepeatedCompositeFieldContainer[DueTurn]
    def __init__(self, turns: _Optional[_Iterable[_Union[DueTurn, _Mapping]]] = ...) -> None: ...

class DueTurn(_message.Message):
    __slots__ = ("tenant", "agent_id", "turn_id", "due_time")
    TENANT_FIELD_NUMBER: _ClassVar[int]
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    TURN_ID_FIELD_NUMBER: _ClassVar[int]
    DUE_TIME_FIELD_NUMBER: _ClassVar[int]
    tenant: str
    agent_id: str
    turn_id: str
    due_time: _timestamp_pb2.Timestamp
    def __init__(self, tenant: _Optional[str] = ..., agent_id: _Optional[str] = ..., turn_id: _Optional[str] = ..., due_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class GetTurnRequestRequest(_message.Message):
    __slots__ = ("agent_id", "request_id")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    request_id: str
    def __init__(self, agent_id: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class GetTurnRequestResponse(_message.Message):
    __slots__ = ("turn_id", "events_json")
    TURN_ID_FIELD_NUMBER: _ClassVar[int]
    EVENTS_JSON_FIELD_NUMBER: _ClassVar[int]
    turn_id: str
    events_json: str
    def __init__(self, turn_id: _Optional[str] = ..., events_json: _Optional[str] = ...) -> None: ...

class FinishTurnRequestRequest(_message.Message):
    __slots__ = ("agent_id", "request_id", "events_json", "turn_id")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    EVENTS_JSON_FIELD_NUMBER: _ClassVar[int]
    TURN_ID_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    request_id: str
    events_json: str
    turn_id: str
    def __init__(self, agent_id: _Optional[str] = ..., request_id: _Optional[str] = ..., events_json: _Optional[str] = ..., turn_id: _Optional[str] = ...) -> None: ...

class FinishTurnRequestResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AcquireTurnLeaseRequest(_message.Message):
    __slots__ = ("agent_id", "holder", "ttl_seconds")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    HOLDER_FIELD_NUMBER: _ClassVar[int]
    TTL_SECONDS_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    holder: str
    ttl_seconds: int
    def __init__(self, agent_id: _Optional[str] = ..., holder: _Optional[str] = ..., ttl_seconds: _Optional[int] = ...) -> None: ...

class AcquireTurnLeaseResponse(_message.Message):
    __slots__ = ("acquired",)
    ACQUIRED_FIELD_NUMBER: _ClassVar[int]
    acquired: bool
    def __init__(self, acquired: _Optional[bool] = ...) -> None: ...

class ReleaseTurnLeaseRequest(_message.Message):
    __slots__ = ("agent_id", "holder")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    HOLDER_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    holder: str
    def __init__(self, agent_id: _Optional[str] = ..., holder: _Optional[str] = ...) -> None: ...

class ReleaseTurnLeaseResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ContextState(_message.Message):
    __slots__ = ("summary", "summary_token_count", "summary_pending", "warned", "evicted_through_sequence", "summarized_through_sequence", "consolidated_through_sequence", "turns_since_consolidation", "consolidation_due_time")
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_TOKEN_COUNT_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_PENDING_FIELD_NUMBER: _ClassVar[int]
    WARNED_FIELD_NUMBER: _ClassVar[int]
    EVICTED_THROUGH_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    SUMMARIZED_THROUGH_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    CONSOLIDATED_THROUGH_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    TURNS_SINCE_CONSOLIDATION_FIELD_NUMBER: _ClassVar[int]
    CONSOLIDATION_DUE_TIME_FIELD_NUMBER: _ClassVar[int]
    summary: str
    summary_token_count: int
    summary_pending: bool
    warned: bool
    evicted_through_sequence: int
    summarized_through_sequence: int
    consolidated_through_sequence: int
    turns_since_consolidation: int
    consolidation_due_time: _timestamp_pb2.Timestamp
    def __init__(self, summary: _Optional[str] = ..., summary_token_count: _Optional[int] = ..., summary_pending: _Optional[bool] = ..., warned: _Optional[bool] = ..., evicted_through_sequence: _Optional[int] = ..., summarized_through_sequence: _Optional[int] = ..., consolidated_through_sequence: _Optional[int] = ..., turns_since_consolidation: _Optional[int] = ..., consolidation_due_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CreateAgentRecordRequest(_message.Message):
    __slots__ = ("agent", "request_id")
    AGENT_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    agent: _agent_pb2.Agent
    request_id: str
    def __init__(self, agent: _Optional[_Union[_agent_pb2.Agent, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateAgentRecordResponse(_message.Message):
    __slots__ = ("agent",)
    AGENT_FIELD_NUMBER: _ClassVar[int]
    agent: _agent_pb2.Agent
    def __init__(self, agent: _Optional[_Union[_agent_pb2.Agent, _Mapping]] = ...) -> None: ...

class GetAgentRecordRequest(_message.Message):
    __slots__ = ("agent_id",)
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    def __init__(self, agent_id: _Optional[str] = ...) -> None: ...

class GetAgentRecordResponse(_message.Message):
    __slots__ = ("agent",)
    AGENT_FIELD_NUMBER: _ClassVar[int]
    agent: _agent_pb2.Agent
    def __init__(self, agent: _Optional[_Union[_agent_pb2.Agent, _Mapping]] = ...) -> None: ...

class ListAgentRecordsRequest(_message.Message):
    __slots__ = ("page_size", "page_token")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListAgentRecordsResponse(_message.Message):
    __slots__ = ("agents", "next_page_token")
    AGENTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    agents: _containers.RepeatedCompositeFieldContainer[_agent_pb2.Agent]
    next_page_token: str
    def __init__(self, agents: _Optional[_Iterable[_Union[_agent_pb2.Agent, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateAgentRecordRequest(_message.Message):
    __slots__ = ("agent", "update_mask")
    AGENT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    agent: _agent_pb2.Agent
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, agent: _Optional[_Union[_agent_pb2.Agent, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateAgentRecordResponse(_message.Message):
    __slots__ = ("agent",)
    AGENT_FIELD_NUMBER: _ClassVar[int]
    agent: _agent_pb2.Agent
    def __init__(self, agent: _Optional[_Union[_agent_pb2.Agent, _Mapping]] = ...) -> None: ...

class DeleteAgentRecordRequest(_message.Message):
    __slots__ = ("agent_id",)
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    def __init__(self, agent_id: _Optional[str] = ...) -> None: ...

class DeleteAgentRecordResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LoadContextRequest(_message.Message):
    __slots__ = ("agent_id", "lease_holder", "lease_ttl_seconds", "known_last_sequence", "known_evicted_through")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    LEASE_HOLDER_FIELD_NUMBER: _ClassVar[int]
    LEASE_TTL_SECONDS_FIELD_NUMBER: _ClassVar[int]
    KNOWN_LAST_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    KNOWN_EVICTED_THROUGH_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    lease_holder: str
    lease_ttl_seconds: int
    known_last_sequence: int
    known_evicted_through: int
    def __init__(self, agent_id: _Optional[str] = ..., lease_holder: _Optional[str] = ..., lease_ttl_seconds: _Optional[int] = ..., known_last_sequence: _Optional[int] = ..., known_evicted_through: _Optional[int] = ...) -> None: ...

class LoadContextResponse(_message.Message):
    __slots__ = ("agent", "state", "messages", "recall_count", "archival_count", "unsummarized", "messages_unchanged", "open_turn")
    AGENT_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    RECALL_COUNT_FIELD_NUMBER: _ClassVar[int]
    ARCHIVAL_COUNT_FIELD_NUMBER: _ClassVar[int]
    UNSUMMARIZED_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_UNCHANGED_FIELD_NUMBER: _ClassVar[int]
    OPEN_TURN_FIELD_NUMBER: _ClassVar[int]
    agent: _agent_pb2.Agent
    state: ContextState
    messages: _containers.RepeatedCompositeFieldContainer[_message_pb2.Message]
    recall_count: int
    archival_count: int
    unsummarized: _containers.RepeatedCompositeFieldContainer[_message_pb2.Message]
    messages_unchanged: bool
    open_turn: TurnRecord
    def __init__(self, agent: _Optional[_Union[_agent_pb2.Agent, _Mapping]] = ..., state: _Optional[_Union[ContextState, _Mapping]] = ..., messages: _Optional[_Iterable[_Union[_message_pb2.Message, _Mapping]]] = ..., recall_count: _Optional[int] = ..., archival_count: _Optional[int] = ..., unsummarized: _Optional[_Iterable[_Union[_message_pb2.Message, _Mapping]]] = ..., messages_unchanged: _Optional[bool] = ..., open_turn: _Optional[_Union[TurnRecord, _Mapping]] = ...) -> None: ...

class CommitContextRequest(_message.Message):
    __slots__ = ("agent_id", "messages", "evict_through_sequence", "state", "lease_holder", "request_id", "turn_id", "events", "turn", "wakeup")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    EVICT_THROUGH_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    LEASE_HOLDER_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    TURN_ID_FIELD_NUMBER: _ClassVar[int]
    EVENTS_FIELD_NUMBER: _ClassVar[int]
    TURN_FIELD_NUMBER: _ClassVar[int]
    WAKEUP_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    messages: _containers.RepeatedCompositeFieldContainer[_message_pb2.Message]
    evict_through_sequence: int
    state: ContextState
    lease_holder: str
    request_id: str
    turn_id: str
    events: _containers.RepeatedCompositeFieldContainer[StoredEvent]
    turn: TurnRecord
    wakeup: WakeupFiring
    def __init__(self, agent_id: _Optional[str] = ..., messages: _Optional[_Iterable[_Union[_message_pb2.Message, _Mapping]]] = ..., evict_through_sequence: _Optional[int] = ..., state: _Optional[_Union[ContextState, _Mapping]] = ..., lease_holder: _Optional[str] = ..., request_id: _Optional[str] = ..., turn_id: _Optional[str] = ..., events: _Optional[_Iterable[_Union[StoredEvent, _Mapping]]] = ..., turn: _Optional[_Union[TurnRecord, _Mapping]] = ..., wakeup: _Optional[_Union[WakeupFiring, _Mapping]] = ...) -> None: ...

class WakeupFiring(_message.Message):
    __slots__ = ("wakeup_id", "late")
    WAKEUP_ID_FIELD_NUMBER: _ClassVar[int]
    LATE_FIELD_NUMBER: _ClassVar[int]
    wakeup_id: str
    late: bool
    def __init__(self, wakeup_id: _Optional[str] = ..., late: _Optional[bool] = ...) -> None: ...

class CommitContextResponse(_message.Message):
    __slots__ = ("messages", "last_agent_sequence", "last_sequence")
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    LAST_AGENT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    LAST_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    messages: _containers.RepeatedCompositeFieldContainer[_message_pb2.Message]
    last_agent_sequence: int
    last_sequence: int
    def __init__(self, messages: _Optional[_Iterable[_Union[_message_pb2.Message, _Mapping]]] = ..., last_agent_sequence: _Optional[int] = ..., last_sequence: _Optional[int] = ...) -> None: ...

class ListDueConsolidationsRequest(_message.Message):
    __slots__ = ("due_before", "page_size")
    DUE_BEFORE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    due_before: _timestamp_pb2.Timestamp
    page_size: int
    def __init__(self, due_before: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., page_size: _Optional[int] = ...) -> None: ...

class ListDueConsolidationsResponse(_message.Message):
    __slots__ = ("agents",)
    AGENTS_FIELD_NUMBER: _ClassVar[int]
    agents: _containers.RepeatedCompositeFieldContainer[DueConsolidation]
    def __init__(self, agents: _Optional[_Iterable[_Union[DueConsolidation, _Mapping]]] = ...) -> None: ...

class DueConsolidation(_message.Message):
    __slots__ = ("tenant", "agent_id", "due_time")
    TENANT_FIELD_NUMBER: _ClassVar[int]
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    DUE_TIME_FIELD_NUMBER: _ClassVar[int]
    tenant: str
    agent_id: str
    due_time: _timestamp_pb2.Timestamp
    def __init__(self, tenant: _Optional[str] = ..., agent_id: _Optional[str] = ..., due_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ScheduleWakeupRecordRequest(_message.Message):
    __slots__ = ("agent_id", "due_time", "reason", "origin")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    DUE_TIME_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    ORIGIN_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    due_time: _timestamp_pb2.Timestamp
    reason: str
    origin: _wakeup_pb2.WakeupOrigin
    def __init__(self, agent_id: _Optional[str] = ..., due_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., reason: _Optional[str] = ..., origin: _Optional[_Union[_wakeup_pb2.WakeupOrigin, str]] = ...) -> None: ...

class ScheduleWakeupRecordResponse(_message.Message):
    __slots__ = ("wakeup",)
    WAKEUP_FIELD_NUMBER: _ClassVar[int]
    wakeup: _wakeup_pb2.Wakeup
    def __init__(self, wakeup: _Optional[_Union[_wakeup_pb2.Wakeup, _Mapping]] = ...) -> None: ...

class ListWakeupRecordsRequest(_message.Message):
    __slots__ = ("agent_id", "states", "page_size", "page_token")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    STATES_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    states: _containers.RepeatedScalarFieldContainer[_wakeup_pb2.WakeupState]
    page_size: int
    page_token: str
    def __init__(self, agent_id: _Optional[str] = ..., states: _Optional[_Iterable[_Union[_wakeup_pb2.WakeupState, str]]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListWakeupRecordsResponse(_message.Message):
    __slots__ = ("wakeups", "next_page_token")
    WAKEUPS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    wakeups: _containers.RepeatedCompositeFieldContainer[_wakeup_pb2.Wakeup]
    next_page_token: str
    def __init__(self, wakeups: _Optional[_Iterable[_Union[_wakeup_pb2.Wakeup, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CancelWakeupRecordRequest(_message.Message):
    __slots__ = ("agent_id", "wakeup_id")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    WAKEUP_ID_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    wakeup_id: str
    def __init__(self, agent_id: _Optional[str] = ..., wakeup_id: _Optional[str] = ...) -> None: ...

class CancelWakeupRecordResponse(_message.Message):
    __slots__ = ("wakeup",)
    WAKEUP_FIELD_NUMBER: _ClassVar[int]
    wakeup: _wakeup_pb2.Wakeup
    def __init__(self, wakeup: _Optional[_Union[_wakeup_pb2.Wakeup, _Mapping]] = ...) -> None: ...

class ListDueWakeupsRequest(_message.Message):
    __slots__ = ("due_before", "page_size")
    DUE_BEFORE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    due_before: _timestamp_pb2.Timestamp
    page_size: int
    def __init__(self, due_before: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., page_size: _Optional[int] = ...) -> None: ...

class ListDueWakeupsResponse(_message.Message):
    __slots__ = ("wakeups",)
    WAKEUPS_FIELD_NUMBER: _ClassVar[int]
    wakeups: _containers.RepeatedCompositeFieldContainer[DueWakeup]
    def __init__(self, wakeups: _Optional[_Iterable[_Union[DueWakeup, _Mapping]]] = ...) -> None: ...

class PruneWakeupRecordsRequest(_message.Message):
    __slots__ = ("done_before", "limit")
    DONE_BEFORE_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    done_before: _timestamp_pb2.Timestamp
    limit: int
    def __init__(self, done_before: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., limit: _Optional[int] = ...) -> None: ...

class PruneWakeupRecordsResponse(_message.Message):
    __slots__ = ("deleted",)
    DELETED_FIELD_NUMBER: _ClassVar[int]
    deleted: int
    def __init__(self, deleted: _Optional[int] = ...) -> None: ...

class DueWakeup(_message.Message):
    __slots__ = ("tenant", "agent_id", "wakeup_id", "due_time", "reason", "create_time", "origin")
    TENANT_FIELD_NUMBER: _ClassVar[int]
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    WAKEUP_ID_FIELD_NUMBER: _ClassVar[int]
    DUE_TIME_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    ORIGIN_FIELD_NUMBER: _ClassVar[int]
    tenant: str
    agent_id: str
    wakeup_id: str
    due_time: _timestamp_pb2.Timestamp
    reason: str
    create_time: _timestamp_pb2.Timestamp
    origin: _wakeup_pb2.WakeupOrigin
    def __init__(self, tenant: _Optional[str] = ..., agent_id: _Optional[str] = ..., wakeup_id: _Optional[str] = ..., due_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., reason: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., origin: _Optional[_Union[_wakeup_pb2.WakeupOrigin, str]] = ...) -> None: ...
