import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from memsvc.v1 import tool_pb2 as _tool_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Agent(_message.Message):
    __slots__ = ("id", "name", "system", "llm_config", "embedding_config", "memory_blocks", "context_config", "create_time", "update_time", "max_steps", "client_tools", "tools_requiring_approval", "client_tool_timeout_seconds", "approval_timeout_seconds", "consolidation_config", "enable_wakeups")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    SYSTEM_FIELD_NUMBER: _ClassVar[int]
    LLM_CONFIG_FIELD_NUMBER: _ClassVar[int]
    EMBEDDING_CONFIG_FIELD_NUMBER: _ClassVar[int]
    MEMORY_BLOCKS_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_CONFIG_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    MAX_STEPS_FIELD_NUMBER: _ClassVar[int]
    CLIENT_TOOLS_FIELD_NUMBER: _ClassVar[int]
    TOOLS_REQUIRING_APPROVAL_FIELD_NUMBER: _ClassVar[int]
    CLIENT_TOOL_TIMEOUT_SECONDS_FIELD_NUMBER: _ClassVar[int]
    APPROVAL_TIMEOUT_SECONDS_FIELD_NUMBER: _ClassVar[int]
    CONSOLIDATION_CONFIG_FIELD_NUMBER: _ClassVar[int]
    ENABLE_WAKEUPS_FIELD_NUMBER: _ClassVar[int]
    id: str
    name: str
    system: str
    llm_config: LlmConfig
    embedding_config: EmbeddingConfig
    memory_blocks: _containers.RepeatedCompositeFieldContainer[MemoryBlock]
    context_config: ContextConfig
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    max_steps: int
    client_tools: _containers.RepeatedCompositeFieldContainer[_tool_pb2.ClientTool]
    tools_requiring_approval: _containers.RepeatedScalarFieldContainer[str]
    client_tool_timeout_seconds: int
    approval_timeout_seconds: int
    consolidation_config: ConsolidationConfig
    enable_wakeups: bool
    def __init__(self, id: _Optional[str] = ..., name: _Optional[str] = ..., system: _Optional[str] = ..., llm_config: _Optional[_Union[LlmConfig, _Mapping]] = ..., embedding_config: _Optional[_Union[EmbeddingConfig, _Mapping]] = ..., memory_blocks: _Optional[_Iterable[_Union[MemoryBlock, _Mapping]]] = ..., context_config: _Optional[_Union[ContextConfig, _Mapping]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., max_steps: _Optional[int] = ..., client_tools: _Optional[_Iterable[_Union[_tool_pb2.ClientTool, _Mapping]]] = ..., tools_requiring_approval: _Optional[_Iterable[str]] = ..., client_tool_timeout_seconds: _Optional[int] = ..., approval_timeout_seconds: _Optional[int] = ..., consolidation_config: _Optional[_Union[ConsolidationConfig, _Mapping]] = ..., enable_wakeups: _Optional[bool] = ...) -> None: ...

class ConsolidationConfig(_message.Message):
    __slots__ = ("enabled", "every_n_turns", "idle_seconds", "llm_config", "max_steps", "max_tokens")
    ENABLED_FIELD_NUMBER: _ClassVar[int]
    EVERY_N_TURNS_FIELD_NUMBER: _ClassVar[int]
    IDLE_SECONDS_FIELD_NUMBER: _ClassVar[int]
    LLM_CONFIG_FIELD_NUMBER: _ClassVar[int]
    MAX_STEPS_FIELD_NUMBER: _ClassVar[int]
    MAX_TOKENS_FIELD_NUMBER: _ClassVar[int]
    enabled: bool
    every_n_turns: int
    idle_seconds: int
    llm_config: LlmConfig
    max_steps: int
    max_tokens: int
    def __init__(self, enabled: _Optional[bool] = ..., every_n_turns: _Optional[int] = ..., idle_seconds: _Optional[int] = ..., llm_config: _Optional[_Union[LlmConfig, _Mapping]] = ..., max_steps: _Optional[int] = ..., max_tokens: _Optional[int] = ...) -> None: ...

class LlmConfig(_message.Message):
    __slots__ = ("model", "model_endpoint", "model_endpoint_type", "context_window", "put_inner_thoughts_in_kwargs", "temperature", "max_tokens")
    MODEL_FIELD_NUMBER: _ClassVar[int]
    MODEL_ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    MODEL_ENDPOINT_TYPE_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_WINDOW_FIELD_NUMBER: _ClassVar[int]
    PUT_INNER_THOUGHTS_IN_KWARGS_FIELD_NUMBER: _ClassVar[int]
    TEMPERATURE_FIELD_NUMBER: _ClassVar[int]
    MAX_TOKENS_FIELD_NUMBER: _ClassVar[int]
    model: str
    model_endpoint: str
    model_endpoint_type: str
    context_window: int
    put_inner_thoughts_in_kwargs: bool
    temperature: float
    max_tokens: int
    def __init__(self, model: _Optional[str] = ..., model_endpoint: _Optional[str] = ..., model_endpoint_type: _Optional[str] = ..., context_window: _Optional[int] = ..., put_inner_thoughts_in_kwargs: _Optional[bool] = ..., temperature: _Optional[float] = ..., max_tokens: _Optional[int] = ...) -> None: ...

class EmbeddingConfig(_message.Message):
    __slots__ = ("embedding_model", "embedding_endpoint", "embedding_endpoint_type", "embedding_dim", "embedding_chunk_size")
    EMBEDDING_MODEL_FIELD_NUMBER: _ClassVar[int]
    EMBEDDING_ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    EMBEDDING_ENDPOINT_TYPE_FIELD_NUMBER: _ClassVar[int]
    EMBEDDING_DIM_FIELD_NUMBER: _ClassVar[int]
    EMBEDDING_CHUNK_SIZE_FIELD_NUMBER: _ClassVar[int]
    embedding_model: str
    embedding_endpoint: str
    embedding_endpoint_type: str
    embedding_dim: int
    embedding_chunk_size: int
    def __init__(self, embedding_model: _Optional[str] = ..., embedding_endpoint: _Optional[str] = ..., embedding_endpoint_type: _Optional[str] = ..., embedding_dim: _Optional[int] = ..., embedding_chunk_size: _Optional[int] = ...) -> None: ...

class ContextConfig(_message.Message):
    __slots__ = ("warning_threshold", "flush_threshold", "evict_fraction")
    WARNING_THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    FLUSH_THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    EVICT_FRACTION_FIELD_NUMBER: _ClassVar[int]
    warning_threshold: float
    flush_threshold: float
    evict_fraction: float
    def __init__(self, warning_threshold: _Optional[float] = ..., flush_threshold: _Optional[float] = ..., evict_fraction: _Optional[float] = ...) -> None: ...

class MemoryBlock(_message.Message):
    __slots__ = ("label", "value", "limit", "description", "read_only", "update_time")
    LABEL_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    READ_ONLY_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    label: str
    value: str
    limit: int
    description: str
    read_only: bool
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, label: _Optional[str] = ..., value: _Optional[str] = ..., limit: _Optional[int] = ..., description: _Optional[str] = ..., read_only: _Optional[bool] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
