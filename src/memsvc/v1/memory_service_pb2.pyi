import datetime

from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from memsvc.v1 import agent_pb2 as _agent_pb2
from memsvc.v1 import agent_file_pb2 as _agent_file_pb2
from memsvc.v1 import memory_pb2 as _memory_pb2
from memsvc.v1 import message_pb2 as _message_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ContextSource(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONTEXT_SOURCE_UNSPECIFIED: _ClassVar[ContextSource]
    CONTEXT_SOURCE_BLOCK: _ClassVar[ContextSource]
    CONTEXT_SOURCE_SUMMARY: _ClassVar[ContextSource]
    CONTEXT_SOURCE_RECALL: _ClassVar[ContextSource]
    CONTEXT_SOURCE_ARCHIVAL: _ClassVar[ContextSource]
CONTEXT_SOURCE_UNSPECIFIED: ContextSource
CONTEXT_SOURCE_BLOCK: ContextSource
CONTEXT_SOURCE_SUMMARY: ContextSource
CONTEXT_SOURCE_RECALL: ContextSource
CONTEXT_SOURCE_ARCHIVAL: ContextSource

class ListMemoryBlocksRequest(_message.Message):
    __slots__ = ("agent_id",)
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    def __init__(self, agent_id: _Optional[str] = ...) -> None: ...

class ListMemoryBlocksResponse(_message.Message):
    __slots__ = ("blocks",)
    BLOCKS_FIELD_NUMBER: _ClassVar[int]
    blocks: _containers.RepeatedCompositeFieldContainer[_agent_pb2.MemoryBlock]
    def __init__(self, blocks: _Optional[_Iterable[_Union[_agent_pb2.MemoryBlock, _Mapping]]] = ...) -> None: ...

class GetMemoryBlockRequest(_message.Message):
    __slots__ = ("agent_id", "label")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    label: str
    def __init__(self, agent_id: _Optional[str] = ..., label: _Optional[str] = ...) -> None: ...

class GetMemoryBlockResponse(_message.Message):
    __slots__ = ("block",)
    BLOCK_FIELD_NUMBER: _ClassVar[int]
    block: _agent_pb2.MemoryBlock
    def __init__(self, block: _Optional[_Union[_agent_pb2.MemoryBlock, _Mapping]] = ...) -> None: ...

class UpdateMemoryBlockRequest(_message.Message):
    __slots__ = ("agent_id", "block", "update_mask")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    BLOCK_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    block: _agent_pb2.MemoryBlock
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, agent_id: _Optional[str] = ..., block: _Optional[_Union[_agent_pb2.MemoryBlock, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateMemoryBlockResponse(_message.Message):
    __slots__ = ("block",)
    BLOCK_FIELD_NUMBER: _ClassVar[int]
    block: _agent_pb2.MemoryBlock
    def __init__(self, block: _Optional[_Union[_agent_pb2.MemoryBlock, _Mapping]] = ...) -> None: ...

class EditMemoryBlockRequest(_message.Message):
    __slots__ = ("agent_id", "label", "append", "replace", "respect_read_only")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    APPEND_FIELD_NUMBER: _ClassVar[int]
    REPLACE_FIELD_NUMBER: _ClassVar[int]
    RESPECT_READ_ONLY_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    label: str
    append: AppendText
    replace: ReplaceText
    respect_read_only: bool
    def __init__(self, agent_id: _Optional[str] = ..., label: _Optional[str] = ..., append: _Optional[_Union[AppendText, _Mapping]] = ..., replace: _Optional[_Union[ReplaceText, _Mapping]] = ..., respect_read_only: _Optional[bool] = ...) -> None: ...

class AppendText(_message.Message):
    __slots__ = ("content",)
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    content: str
    def __init__(self, content: _Optional[str] = ...) -> None: ...

class ReplaceText(_message.Message):
    __slots__ = ("old_content", "new_content")
    OLD_CONTENT_FIELD_NUMBER: _ClassVar[int]
    NEW_CONTENT_FIELD_NUMBER: _ClassVar[int]
    old_content: str
    new_content: str
    def __init__(self, old_content: _Optional[str] = ..., new_content: _Optional[str] = ...) -> None: ...

class EditMemoryBlockResponse(_message.Message):
    __slots__ = ("block",)
    BLOCK_FIELD_NUMBER: _ClassVar[int]
    block: _agent_pb2.MemoryBlock
    def __init__(self, block: _Optional[_Union[_agent_pb2.MemoryBlock, _Mapping]] = ...) -> None: ...

class AppendRecallMessagesRequest(_message.Message):
    __slots__ = ("agent_id", "messages")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    messages: _containers.RepeatedCompositeFieldContainer[_message_pb2.MessageInput]
    def __init__(self, agent_id: _Optional[str] = ..., messages: _Optional[_Iterable[_Union[_message_pb2.MessageInput, _Mapping]]] = ...) -> None: ...

class AppendRecallMessagesResponse(_message.Message):
    __slots__ = ("messages",)
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    messages: _containers.RepeatedCompositeFieldContainer[_message_pb2.Message]
    def __init__(self, messages: _Optional[_Iterable[_Union[_message_pb2.Message, _Mapping]]] = ...) -> None: ...

class ListRecallMessagesRequest(_message.Message):
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

class ListRecallMessagesResponse(_message.Message):
    __slots__ = ("messages", "next_page_token")
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    messages: _containers.RepeatedCompositeFieldContainer[_message_pb2.Message]
    next_page_token: str
    def __init__(self, messages: _Optional[_Iterable[_Union[_message_pb2.Message, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class SearchRecallMessagesRequest(_message.Message):
    __slots__ = ("agent_id", "query", "roles", "start_time", "end_time", "page_size", "page_token")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    ROLES_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    query: str
    roles: _containers.RepeatedScalarFieldContainer[_message_pb2.MessageRole]
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    page_size: int
    page_token: str
    def __init__(self, agent_id: _Optional[str] = ..., query: _Optional[str] = ..., roles: _Optional[_Iterable[_Union[_message_pb2.MessageRole, str]]] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class SearchRecallMessagesResponse(_message.Message):
    __slots__ = ("hits", "next_page_token", "total_size", "unindexed_messages")
    HITS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    UNINDEXED_MESSAGES_FIELD_NUMBER: _ClassVar[int]
    hits: _containers.RepeatedCompositeFieldContainer[_memory_pb2.RecallHit]
    next_page_token: str
    total_size: int
    unindexed_messages: int
    def __init__(self, hits: _Optional[_Iterable[_Union[_memory_pb2.RecallHit, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ..., unindexed_messages: _Optional[int] = ...) -> None: ...

class InsertArchivalMemoryRequest(_message.Message):
    __slots__ = ("agent_id", "content", "tags")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    content: str
    tags: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, agent_id: _Optional[str] = ..., content: _Optional[str] = ..., tags: _Optional[_Iterable[str]] = ...) -> None: ...

class InsertArchivalMemoryResponse(_message.Message):
    __slots__ = ("passage", "created", "similarity")
    PASSAGE_FIELD_NUMBER: _ClassVar[int]
    CREATED_FIELD_NUMBER: _ClassVar[int]
    SIMILARITY_FIELD_NUMBER: _ClassVar[int]
    passage: _memory_pb2.Passage
    created: bool
    similarity: float
    def __init__(self, passage: _Optional[_Union[_memory_pb2.Passage, _Mapping]] = ..., created: _Optional[bool] = ..., similarity: _Optional[float] = ...) -> None: ...

class UpdateArchivalMemoryRequest(_message.Message):
    __slots__ = ("agent_id", "passage_id", "content", "tags", "update_mask")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    PASSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    passage_id: str
    content: str
    tags: _containers.RepeatedScalarFieldContainer[str]
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, agent_id: _Optional[str] = ..., passage_id: _Optional[str] = ..., content: _Optional[str] = ..., tags: _Optional[_Iterable[str]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateArchivalMemoryResponse(_message.Message):
    __slots__ = ("passage",)
    PASSAGE_FIELD_NUMBER: _ClassVar[int]
    passage: _memory_pb2.Passage
    def __init__(self, passage: _Optional[_Union[_memory_pb2.Passage, _Mapping]] = ...) -> None: ...

class ListArchivalMemoryVersionsRequest(_message.Message):
    __slots__ = ("agent_id", "passage_id")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    PASSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    passage_id: str
    def __init__(self, agent_id: _Optional[str] = ..., passage_id: _Optional[str] = ...) -> None: ...

class ListArchivalMemoryVersionsResponse(_message.Message):
    __slots__ = ("versions", "current")
    VERSIONS_FIELD_NUMBER: _ClassVar[int]
    CURRENT_FIELD_NUMBER: _ClassVar[int]
    versions: _containers.RepeatedCompositeFieldContainer[_memory_pb2.PassageVersion]
    current: _memory_pb2.Passage
    def __init__(self, versions: _Optional[_Iterable[_Union[_memory_pb2.PassageVersion, _Mapping]]] = ..., current: _Optional[_Union[_memory_pb2.Passage, _Mapping]] = ...) -> None: ...

class BatchInsertArchivalMemoriesRequest(_message.Message):
    __slots__ = ("agent_id", "passages")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    PASSAGES_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    passages: _containers.RepeatedCompositeFieldContainer[PassageInput]
    def __init__(self, agent_id: _Optional[str] = ..., passages: _Optional[_Iterable[_Union[PassageInput, _Mapping]]] = ...) -> None: ...

class PassageInput(_message.Message):
    __slots__ = ("content", "tags", "create_time")
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    content: str
    tags: _containers.RepeatedScalarFieldContainer[str]
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, content: _Optional[str] = ..., tags: _Optional[_Iterable[str]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class BatchInsertArchivalMemoriesResponse(_message.Message):
    __slots__ = ("results",)
    RESULTS_FIELD_NUMBER: _ClassVar[int]
    results: _containers.RepeatedCompositeFieldContainer[InsertedPassage]
    def __init__(self, results: _Optional[_Iterable[_Union[InsertedPassage, _Mapping]]] = ...) -> None: ...

class InsertedPassage(_message.Message):
    __slots__ = ("passage", "created")
    PASSAGE_FIELD_NUMBER: _ClassVar[int]
    CREATED_FIELD_NUMBER: _ClassVar[int]
    passage: _memory_pb2.Passage
    created: bool
    def __init__(self, passage: _Optional[_Union[_memory_pb2.Passage, _Mapping]] = ..., created: _Optional[bool] = ...) -> None: ...

class IngestDocumentRequest(_message.Message):
    __slots__ = ("agent_id", "name", "content", "mime_type", "tags", "chunk_size", "chunk_overlap", "notify_agent")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    MIME_TYPE_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    CHUNK_SIZE_FIELD_NUMBER: _ClassVar[int]
    CHUNK_OVERLAP_FIELD_NUMBER: _ClassVar[int]
    NOTIFY_AGENT_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    name: str
    content: bytes
    mime_type: str
    tags: _containers.RepeatedScalarFieldContainer[str]
    chunk_size: int
    chunk_overlap: int
    notify_agent: bool
    def __init__(self, agent_id: _Optional[str] = ..., name: _Optional[str] = ..., content: _Optional[bytes] = ..., mime_type: _Optional[str] = ..., tags: _Optional[_Iterable[str]] = ..., chunk_size: _Optional[int] = ..., chunk_overlap: _Optional[int] = ..., notify_agent: _Optional[bool] = ...) -> None: ...

class IngestDocumentResponse(_message.Message):
    __slots__ = ("progress", "result")
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    progress: IngestProgress
    result: IngestResult
    def __init__(self, progress: _Optional[_Union[IngestProgress, _Mapping]] = ..., result: _Optional[_Union[IngestResult, _Mapping]] = ...) -> None: ...

class IngestProgress(_message.Message):
    __slots__ = ("chunks_done", "chunks_total")
    CHUNKS_DONE_FIELD_NUMBER: _ClassVar[int]
    CHUNKS_TOTAL_FIELD_NUMBER: _ClassVar[int]
    chunks_done: int
    chunks_total: int
    def __init__(self, chunks_done: _Optional[int] = ..., chunks_total: _Optional[int] = ...) -> None: ...

class IngestResult(_message.Message):
    __slots__ = ("document_id", "chunks_total", "chunks_created", "chunks_existing", "document_tag", "wakeup_id")
    DOCUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    CHUNKS_TOTAL_FIELD_NUMBER: _ClassVar[int]
    CHUNKS_CREATED_FIELD_NUMBER: _ClassVar[int]
    CHUNKS_EXISTING_FIELD_NUMBER: _ClassVar[int]
    DOCUMENT_TAG_FIELD_NUMBER: _ClassVar[int]
    WAKEUP_ID_FIELD_NUMBER: _ClassVar[int]
    document_id: str
    chunks_total: int
    chunks_created: int
    chunks_existing: int
    document_tag: str
    wakeup_id: str
    def __init__(self, document_id: _Optional[str] = ..., chunks_total: _Optional[int] = ..., chunks_created: _Optional[int] = ..., chunks_existing: _Optional[int] = ..., document_tag: _Optional[str] = ..., wakeup_id: _Optional[str] = ...) -> None: ...

class SearchArchivalMemoryRequest(_message.Message):
    __slots__ = ("agent_id", "query", "tags", "tag_match_mode", "start_time", "end_time", "page_size", "page_token")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    TAG_MATCH_MODE_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    query: str
    tags: _containers.RepeatedScalarFieldContainer[str]
    tag_match_mode: _memory_pb2.TagMatchMode
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    page_size: int
    page_token: str
    def __init__(self, agent_id: _Optional[str] = ..., query: _Optional[str] = ..., tags: _Optional[_Iterable[str]] = ..., tag_match_mode: _Optional[_Union[_memory_pb2.TagMatchMode, str]] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class SearchArchivalMemoryResponse(_message.Message):
    __slots__ = ("hits", "next_page_token")
    HITS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    hits: _containers.RepeatedCompositeFieldContainer[_memory_pb2.ArchivalHit]
    next_page_token: str
    def __init__(self, hits: _Optional[_Iterable[_Union[_memory_pb2.ArchivalHit, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ListArchivalMemoriesRequest(_message.Message):
    __slots__ = ("agent_id", "page_size", "page_token")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    page_size: int
    page_token: str
    def __init__(self, agent_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListArchivalMemoriesResponse(_message.Message):
    __slots__ = ("passages", "next_page_token")
    PASSAGES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    passages: _containers.RepeatedCompositeFieldContainer[_memory_pb2.Passage]
    next_page_token: str
    def __init__(self, passages: _Optional[_Iterable[_Union[_memory_pb2.Passage, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class DeleteArchivalMemoryRequest(_message.Message):
    __slots__ = ("agent_id", "passage_id")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    PASSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    passage_id: str
    def __init__(self, agent_id: _Optional[str] = ..., passage_id: _Optional[str] = ...) -> None: ...

class DeleteArchivalMemoryResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetContextBlockRequest(_message.Message):
    __slots__ = ("agent_id", "query", "recent_messages", "token_budget", "recall_limit", "archival_limit")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    RECENT_MESSAGES_FIELD_NUMBER: _ClassVar[int]
    TOKEN_BUDGET_FIELD_NUMBER: _ClassVar[int]
    RECALL_LIMIT_FIELD_NUMBER: _ClassVar[int]
    ARCHIVAL_LIMIT_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    query: str
    recent_messages: _containers.RepeatedCompositeFieldContainer[_message_pb2.MessageInput]
    token_budget: int
    recall_limit: int
    archival_limit: int
    def __init__(self, agent_id: _Optional[str] = ..., query: _Optional[str] = ..., recent_messages: _Optional[_Iterable[_Union[_message_pb2.MessageInput, _Mapping]]] = ..., token_budget: _Optional[int] = ..., recall_limit: _Optional[int] = ..., archival_limit: _Optional[int] = ...) -> None: ...

class ContextItem(_message.Message):
    __slots__ = ("source", "ref", "content", "token_count", "score", "role", "create_time", "tags")
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    REF_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    TOKEN_COUNT_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    source: ContextSource
    ref: str
    content: str
    token_count: int
    score: float
    role: _message_pb2.MessageRole
    create_time: _timestamp_pb2.Timestamp
    tags: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, source: _Optional[_Union[ContextSource, str]] = ..., ref: _Optional[str] = ..., content: _Optional[str] = ..., token_count: _Optional[int] = ..., score: _Optional[float] = ..., role: _Optional[_Union[_message_pb2.MessageRole, str]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., tags: _Optional[_Iterable[str]] = ...) -> None: ...

class GetContextBlockResponse(_message.Message):
    __slots__ = ("text", "items", "token_count", "token_budget", "query", "omitted_count", "tokenizer")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    TOKEN_COUNT_FIELD_NUMBER: _ClassVar[int]
    TOKEN_BUDGET_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    OMITTED_COUNT_FIELD_NUMBER: _ClassVar[int]
    TOKENIZER_FIELD_NUMBER: _ClassVar[int]
    text: str
    items: _containers.RepeatedCompositeFieldContainer[ContextItem]
    token_count: int
    token_budget: int
    query: str
    omitted_count: int
    tokenizer: str
    def __init__(self, text: _Optional[str] = ..., items: _Optional[_Iterable[_Union[ContextItem, _Mapping]]] = ..., token_count: _Optional[int] = ..., token_budget: _Optional[int] = ..., query: _Optional[str] = ..., omitted_count: _Optional[int] = ..., tokenizer: _Optional[str] = ...) -> None: ...

class ExportAgentRequest(_message.Message):
    __slots__ = ("agent_id",)
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    def __init__(self, agent_id: _Optional[str] = ...) -> None: ...

class ExportAgentResponse(_message.Message):
    __slots__ = ("agent_file",)
    AGENT_FILE_FIELD_NUMBER: _ClassVar[int]
    agent_file: _agent_file_pb2.AgentFile
    def __init__(self, agent_file: _Optional[_Union[_agent_file_pb2.AgentFile, _Mapping]] = ...) -> None: ...

class ImportAgentRequest(_message.Message):
    __slots__ = ("agent_file", "letta_agent_file", "assign_new_id")
    AGENT_FILE_FIELD_NUMBER: _ClassVar[int]
    LETTA_AGENT_FILE_FIELD_NUMBER: _ClassVar[int]
    ASSIGN_NEW_ID_FIELD_NUMBER: _ClassVar[int]
    agent_file: _agent_file_pb2.AgentFile
    letta_agent_file: bytes
    assign_new_id: bool
    def __init__(self, agent_file: _Optional[_Union[_agent_file_pb2.AgentFile, _Mapping]] = ..., letta_agent_file: _Optional[bytes] = ..., assign_new_id: _Optional[bool] = ...) -> None: ...

class ImportAgentResponse(_message.Message):
    __slots__ = ("agent", "message_count", "passage_count", "unmapped")
    AGENT_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_COUNT_FIELD_NUMBER: _ClassVar[int]
    PASSAGE_COUNT_FIELD_NUMBER: _ClassVar[int]
    UNMAPPED_FIELD_NUMBER: _ClassVar[int]
    agent: _agent_pb2.Agent
    message_count: int
    passage_count: int
    unmapped: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, agent: _Optional[_Union[_agent_pb2.Agent, _Mapping]] = ..., message_count: _Optional[int] = ..., passage_count: _Optional[int] = ..., unmapped: _Optional[_Iterable[str]] = ...) -> None: ...
