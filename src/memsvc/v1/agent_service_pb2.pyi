import datetime

from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from memsvc.v1 import agent_pb2 as _agent_pb2
from memsvc.v1 import message_pb2 as _message_pb2
from memsvc.v1 import step_pb2 as _step_pb2
from memsvc.v1 import tool_pb2 as _tool_pb2
from memsvc.v1 import turn_pb2 as _turn_pb2
from memsvc.v1 import wakeup_pb2 as _wakeup_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CreateAgentRequest(_message.Message):
    __slots__ = ("name", "system", "llm_config", "embedding_config", "memory_blocks", "context_config", "max_steps", "request_id", "client_tools", "tools_requiring_approval", "client_tool_timeout_seconds", "approval_timeout_seconds", "consolidation_config", "enable_wakeups")
    NAME_FIELD_NUMBER: _ClassVar[int]
    SYSTEM_FIELD_NUMBER: _ClassVar[int]
    LLM_CONFIG_FIELD_NUMBER: _ClassVar[int]
    EMBEDDING_CONFIG_FIELD_NUMBER: _ClassVar[int]
    MEMORY_BLOCKS_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_CONFIG_FIELD_NUMBER: _ClassVar[int]
    MAX_STEPS_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_TOOLS_FIELD_NUMBER: _ClassVar[int]
    TOOLS_REQUIRING_APPROVAL_FIELD_NUMBER: _ClassVar[int]
    CLIENT_TOOL_TIMEOUT_SECONDS_FIELD_NUMBER: _ClassVar[int]
    APPROVAL_TIMEOUT_SECONDS_FIELD_NUMBER: _ClassVar[int]
    CONSOLIDATION_CONFIG_FIELD_NUMBER: _ClassVar[int]
    ENABLE_WAKEUPS_FIELD_NUMBER: _ClassVar[int]
    name: str
    system: str
    llm_config: _agent_pb2.LlmConfig
    embedding_config: _agent_pb2.EmbeddingConfig
    memory_blocks: _containers.RepeatedCompositeFieldContainer[_agent_pb2.MemoryBlock]
    context_config: _agent_pb2.ContextConfig
    max_steps: int
    request_id: str
    client_tools: _containers.RepeatedCompositeFieldContainer[_tool_pb2.ClientTool]
    tools_requiring_approval: _containers.RepeatedScalarFieldContainer[str]
    client_tool_timeout_seconds: int
    approval_timeout_seconds: int
    consolidation_config: _agent_pb2.ConsolidationConfig
    enable_wakeups: bool
    def __init__(self, name: _Optional[str] = ..., system: _Optional[str] = ..., llm_config: _Optional[_Union[_agent_pb2.LlmConfig, _Mapping]] = ..., embedding_config: _Optional[_Union[_agent_pb2.EmbeddingConfig, _Mapping]] = ..., memory_blocks: _Optional[_Iterable[_Union[_agent_pb2.MemoryBlock, _Mapping]]] = ..., context_config: _Optional[_Union[_agent_pb2.ContextConfig, _Mapping]] = ..., max_steps: _Optional[int] = ..., request_id: _Optional[str] = ..., client_tools: _Optional[_Iterable[_Union[_tool_pb2.ClientTool, _Mapping]]] = ..., tools_requiring_approval: _Optional[_Iterable[str]] = ..., client_tool_timeout_seconds: _Optional[int] = ..., approval_timeout_seconds: _Optional[int] = ..., consolidation_config: _Optional[_Union[_agent_pb2.ConsolidationConfig, _Mapping]] = ..., enable_wakeups: _Optional[bool] = ...) -> None: ...

class CreateAgentResponse(_message.Message):
    __slots__ = ("agent",)
    AGENT_FIELD_NUMBER: _ClassVar[int]
    agent: _agent_pb2.Agent
    def __init__(self, agent: _Optional[_Union[_agent_pb2.Agent, _Mapping]] = ...) -> None: ...

class GetAgentRequest(_message.Message):
    __slots__ = ("agent_id",)
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    def __init__(self, agent_id: _Optional[str] = ...) -> None: ...

class GetAgentResponse(_message.Message):
    __slots__ = ("agent",)
    AGENT_FIELD_NUMBER: _ClassVar[int]
    agent: _agent_pb2.Agent
    def __init__(self, agent: _Optional[_Union[_agent_pb2.Agent, _Mapping]] = ...) -> None: ...

class ListAgentsRequest(_message.Message):
    __slots__ = ("page_size", "page_token")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListAgentsResponse(_message.Message):
    __slots__ = ("agents", "next_page_token")
    AGENTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    agents: _containers.RepeatedCompositeFieldContainer[_agent_pb2.Agent]
    next_page_token: str
    def __init__(self, agents: _Optional[_Iterable[_Union[_agent_pb2.Agent, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateAgentRequest(_message.Message):
    __slots__ = ("agent", "update_mask")
    AGENT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    agent: _agent_pb2.Agent
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, agent: _Optional[_Union[_agent_pb2.Agent, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateAgentResponse(_message.Message):
    __slots__ = ("agent",)
    AGENT_FIELD_NUMBER: _ClassVar[int]
    agent: _agent_pb2.Agent
    def __init__(self, agent: _Optional[_Union[_agent_pb2.Agent, _Mapping]] = ...) -> None: ...

class DeleteAgentRequest(_message.Message):
    __slots__ = ("agent_id",)
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    def __init__(self, agent_id: _Optional[str] = ...) -> None: ...

class DeleteAgentResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SendMessageRequest(_message.Message):
    __slots__ = ("agent_id", "messages", "max_steps", "request_id", "stream")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    MAX_STEPS_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    STREAM_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    messages: _containers.RepeatedCompositeFieldContainer[_message_pb2.MessageInput]
    max_steps: int
    request_id: str
    stream: bool
    def __init__(self, agent_id: _Optional[str] = ..., messages: _Optional[_Iterable[_Union[_message_pb2.MessageInput, _Mapping]]] = ..., max_steps: _Optional[int] = ..., request_id: _Optional[str] = ..., stream: _Optional[bool] = ...) -> None: ...

class SendMessageResponse(_message.Message):
    __slots__ = ("events", "turn_id", "stop_reason", "usage", "pending_calls")
    EVENTS_FIELD_NUMBER: _ClassVar[int]
    TURN_ID_FIELD_NUMBER: _ClassVar[int]
    STOP_REASON_FIELD_NUMBER: _ClassVar[int]
    USAGE_FIELD_NUMBER: _ClassVar[int]
    PENDING_CALLS_FIELD_NUMBER: _ClassVar[int]
    events: _containers.RepeatedCompositeFieldContainer[_step_pb2.StepEvent]
    turn_id: str
    stop_reason: _step_pb2.StopReason
    usage: _step_pb2.Usage
    pending_calls: _containers.RepeatedCompositeFieldContainer[_step_pb2.PendingCall]
    def __init__(self, events: _Optional[_Iterable[_Union[_step_pb2.StepEvent, _Mapping]]] = ..., turn_id: _Optional[str] = ..., stop_reason: _Optional[_Union[_step_pb2.StopReason, str]] = ..., usage: _Optional[_Union[_step_pb2.Usage, _Mapping]] = ..., pending_calls: _Optional[_Iterable[_Union[_step_pb2.PendingCall, _Mapping]]] = ...) -> None: ...

class StreamStepRequest(_message.Message):
    __slots__ = ("agent_id", "input", "cancel", "tool_result", "approval", "attach")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    INPUT_FIELD_NUMBER: _ClassVar[int]
    CANCEL_FIELD_NUMBER: _ClassVar[int]
    TOOL_RESULT_FIELD_NUMBER: _ClassVar[int]
    APPROVAL_FIELD_NUMBER: _ClassVar[int]
    ATTACH_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    input: StepInput
    cancel: CancelTurn
    tool_result: _turn_pb2.ToolResult
    approval: _turn_pb2.ApprovalDecision
    attach: AttachTurn
    def __init__(self, agent_id: _Optional[str] = ..., input: _Optional[_Union[StepInput, _Mapping]] = ..., cancel: _Optional[_Union[CancelTurn, _Mapping]] = ..., tool_result: _Optional[_Union[_turn_pb2.ToolResult, _Mapping]] = ..., approval: _Optional[_Union[_turn_pb2.ApprovalDecision, _Mapping]] = ..., attach: _Optional[_Union[AttachTurn, _Mapping]] = ...) -> None: ...

class StepInput(_message.Message):
    __slots__ = ("messages", "max_steps", "request_id", "cancel_on_disconnect", "stream_tokens")
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    MAX_STEPS_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CANCEL_ON_DISCONNECT_FIELD_NUMBER: _ClassVar[int]
    STREAM_TOKENS_FIELD_NUMBER: _ClassVar[int]
    messages: _containers.RepeatedCompositeFieldContainer[_message_pb2.MessageInput]
    max_steps: int
    request_id: str
    cancel_on_disconnect: bool
    stream_tokens: bool
    def __init__(self, messages: _Optional[_Iterable[_Union[_message_pb2.MessageInput, _Mapping]]] = ..., max_steps: _Optional[int] = ..., request_id: _Optional[str] = ..., cancel_on_disconnect: _Optional[bool] = ..., stream_tokens: _Optional[bool] = ...) -> None: ...

class CancelTurn(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AttachTurn(_message.Message):
    __slots__ = ("turn_id", "after_sequence")
    TURN_ID_FIELD_NUMBER: _ClassVar[int]
    AFTER_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    turn_id: str
    after_sequence: int
    def __init__(self, turn_id: _Optional[str] = ..., after_sequence: _Optional[int] = ...) -> None: ...

class ResumeTurnRequest(_message.Message):
    __slots__ = ("agent_id", "turn_id", "tool_results", "approvals")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    TURN_ID_FIELD_NUMBER: _ClassVar[int]
    TOOL_RESULTS_FIELD_NUMBER: _ClassVar[int]
    APPROVALS_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    turn_id: str
    tool_results: _containers.RepeatedCompositeFieldContainer[_turn_pb2.ToolResult]
    approvals: _containers.RepeatedCompositeFieldContainer[_turn_pb2.ApprovalDecision]
    def __init__(self, agent_id: _Optional[str] = ..., turn_id: _Optional[str] = ..., tool_results: _Optional[_Iterable[_Union[_turn_pb2.ToolResult, _Mapping]]] = ..., approvals: _Optional[_Iterable[_Union[_turn_pb2.ApprovalDecision, _Mapping]]] = ...) -> None: ...

class ResumeTurnResponse(_message.Message):
    __slots__ = ("events", "turn_id", "stop_reason", "usage", "pending_calls")
    EVENTS_FIELD_NUMBER: _ClassVar[int]
    TURN_ID_FIELD_NUMBER: _ClassVar[int]
    STOP_REASON_FIELD_NUMBER: _ClassVar[int]
    USAGE_FIELD_NUMBER: _ClassVar[int]
    PENDING_CALLS_FIELD_NUMBER: _ClassVar[int]
    events: _containers.RepeatedCompositeFieldContainer[_step_pb2.StepEvent]
    turn_id: str
    stop_reason: _step_pb2.StopReason
    usage: _step_pb2.Usage
    pending_calls: _containers.RepeatedCompositeFieldContainer[_step_pb2.PendingCall]
    def __init__(self, events: _Optional[_Iterable[_Union[_step_pb2.StepEvent, _Mapping]]] = ..., turn_id: _Optional[str] = ..., stop_reason: _Optional[_Union[_step_pb2.StopReason, str]] = ..., usage: _Optional[_Union[_step_pb2.Usage, _Mapping]] = ..., pending_calls: _Optional[_Iterable[_Union[_step_pb2.PendingCall, _Mapping]]] = ...) -> None: ...

class GetTurnRequest(_message.Message):
    __slots__ = ("agent_id", "turn_id")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    TURN_ID_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    turn_id: str
    def __init__(self, agent_id: _Optional[str] = ..., turn_id: _Optional[str] = ...) -> None: ...

class GetTurnResponse(_message.Message):
    __slots__ = ("turn",)
    TURN_FIELD_NUMBER: _ClassVar[int]
    turn: _turn_pb2.Turn
    def __init__(self, turn: _Optional[_Union[_turn_pb2.Turn, _Mapping]] = ...) -> None: ...

class ListTurnsRequest(_message.Message):
    __slots__ = ("agent_id", "page_size", "page_token")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    page_size: int
    page_token: str
    def __init__(self, agent_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListTurnsResponse(_message.Message):
    __slots__ = ("turns", "next_page_token")
    TURNS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    turns: _containers.RepeatedCompositeFieldContainer[_turn_pb2.Turn]
    next_page_token: str
    def __init__(self, turns: _Optional[_Iterable[_Union[_turn_pb2.Turn, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CancelTurnRequest(_message.Message):
    __slots__ = ("agent_id", "turn_id")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    TURN_ID_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    turn_id: str
    def __init__(self, agent_id: _Optional[str] = ..., turn_id: _Optional[str] = ...) -> None: ...

class CancelTurnResponse(_message.Message):
    __slots__ = ("turn",)
    TURN_FIELD_NUMBER: _ClassVar[int]
    turn: _turn_pb2.Turn
    def __init__(self, turn: _Optional[_Union[_turn_pb2.Turn, _Mapping]] = ...) -> None: ...

class WatchAgentRequest(_message.Message):
    __slots__ = ("agent_id", "after_agent_sequence")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    AFTER_AGENT_SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    after_agent_sequence: int
    def __init__(self, agent_id: _Optional[str] = ..., after_agent_sequence: _Optional[int] = ...) -> None: ...

class WatchAgentResponse(_message.Message):
    __slots__ = ("event",)
    EVENT_FIELD_NUMBER: _ClassVar[int]
    event: _step_pb2.StepEvent
    def __init__(self, event: _Optional[_Union[_step_pb2.StepEvent, _Mapping]] = ...) -> None: ...

class ListToolsRequest(_message.Message):
    __slots__ = ("agent_id",)
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    def __init__(self, agent_id: _Optional[str] = ...) -> None: ...

class ListToolsResponse(_message.Message):
    __slots__ = ("tools",)
    TOOLS_FIELD_NUMBER: _ClassVar[int]
    tools: _containers.RepeatedCompositeFieldContainer[_tool_pb2.Tool]
    def __init__(self, tools: _Optional[_Iterable[_Union[_tool_pb2.Tool, _Mapping]]] = ...) -> None: ...

class StreamStepResponse(_message.Message):
    __slots__ = ("event",)
    EVENT_FIELD_NUMBER: _ClassVar[int]
    event: _step_pb2.StepEvent
    def __init__(self, event: _Optional[_Union[_step_pb2.StepEvent, _Mapping]] = ...) -> None: ...

class ListMessagesRequest(_message.Message):
    __slots__ = ("agent_id", "page_size", "page_token", "in_context_only")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    IN_CONTEXT_ONLY_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    page_size: int
    page_token: str
    in_context_only: bool
    def __init__(self, agent_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., in_context_only: _Optional[bool] = ...) -> None: ...

class ListMessagesResponse(_message.Message):
    __slots__ = ("messages", "next_page_token")
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    messages: _containers.RepeatedCompositeFieldContainer[_message_pb2.Message]
    next_page_token: str
    def __init__(self, messages: _Optional[_Iterable[_Union[_message_pb2.Message, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetContextWindowRequest(_message.Message):
    __slots__ = ("agent_id",)
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    def __init__(self, agent_id: _Optional[str] = ...) -> None: ...

class GetContextWindowResponse(_message.Message):
    __slots__ = ("context_window", "reply_reserve_tokens", "prompt_budget_tokens", "warning_tokens", "flush_tokens", "total_tokens", "system_instructions_tokens", "working_context_tokens", "summary_tokens", "messages_tokens", "function_schemas_tokens", "message_count", "recall_count", "archival_count", "summary", "summary_pending", "warned", "tokenizer")
    CONTEXT_WINDOW_FIELD_NUMBER: _ClassVar[int]
    REPLY_RESERVE_TOKENS_FIELD_NUMBER: _ClassVar[int]
    PROMPT_BUDGET_TOKENS_FIELD_NUMBER: _ClassVar[int]
    WARNING_TOKENS_FIELD_NUMBER: _ClassVar[int]
    FLUSH_TOKENS_FIELD_NUMBER: _ClassVar[int]
    TOTAL_TOKENS_FIELD_NUMBER: _ClassVar[int]
    SYSTEM_INSTRUCTIONS_TOKENS_FIELD_NUMBER: _ClassVar[int]
    WORKING_CONTEXT_TOKENS_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_TOKENS_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_TOKENS_FIELD_NUMBER: _ClassVar[int]
    FUNCTION_SCHEMAS_TOKENS_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_COUNT_FIELD_NUMBER: _ClassVar[int]
    RECALL_COUNT_FIELD_NUMBER: _ClassVar[int]
    ARCHIVAL_COUNT_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_PENDING_FIELD_NUMBER: _ClassVar[int]
    WARNED_FIELD_NUMBER: _ClassVar[int]
    TOKENIZER_FIELD_NUMBER: _ClassVar[int]
    context_window: int
    reply_reserve_tokens: int
    prompt_budget_tokens: int
    warning_tokens: int
    flush_tokens: int
    total_tokens: int
    system_instructions_tokens: int
    working_context_tokens: int
    summary_tokens: int
    messages_tokens: int
    function_schemas_tokens: int
    message_count: int
    recall_count: int
    archival_count: int
    summary: str
    summary_pending: bool
    warned: bool
    tokenizer: str
    def __init__(self, context_window: _Optional[int] = ..., reply_reserve_tokens: _Optional[int] = ..., prompt_budget_tokens: _Optional[int] = ..., warning_tokens: _Optional[int] = ..., flush_tokens: _Optional[int] = ..., total_tokens: _Optional[int] = ..., system_instructions_tokens: _Optional[int] = ..., working_context_tokens: _Optional[int] = ..., summary_tokens: _Optional[int] = ..., messages_tokens: _Optional[int] = ..., function_schemas_tokens: _Optional[int] = ..., message_count: _Optional[int] = ..., recall_count: _Optional[int] = ..., archival_count: _Optional[int] = ..., summary: _Optional[str] = ..., summary_pending: _Optional[bool] = ..., warned: _Optional[bool] = ..., tokenizer: _Optional[str] = ...) -> None: ...

class AppendConversationRequest(_message.Message):
    __slots__ = ("agent_id", "messages", "extract_facts", "max_steps")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    EXTRACT_FACTS_FIELD_NUMBER: _ClassVar[int]
    MAX_STEPS_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    messages: _containers.RepeatedCompositeFieldContainer[_message_pb2.MessageInput]
    extract_facts: bool
    max_steps: int
    def __init__(self, agent_id: _Optional[str] = ..., messages: _Optional[_Iterable[_Union[_message_pb2.MessageInput, _Mapping]]] = ..., extract_facts: _Optional[bool] = ..., max_steps: _Optional[int] = ...) -> None: ...

class AppendConversationResponse(_message.Message):
    __slots__ = ("messages", "events", "usage")
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    EVENTS_FIELD_NUMBER: _ClassVar[int]
    USAGE_FIELD_NUMBER: _ClassVar[int]
    messages: _containers.RepeatedCompositeFieldContainer[_message_pb2.Message]
    events: _containers.RepeatedCompositeFieldContainer[_step_pb2.StepEvent]
    usage: _step_pb2.Usage
    def __init__(self, messages: _Optional[_Iterable[_Union[_message_pb2.Message, _Mapping]]] = ..., events: _Optional[_Iterable[_Union[_step_pb2.StepEvent, _Mapping]]] = ..., usage: _Optional[_Union[_step_pb2.Usage, _Mapping]] = ...) -> None: ...

class ConsolidateAgentRequest(_message.Message):
    __slots__ = ("agent_id",)
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    def __init__(self, agent_id: _Optional[str] = ...) -> None: ...

class ConsolidateAgentResponse(_message.Message):
    __slots__ = ("turn",)
    TURN_FIELD_NUMBER: _ClassVar[int]
    turn: _turn_pb2.Turn
    def __init__(self, turn: _Optional[_Union[_turn_pb2.Turn, _Mapping]] = ...) -> None: ...

class ScheduleWakeupRequest(_message.Message):
    __slots__ = ("agent_id", "reason", "at", "delay_seconds")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    AT_FIELD_NUMBER: _ClassVar[int]
    DELAY_SECONDS_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    reason: str
    at: _timestamp_pb2.Timestamp
    delay_seconds: float
    def __init__(self, agent_id: _Optional[str] = ..., reason: _Optional[str] = ..., at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., delay_seconds: _Optional[float] = ...) -> None: ...

class ScheduleWakeupResponse(_message.Message):
    __slots__ = ("wakeup",)
    WAKEUP_FIELD_NUMBER: _ClassVar[int]
    wakeup: _wakeup_pb2.Wakeup
    def __init__(self, wakeup: _Optional[_Union[_wakeup_pb2.Wakeup, _Mapping]] = ...) -> None: ...

class ListWakeupsRequest(_message.Message):
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

class ListWakeupsResponse(_message.Message):
    __slots__ = ("wakeups", "next_page_token")
    WAKEUPS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    wakeups: _containers.RepeatedCompositeFieldContainer[_wakeup_pb2.Wakeup]
    next_page_token: str
    def __init__(self, wakeups: _Optional[_Iterable[_Union[_wakeup_pb2.Wakeup, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CancelWakeupRequest(_message.Message):
    __slots__ = ("agent_id", "wakeup_id")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    WAKEUP_ID_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    wakeup_id: str
    def __init__(self, agent_id: _Optional[str] = ..., wakeup_id: _Optional[str] = ...) -> None: ...

class CancelWakeupResponse(_message.Message):
    __slots__ = ("wakeup",)
    WAKEUP_FIELD_NUMBER: _ClassVar[int]
    wakeup: _wakeup_pb2.Wakeup
    def __init__(self, wakeup: _Optional[_Union[_wakeup_pb2.Wakeup, _Mapping]] = ...) -> None: ...
