// Original file: ../../proto/memsvc/v1/memory_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AppendRecallMessagesRequest as _memsvc_v1_AppendRecallMessagesRequest, AppendRecallMessagesRequest__Output as _memsvc_v1_AppendRecallMessagesRequest__Output } from '../../memsvc/v1/AppendRecallMessagesRequest.js';
import type { AppendRecallMessagesResponse as _memsvc_v1_AppendRecallMessagesResponse, AppendRecallMessagesResponse__Output as _memsvc_v1_AppendRecallMessagesResponse__Output } from '../../memsvc/v1/AppendRecallMessagesResponse.js';
import type { BatchInsertArchivalMemoriesRequest as _memsvc_v1_BatchInsertArchivalMemoriesRequest, BatchInsertArchivalMemoriesRequest__Output as _memsvc_v1_BatchInsertArchivalMemoriesRequest__Output } from '../../memsvc/v1/BatchInsertArchivalMemoriesRequest.js';
import type { BatchInsertArchivalMemoriesResponse as _memsvc_v1_BatchInsertArchivalMemoriesResponse, BatchInsertArchivalMemoriesResponse__Output as _memsvc_v1_BatchInsertArchivalMemoriesResponse__Output } from '../../memsvc/v1/BatchInsertArchivalMemoriesResponse.js';
import type { DeleteArchivalMemoryRequest as _memsvc_v1_DeleteArchivalMemoryRequest, DeleteArchivalMemoryRequest__Output as _memsvc_v1_DeleteArchivalMemoryRequest__Output } from '../../memsvc/v1/DeleteArchivalMemoryRequest.js';
import type { DeleteArchivalMemoryResponse as _memsvc_v1_DeleteArchivalMemoryResponse, DeleteArchivalMemoryResponse__Output as _memsvc_v1_DeleteArchivalMemoryResponse__Output } from '../../memsvc/v1/DeleteArchivalMemoryResponse.js';
import type { EditMemoryBlockRequest as _memsvc_v1_EditMemoryBlockRequest, EditMemoryBlockRequest__Output as _memsvc_v1_EditMemoryBlockRequest__Output } from '../../memsvc/v1/EditMemoryBlockRequest.js';
import type { EditMemoryBlockResponse as _memsvc_v1_EditMemoryBlockResponse, EditMemoryBlockResponse__Output as _memsvc_v1_EditMemoryBlockResponse__Output } from '../../memsvc/v1/EditMemoryBlockResponse.js';
import type { ExportAgentRequest as _memsvc_v1_ExportAgentRequest, ExportAgentRequest__Output as _memsvc_v1_ExportAgentRequest__Output } from '../../memsvc/v1/ExportAgentRequest.js';
import type { ExportAgentResponse as _memsvc_v1_ExportAgentResponse, ExportAgentResponse__Output as _memsvc_v1_ExportAgentResponse__Output } from '../../memsvc/v1/ExportAgentResponse.js';
import type { GetContextBlockRequest as _memsvc_v1_GetContextBlockRequest, GetContextBlockRequest__Output as _memsvc_v1_GetContextBlockRequest__Output } from '../../memsvc/v1/GetContextBlockRequest.js';
import type { GetContextBlockResponse as _memsvc_v1_GetContextBlockResponse, GetContextBlockResponse__Output as _memsvc_v1_GetContextBlockResponse__Output } from '../../memsvc/v1/GetContextBlockResponse.js';
import type { GetMemoryBlockRequest as _memsvc_v1_GetMemoryBlockRequest, GetMemoryBlockRequest__Output as _memsvc_v1_GetMemoryBlockRequest__Output } from '../../memsvc/v1/GetMemoryBlockRequest.js';
import type { GetMemoryBlockResponse as _memsvc_v1_GetMemoryBlockResponse, GetMemoryBlockResponse__Output as _memsvc_v1_GetMemoryBlockResponse__Output } from '../../memsvc/v1/GetMemoryBlockResponse.js';
import type { ImportAgentRequest as _memsvc_v1_ImportAgentRequest, ImportAgentRequest__Output as _memsvc_v1_ImportAgentRequest__Output } from '../../memsvc/v1/ImportAgentRequest.js';
import type { ImportAgentResponse as _memsvc_v1_ImportAgentResponse, ImportAgentResponse__Output as _memsvc_v1_ImportAgentResponse__Output } from '../../memsvc/v1/ImportAgentResponse.js';
import type { IngestDocumentRequest as _memsvc_v1_IngestDocumentRequest, IngestDocumentRequest__Output as _memsvc_v1_IngestDocumentRequest__Output } from '../../memsvc/v1/IngestDocumentRequest.js';
import type { IngestDocumentResponse as _memsvc_v1_IngestDocumentResponse, IngestDocumentResponse__Output as _memsvc_v1_IngestDocumentResponse__Output } from '../../memsvc/v1/IngestDocumentResponse.js';
import type { InsertArchivalMemoryRequest as _memsvc_v1_InsertArchivalMemoryRequest, InsertArchivalMemoryRequest__Output as _memsvc_v1_InsertArchivalMemoryRequest__Output } from '../../memsvc/v1/InsertArchivalMemoryRequest.js';
import type { InsertArchivalMemoryResponse as _memsvc_v1_InsertArchivalMemoryResponse, InsertArchivalMemoryResponse__Output as _memsvc_v1_InsertArchivalMemoryResponse__Output } from '../../memsvc/v1/InsertArchivalMemoryResponse.js';
import type { ListArchivalMemoriesRequest as _memsvc_v1_ListArchivalMemoriesRequest, ListArchivalMemoriesRequest__Output as _memsvc_v1_ListArchivalMemoriesRequest__Output } from '../../memsvc/v1/ListArchivalMemoriesRequest.js';
import type { ListArchivalMemoriesResponse as _memsvc_v1_ListArchivalMemoriesResponse, ListArchivalMemoriesResponse__Output as _memsvc_v1_ListArchivalMemoriesResponse__Output } from '../../memsvc/v1/ListArchivalMemoriesResponse.js';
import type { ListArchivalMemoryVersionsRequest as _memsvc_v1_ListArchivalMemoryVersionsRequest, ListArchivalMemoryVersionsRequest__Output as _memsvc_v1_ListArchivalMemoryVersionsRequest__Output } from '../../memsvc/v1/ListArchivalMemoryVersionsRequest.js';
import type { ListArchivalMemoryVersionsResponse as _memsvc_v1_ListArchivalMemoryVersionsResponse, ListArchivalMemoryVersionsResponse__Output as _memsvc_v1_ListArchivalMemoryVersionsResponse__Output } from '../../memsvc/v1/ListArchivalMemoryVersionsResponse.js';
import type { ListMemoryBlocksRequest as _memsvc_v1_ListMemoryBlocksRequest, ListMemoryBlocksRequest__Output as _memsvc_v1_ListMemoryBlocksRequest__Output } from '../../memsvc/v1/ListMemoryBlocksRequest.js';
import type { ListMemoryBlocksResponse as _memsvc_v1_ListMemoryBlocksResponse, ListMemoryBlocksResponse__Output as _memsvc_v1_ListMemoryBlocksResponse__Output } from '../../memsvc/v1/ListMemoryBlocksResponse.js';
import type { ListRecallMessagesRequest as _memsvc_v1_ListRecallMessagesRequest, ListRecallMessagesRequest__Output as _memsvc_v1_ListRecallMessagesRequest__Output } from '../../memsvc/v1/ListRecallMessagesRequest.js';
import type { ListRecallMessagesResponse as _memsvc_v1_ListRecallMessagesResponse, ListRecallMessagesResponse__Output as _memsvc_v1_ListRecallMessagesResponse__Output } from '../../memsvc/v1/ListRecallMessagesResponse.js';
import type { SearchArchivalMemoryRequest as _memsvc_v1_SearchArchivalMemoryRequest, SearchArchivalMemoryRequest__Output as _memsvc_v1_SearchArchivalMemoryRequest__Output } from '../../memsvc/v1/SearchArchivalMemoryRequest.js';
import type { SearchArchivalMemoryResponse as _memsvc_v1_SearchArchivalMemoryResponse, SearchArchivalMemoryResponse__Output as _memsvc_v1_SearchArchivalMemoryResponse__Output } from '../../memsvc/v1/SearchArchivalMemoryResponse.js';
import type { SearchRecallMessagesRequest as _memsvc_v1_SearchRecallMessagesRequest, SearchRecallMessagesRequest__Output as _memsvc_v1_SearchRecallMessagesRequest__Output } from '../../memsvc/v1/SearchRecallMessagesRequest.js';
import type { SearchRecallMessagesResponse as _memsvc_v1_SearchRecallMessagesResponse, SearchRecallMessagesResponse__Output as _memsvc_v1_SearchRecallMessagesResponse__Output } from '../../memsvc/v1/SearchRecallMessagesResponse.js';
import type { UpdateArchivalMemoryRequest as _memsvc_v1_UpdateArchivalMemoryRequest, UpdateArchivalMemoryRequest__Output as _memsvc_v1_UpdateArchivalMemoryRequest__Output } from '../../memsvc/v1/UpdateArchivalMemoryRequest.js';
import type { UpdateArchivalMemoryResponse as _memsvc_v1_UpdateArchivalMemoryResponse, UpdateArchivalMemoryResponse__Output as _memsvc_v1_UpdateArchivalMemoryResponse__Output } from '../../memsvc/v1/UpdateArchivalMemoryResponse.js';
import type { UpdateMemoryBlockRequest as _memsvc_v1_UpdateMemoryBlockRequest, UpdateMemoryBlockRequest__Output as _memsvc_v1_UpdateMemoryBlockRequest__Output } from '../../memsvc/v1/UpdateMemoryBlockRequest.js';
import type { UpdateMemoryBlockResponse as _memsvc_v1_UpdateMemoryBlockResponse, UpdateMemoryBlockResponse__Output as _memsvc_v1_UpdateMemoryBlockResponse__Output } from '../../memsvc/v1/UpdateMemoryBlockResponse.js';

/**
 * MemoryService runs on the memory server (the store). It keeps every tier of an
 * agent's memory: working-context blocks, recall storage (every message) and
 * archival storage (passages searched by meaning, in Qdrant). The executor calls it
 * on the LLM's behalf; clients may call it directly to read or curate memory.
 * 
 * Every request names an existing agent: NOT_FOUND (reason AGENT_NOT_FOUND)
 * otherwise.
 */
export interface MemoryServiceClient extends grpc.Client {
  /**
   * Appends messages to recall storage only (not to the agent's main context), e.g.
   * to import an earlier conversation, or the write side of an external agent loop
   * (user, assistant and system messages, each with its original `create_time`).
   * INVALID_ARGUMENT for an empty or oversized message, a tool role, or a time out
   * of range.
   */
  AppendRecallMessages(argument: _memsvc_v1_AppendRecallMessagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_AppendRecallMessagesResponse__Output>): grpc.ClientUnaryCall;
  AppendRecallMessages(argument: _memsvc_v1_AppendRecallMessagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_AppendRecallMessagesResponse__Output>): grpc.ClientUnaryCall;
  AppendRecallMessages(argument: _memsvc_v1_AppendRecallMessagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_AppendRecallMessagesResponse__Output>): grpc.ClientUnaryCall;
  AppendRecallMessages(argument: _memsvc_v1_AppendRecallMessagesRequest, callback: grpc.requestCallback<_memsvc_v1_AppendRecallMessagesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Appends messages to recall storage only (not to the agent's main context), e.g.
   * to import an earlier conversation, or the write side of an external agent loop
   * (user, assistant and system messages, each with its original `create_time`).
   * INVALID_ARGUMENT for an empty or oversized message, a tool role, or a time out
   * of range.
   */
  appendRecallMessages(argument: _memsvc_v1_AppendRecallMessagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_AppendRecallMessagesResponse__Output>): grpc.ClientUnaryCall;
  appendRecallMessages(argument: _memsvc_v1_AppendRecallMessagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_AppendRecallMessagesResponse__Output>): grpc.ClientUnaryCall;
  appendRecallMessages(argument: _memsvc_v1_AppendRecallMessagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_AppendRecallMessagesResponse__Output>): grpc.ClientUnaryCall;
  appendRecallMessages(argument: _memsvc_v1_AppendRecallMessagesRequest, callback: grpc.requestCallback<_memsvc_v1_AppendRecallMessagesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Stores up to 1000 passages at once, with optional creation times (to import
   * earlier notes). All passages are checked before anything is written; then they
   * are embedded in batches and stored. Content already stored for the agent (the
   * same text, ignoring case, spaces and final punctuation) is reported with
   * `created` false; imports are not compared by meaning. Errors as
   * InsertArchivalMemory.
   */
  BatchInsertArchivalMemories(argument: _memsvc_v1_BatchInsertArchivalMemoriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_BatchInsertArchivalMemoriesResponse__Output>): grpc.ClientUnaryCall;
  BatchInsertArchivalMemories(argument: _memsvc_v1_BatchInsertArchivalMemoriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_BatchInsertArchivalMemoriesResponse__Output>): grpc.ClientUnaryCall;
  BatchInsertArchivalMemories(argument: _memsvc_v1_BatchInsertArchivalMemoriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_BatchInsertArchivalMemoriesResponse__Output>): grpc.ClientUnaryCall;
  BatchInsertArchivalMemories(argument: _memsvc_v1_BatchInsertArchivalMemoriesRequest, callback: grpc.requestCallback<_memsvc_v1_BatchInsertArchivalMemoriesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Stores up to 1000 passages at once, with optional creation times (to import
   * earlier notes). All passages are checked before anything is written; then they
   * are embedded in batches and stored. Content already stored for the agent (the
   * same text, ignoring case, spaces and final punctuation) is reported with
   * `created` false; imports are not compared by meaning. Errors as
   * InsertArchivalMemory.
   */
  batchInsertArchivalMemories(argument: _memsvc_v1_BatchInsertArchivalMemoriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_BatchInsertArchivalMemoriesResponse__Output>): grpc.ClientUnaryCall;
  batchInsertArchivalMemories(argument: _memsvc_v1_BatchInsertArchivalMemoriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_BatchInsertArchivalMemoriesResponse__Output>): grpc.ClientUnaryCall;
  batchInsertArchivalMemories(argument: _memsvc_v1_BatchInsertArchivalMemoriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_BatchInsertArchivalMemoriesResponse__Output>): grpc.ClientUnaryCall;
  batchInsertArchivalMemories(argument: _memsvc_v1_BatchInsertArchivalMemoriesRequest, callback: grpc.requestCallback<_memsvc_v1_BatchInsertArchivalMemoriesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Deletes a passage (its last text is kept as a version). NOT_FOUND (reason
   * PASSAGE_NOT_FOUND) if the agent has none with that id.
   */
  DeleteArchivalMemory(argument: _memsvc_v1_DeleteArchivalMemoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_DeleteArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  DeleteArchivalMemory(argument: _memsvc_v1_DeleteArchivalMemoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_DeleteArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  DeleteArchivalMemory(argument: _memsvc_v1_DeleteArchivalMemoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_DeleteArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  DeleteArchivalMemory(argument: _memsvc_v1_DeleteArchivalMemoryRequest, callback: grpc.requestCallback<_memsvc_v1_DeleteArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Deletes a passage (its last text is kept as a version). NOT_FOUND (reason
   * PASSAGE_NOT_FOUND) if the agent has none with that id.
   */
  deleteArchivalMemory(argument: _memsvc_v1_DeleteArchivalMemoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_DeleteArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  deleteArchivalMemory(argument: _memsvc_v1_DeleteArchivalMemoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_DeleteArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  deleteArchivalMemory(argument: _memsvc_v1_DeleteArchivalMemoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_DeleteArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  deleteArchivalMemory(argument: _memsvc_v1_DeleteArchivalMemoryRequest, callback: grpc.requestCallback<_memsvc_v1_DeleteArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Appends to or replaces text in a block, atomically: what `core_memory_append`
   * and `core_memory_replace` do. INVALID_ARGUMENT with reason BLOCK_LIMIT_EXCEEDED
   * if the result would be over the limit, TEXT_NOT_FOUND if the text to replace is
   * absent; FAILED_PRECONDITION (BLOCK_READ_ONLY) for a read-only block when
   * `respect_read_only` is set.
   */
  EditMemoryBlock(argument: _memsvc_v1_EditMemoryBlockRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_EditMemoryBlockResponse__Output>): grpc.ClientUnaryCall;
  EditMemoryBlock(argument: _memsvc_v1_EditMemoryBlockRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_EditMemoryBlockResponse__Output>): grpc.ClientUnaryCall;
  EditMemoryBlock(argument: _memsvc_v1_EditMemoryBlockRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_EditMemoryBlockResponse__Output>): grpc.ClientUnaryCall;
  EditMemoryBlock(argument: _memsvc_v1_EditMemoryBlockRequest, callback: grpc.requestCallback<_memsvc_v1_EditMemoryBlockResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Appends to or replaces text in a block, atomically: what `core_memory_append`
   * and `core_memory_replace` do. INVALID_ARGUMENT with reason BLOCK_LIMIT_EXCEEDED
   * if the result would be over the limit, TEXT_NOT_FOUND if the text to replace is
   * absent; FAILED_PRECONDITION (BLOCK_READ_ONLY) for a read-only block when
   * `respect_read_only` is set.
   */
  editMemoryBlock(argument: _memsvc_v1_EditMemoryBlockRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_EditMemoryBlockResponse__Output>): grpc.ClientUnaryCall;
  editMemoryBlock(argument: _memsvc_v1_EditMemoryBlockRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_EditMemoryBlockResponse__Output>): grpc.ClientUnaryCall;
  editMemoryBlock(argument: _memsvc_v1_EditMemoryBlockRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_EditMemoryBlockResponse__Output>): grpc.ClientUnaryCall;
  editMemoryBlock(argument: _memsvc_v1_EditMemoryBlockRequest, callback: grpc.requestCallback<_memsvc_v1_EditMemoryBlockResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Exports an agent with all of its memory as one versioned AgentFile: blocks,
   * every message, the queue and summary state, archival passages. The file must fit
   * in one response (MEMSVC_GRPC_MAX_MESSAGE_BYTES, 16 MiB by default):
   * RESOURCE_EXHAUSTED otherwise. NOT_FOUND for an unknown agent.
   */
  ExportAgent(argument: _memsvc_v1_ExportAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ExportAgentResponse__Output>): grpc.ClientUnaryCall;
  ExportAgent(argument: _memsvc_v1_ExportAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ExportAgentResponse__Output>): grpc.ClientUnaryCall;
  ExportAgent(argument: _memsvc_v1_ExportAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ExportAgentResponse__Output>): grpc.ClientUnaryCall;
  ExportAgent(argument: _memsvc_v1_ExportAgentRequest, callback: grpc.requestCallback<_memsvc_v1_ExportAgentResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Exports an agent with all of its memory as one versioned AgentFile: blocks,
   * every message, the queue and summary state, archival passages. The file must fit
   * in one response (MEMSVC_GRPC_MAX_MESSAGE_BYTES, 16 MiB by default):
   * RESOURCE_EXHAUSTED otherwise. NOT_FOUND for an unknown agent.
   */
  exportAgent(argument: _memsvc_v1_ExportAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ExportAgentResponse__Output>): grpc.ClientUnaryCall;
  exportAgent(argument: _memsvc_v1_ExportAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ExportAgentResponse__Output>): grpc.ClientUnaryCall;
  exportAgent(argument: _memsvc_v1_ExportAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ExportAgentResponse__Output>): grpc.ClientUnaryCall;
  exportAgent(argument: _memsvc_v1_ExportAgentRequest, callback: grpc.requestCallback<_memsvc_v1_ExportAgentResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Returns the agent's memory, ready to put into a prompt, for an agent loop that
   * is not memsvc's own (a coding assistant, an app's own loop): the working-context
   * blocks, the recursive summary, then the recall messages and archival passages
   * most relevant to `query` (or, without one, to `recent_messages`, or else to the
   * agent's latest stored messages), best first, alternating between the two, until
   * `token_budget` is spent. Each item says where it came from. Tokens are counted
   * with the agent's model's tokenizer (see `tokenizer`). Reads only.
   * UNAVAILABLE (reason EMBEDDING_UNAVAILABLE) if the embedding endpoint cannot be
   * reached; INVALID_ARGUMENT for a budget or limit out of range.
   */
  GetContextBlock(argument: _memsvc_v1_GetContextBlockRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetContextBlockResponse__Output>): grpc.ClientUnaryCall;
  GetContextBlock(argument: _memsvc_v1_GetContextBlockRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_GetContextBlockResponse__Output>): grpc.ClientUnaryCall;
  GetContextBlock(argument: _memsvc_v1_GetContextBlockRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetContextBlockResponse__Output>): grpc.ClientUnaryCall;
  GetContextBlock(argument: _memsvc_v1_GetContextBlockRequest, callback: grpc.requestCallback<_memsvc_v1_GetContextBlockResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Returns the agent's memory, ready to put into a prompt, for an agent loop that
   * is not memsvc's own (a coding assistant, an app's own loop): the working-context
   * blocks, the recursive summary, then the recall messages and archival passages
   * most relevant to `query` (or, without one, to `recent_messages`, or else to the
   * agent's latest stored messages), best first, alternating between the two, until
   * `token_budget` is spent. Each item says where it came from. Tokens are counted
   * with the agent's model's tokenizer (see `tokenizer`). Reads only.
   * UNAVAILABLE (reason EMBEDDING_UNAVAILABLE) if the embedding endpoint cannot be
   * reached; INVALID_ARGUMENT for a budget or limit out of range.
   */
  getContextBlock(argument: _memsvc_v1_GetContextBlockRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetContextBlockResponse__Output>): grpc.ClientUnaryCall;
  getContextBlock(argument: _memsvc_v1_GetContextBlockRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_GetContextBlockResponse__Output>): grpc.ClientUnaryCall;
  getContextBlock(argument: _memsvc_v1_GetContextBlockRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetContextBlockResponse__Output>): grpc.ClientUnaryCall;
  getContextBlock(argument: _memsvc_v1_GetContextBlockRequest, callback: grpc.requestCallback<_memsvc_v1_GetContextBlockResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Returns one block. NOT_FOUND (reason BLOCK_NOT_FOUND) if the agent has no block
   * with that label.
   */
  GetMemoryBlock(argument: _memsvc_v1_GetMemoryBlockRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetMemoryBlockResponse__Output>): grpc.ClientUnaryCall;
  GetMemoryBlock(argument: _memsvc_v1_GetMemoryBlockRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_GetMemoryBlockResponse__Output>): grpc.ClientUnaryCall;
  GetMemoryBlock(argument: _memsvc_v1_GetMemoryBlockRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetMemoryBlockResponse__Output>): grpc.ClientUnaryCall;
  GetMemoryBlock(argument: _memsvc_v1_GetMemoryBlockRequest, callback: grpc.requestCallback<_memsvc_v1_GetMemoryBlockResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Returns one block. NOT_FOUND (reason BLOCK_NOT_FOUND) if the agent has no block
   * with that label.
   */
  getMemoryBlock(argument: _memsvc_v1_GetMemoryBlockRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetMemoryBlockResponse__Output>): grpc.ClientUnaryCall;
  getMemoryBlock(argument: _memsvc_v1_GetMemoryBlockRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_GetMemoryBlockResponse__Output>): grpc.ClientUnaryCall;
  getMemoryBlock(argument: _memsvc_v1_GetMemoryBlockRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetMemoryBlockResponse__Output>): grpc.ClientUnaryCall;
  getMemoryBlock(argument: _memsvc_v1_GetMemoryBlockRequest, callback: grpc.requestCallback<_memsvc_v1_GetMemoryBlockResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Imports an agent: a memsvc AgentFile (from ExportAgent, on this server or
   * another, on SQLite or PostgreSQL), or a Letta Agent File (.af, JSON). The
   * agent, its messages and queue state are written in one transaction; then its
   * passages are embedded with its embedding model and stored. A memsvc file keeps
   * every field, ids included (ALREADY_EXISTS, reason AGENT_ALREADY_EXISTS, if the
   * caller's tenant has the agent, unless `assign_new_id`; if an id in the file is
   * taken by an agent the caller cannot see, such as another tenant's, the agent is
   * imported under new ids as with `assign_new_id`, revealing nothing: compare
   * `agent.id` in the response with the file's), except token counts: every message
   * is counted again with the agent's tokenizer, and if the in-context messages
   * would not leave room in the agent's prompt (below its warning threshold, beside
   * the system prompt, blocks and summary), the oldest are evicted to recall storage
   * with the summary pending, written at the next turn. A Letta file is mapped as
   * far as memsvc can hold it, and what could not be mapped is listed in `unmapped`.
   * Checked like what memsvc writes itself (INVALID_ARGUMENT naming the field, e.g.
   * `agent_file.messages[3].content`): user and system message content of at most
   * MEMSVC_MAX_MESSAGE_CHARS (reason MESSAGE_TOO_LARGE), no message over the agent's
   * prompt budget in tokens (MESSAGE_TOO_LARGE), message `turn_id` a UUID or empty,
   * message `create_time` from 1970 to now. INVALID_ARGUMENT for a file that is not
   * one of the two; FAILED_PRECONDITION (AGENT_FILE_VERSION) for a format version
   * this server does not read (it reads format_version 1 and Letta's two forms).
   */
  ImportAgent(argument: _memsvc_v1_ImportAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ImportAgentResponse__Output>): grpc.ClientUnaryCall;
  ImportAgent(argument: _memsvc_v1_ImportAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ImportAgentResponse__Output>): grpc.ClientUnaryCall;
  ImportAgent(argument: _memsvc_v1_ImportAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ImportAgentResponse__Output>): grpc.ClientUnaryCall;
  ImportAgent(argument: _memsvc_v1_ImportAgentRequest, callback: grpc.requestCallback<_memsvc_v1_ImportAgentResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Imports an agent: a memsvc AgentFile (from ExportAgent, on this server or
   * another, on SQLite or PostgreSQL), or a Letta Agent File (.af, JSON). The
   * agent, its messages and queue state are written in one transaction; then its
   * passages are embedded with its embedding model and stored. A memsvc file keeps
   * every field, ids included (ALREADY_EXISTS, reason AGENT_ALREADY_EXISTS, if the
   * caller's tenant has the agent, unless `assign_new_id`; if an id in the file is
   * taken by an agent the caller cannot see, such as another tenant's, the agent is
   * imported under new ids as with `assign_new_id`, revealing nothing: compare
   * `agent.id` in the response with the file's), except token counts: every message
   * is counted again with the agent's tokenizer, and if the in-context messages
   * would not leave room in the agent's prompt (below its warning threshold, beside
   * the system prompt, blocks and summary), the oldest are evicted to recall storage
   * with the summary pending, written at the next turn. A Letta file is mapped as
   * far as memsvc can hold it, and what could not be mapped is listed in `unmapped`.
   * Checked like what memsvc writes itself (INVALID_ARGUMENT naming the field, e.g.
   * `agent_file.messages[3].content`): user and system message content of at most
   * MEMSVC_MAX_MESSAGE_CHARS (reason MESSAGE_TOO_LARGE), no message over the agent's
   * prompt budget in tokens (MESSAGE_TOO_LARGE), message `turn_id` a UUID or empty,
   * message `create_time` from 1970 to now. INVALID_ARGUMENT for a file that is not
   * one of the two; FAILED_PRECONDITION (AGENT_FILE_VERSION) for a format version
   * this server does not read (it reads format_version 1 and Letta's two forms).
   */
  importAgent(argument: _memsvc_v1_ImportAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ImportAgentResponse__Output>): grpc.ClientUnaryCall;
  importAgent(argument: _memsvc_v1_ImportAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ImportAgentResponse__Output>): grpc.ClientUnaryCall;
  importAgent(argument: _memsvc_v1_ImportAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ImportAgentResponse__Output>): grpc.ClientUnaryCall;
  importAgent(argument: _memsvc_v1_ImportAgentRequest, callback: grpc.requestCallback<_memsvc_v1_ImportAgentResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Ingests a document into archival storage: the text is split into overlapping
   * chunks, embedded in batches and stored, with a progress event after each batch
   * and a result at the end. Plain text, Markdown and PDF are supported. Ingesting
   * the same document again adds nothing (chunks are stored once per agent by their
   * content). INVALID_ARGUMENT for an empty document, an unsupported type or a
   * document over the size limit (8 MiB by default); nothing is written then.
   */
  IngestDocument(argument: _memsvc_v1_IngestDocumentRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_memsvc_v1_IngestDocumentResponse__Output>;
  IngestDocument(argument: _memsvc_v1_IngestDocumentRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_memsvc_v1_IngestDocumentResponse__Output>;
  /**
   * Ingests a document into archival storage: the text is split into overlapping
   * chunks, embedded in batches and stored, with a progress event after each batch
   * and a result at the end. Plain text, Markdown and PDF are supported. Ingesting
   * the same document again adds nothing (chunks are stored once per agent by their
   * content). INVALID_ARGUMENT for an empty document, an unsupported type or a
   * document over the size limit (8 MiB by default); nothing is written then.
   */
  ingestDocument(argument: _memsvc_v1_IngestDocumentRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_memsvc_v1_IngestDocumentResponse__Output>;
  ingestDocument(argument: _memsvc_v1_IngestDocumentRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_memsvc_v1_IngestDocumentResponse__Output>;
  
  /**
   * Stores a passage in archival storage. The same content is stored once per agent:
   * a second insert returns the existing passage with `created` false. "The same"
   * ignores case, repeated spaces and final punctuation ("Alibaba likes green tea."
   * and "alibaba likes  green tea"), and also covers a passage whose meaning is
   * nearly identical (cosine similarity of their vectors at or above
   * MEMSVC_ARCHIVAL_DUPLICATE_SIMILARITY, 0.95 by default) and that says it in the
   * same words (stemmed, in any order, articles aside): then `similarity` says how
   * close it was. A passage close in meaning with another number, name, day or a
   * "not" ("Alice's phone number is 555-9876" after "... 555-1234") is a new fact and
   * is stored (`created` true), so the agent can update or delete the stale one.
   * UNAVAILABLE (reason EMBEDDING_UNAVAILABLE) if the embedding endpoint cannot be
   * reached; FAILED_PRECONDITION (EMBEDDING_DIMENSION_MISMATCH) if it returns
   * vectors of another dimension than the agent's embedding_dim.
   */
  InsertArchivalMemory(argument: _memsvc_v1_InsertArchivalMemoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_InsertArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  InsertArchivalMemory(argument: _memsvc_v1_InsertArchivalMemoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_InsertArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  InsertArchivalMemory(argument: _memsvc_v1_InsertArchivalMemoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_InsertArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  InsertArchivalMemory(argument: _memsvc_v1_InsertArchivalMemoryRequest, callback: grpc.requestCallback<_memsvc_v1_InsertArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Stores a passage in archival storage. The same content is stored once per agent:
   * a second insert returns the existing passage with `created` false. "The same"
   * ignores case, repeated spaces and final punctuation ("Alibaba likes green tea."
   * and "alibaba likes  green tea"), and also covers a passage whose meaning is
   * nearly identical (cosine similarity of their vectors at or above
   * MEMSVC_ARCHIVAL_DUPLICATE_SIMILARITY, 0.95 by default) and that says it in the
   * same words (stemmed, in any order, articles aside): then `similarity` says how
   * close it was. A passage close in meaning with another number, name, day or a
   * "not" ("Alice's phone number is 555-9876" after "... 555-1234") is a new fact and
   * is stored (`created` true), so the agent can update or delete the stale one.
   * UNAVAILABLE (reason EMBEDDING_UNAVAILABLE) if the embedding endpoint cannot be
   * reached; FAILED_PRECONDITION (EMBEDDING_DIMENSION_MISMATCH) if it returns
   * vectors of another dimension than the agent's embedding_dim.
   */
  insertArchivalMemory(argument: _memsvc_v1_InsertArchivalMemoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_InsertArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  insertArchivalMemory(argument: _memsvc_v1_InsertArchivalMemoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_InsertArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  insertArchivalMemory(argument: _memsvc_v1_InsertArchivalMemoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_InsertArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  insertArchivalMemory(argument: _memsvc_v1_InsertArchivalMemoryRequest, callback: grpc.requestCallback<_memsvc_v1_InsertArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists archival passages, oldest first.
   */
  ListArchivalMemories(argument: _memsvc_v1_ListArchivalMemoriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListArchivalMemoriesResponse__Output>): grpc.ClientUnaryCall;
  ListArchivalMemories(argument: _memsvc_v1_ListArchivalMemoriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListArchivalMemoriesResponse__Output>): grpc.ClientUnaryCall;
  ListArchivalMemories(argument: _memsvc_v1_ListArchivalMemoriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListArchivalMemoriesResponse__Output>): grpc.ClientUnaryCall;
  ListArchivalMemories(argument: _memsvc_v1_ListArchivalMemoriesRequest, callback: grpc.requestCallback<_memsvc_v1_ListArchivalMemoriesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists archival passages, oldest first.
   */
  listArchivalMemories(argument: _memsvc_v1_ListArchivalMemoriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListArchivalMemoriesResponse__Output>): grpc.ClientUnaryCall;
  listArchivalMemories(argument: _memsvc_v1_ListArchivalMemoriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListArchivalMemoriesResponse__Output>): grpc.ClientUnaryCall;
  listArchivalMemories(argument: _memsvc_v1_ListArchivalMemoriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListArchivalMemoriesResponse__Output>): grpc.ClientUnaryCall;
  listArchivalMemories(argument: _memsvc_v1_ListArchivalMemoriesRequest, callback: grpc.requestCallback<_memsvc_v1_ListArchivalMemoriesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists a passage's earlier versions, oldest first, and its current state.
   * Versions outlive the passage: a deleted passage's last text is its last
   * version. NOT_FOUND (PASSAGE_NOT_FOUND) if the agent never had the passage.
   */
  ListArchivalMemoryVersions(argument: _memsvc_v1_ListArchivalMemoryVersionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListArchivalMemoryVersionsResponse__Output>): grpc.ClientUnaryCall;
  ListArchivalMemoryVersions(argument: _memsvc_v1_ListArchivalMemoryVersionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListArchivalMemoryVersionsResponse__Output>): grpc.ClientUnaryCall;
  ListArchivalMemoryVersions(argument: _memsvc_v1_ListArchivalMemoryVersionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListArchivalMemoryVersionsResponse__Output>): grpc.ClientUnaryCall;
  ListArchivalMemoryVersions(argument: _memsvc_v1_ListArchivalMemoryVersionsRequest, callback: grpc.requestCallback<_memsvc_v1_ListArchivalMemoryVersionsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists a passage's earlier versions, oldest first, and its current state.
   * Versions outlive the passage: a deleted passage's last text is its last
   * version. NOT_FOUND (PASSAGE_NOT_FOUND) if the agent never had the passage.
   */
  listArchivalMemoryVersions(argument: _memsvc_v1_ListArchivalMemoryVersionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListArchivalMemoryVersionsResponse__Output>): grpc.ClientUnaryCall;
  listArchivalMemoryVersions(argument: _memsvc_v1_ListArchivalMemoryVersionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListArchivalMemoryVersionsResponse__Output>): grpc.ClientUnaryCall;
  listArchivalMemoryVersions(argument: _memsvc_v1_ListArchivalMemoryVersionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListArchivalMemoryVersionsResponse__Output>): grpc.ClientUnaryCall;
  listArchivalMemoryVersions(argument: _memsvc_v1_ListArchivalMemoryVersionsRequest, callback: grpc.requestCallback<_memsvc_v1_ListArchivalMemoryVersionsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists an agent's working-context blocks, ordered by label.
   */
  ListMemoryBlocks(argument: _memsvc_v1_ListMemoryBlocksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListMemoryBlocksResponse__Output>): grpc.ClientUnaryCall;
  ListMemoryBlocks(argument: _memsvc_v1_ListMemoryBlocksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListMemoryBlocksResponse__Output>): grpc.ClientUnaryCall;
  ListMemoryBlocks(argument: _memsvc_v1_ListMemoryBlocksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListMemoryBlocksResponse__Output>): grpc.ClientUnaryCall;
  ListMemoryBlocks(argument: _memsvc_v1_ListMemoryBlocksRequest, callback: grpc.requestCallback<_memsvc_v1_ListMemoryBlocksResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists an agent's working-context blocks, ordered by label.
   */
  listMemoryBlocks(argument: _memsvc_v1_ListMemoryBlocksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListMemoryBlocksResponse__Output>): grpc.ClientUnaryCall;
  listMemoryBlocks(argument: _memsvc_v1_ListMemoryBlocksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListMemoryBlocksResponse__Output>): grpc.ClientUnaryCall;
  listMemoryBlocks(argument: _memsvc_v1_ListMemoryBlocksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListMemoryBlocksResponse__Output>): grpc.ClientUnaryCall;
  listMemoryBlocks(argument: _memsvc_v1_ListMemoryBlocksRequest, callback: grpc.requestCallback<_memsvc_v1_ListMemoryBlocksResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists recall storage, oldest first.
   */
  ListRecallMessages(argument: _memsvc_v1_ListRecallMessagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListRecallMessagesResponse__Output>): grpc.ClientUnaryCall;
  ListRecallMessages(argument: _memsvc_v1_ListRecallMessagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListRecallMessagesResponse__Output>): grpc.ClientUnaryCall;
  ListRecallMessages(argument: _memsvc_v1_ListRecallMessagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListRecallMessagesResponse__Output>): grpc.ClientUnaryCall;
  ListRecallMessages(argument: _memsvc_v1_ListRecallMessagesRequest, callback: grpc.requestCallback<_memsvc_v1_ListRecallMessagesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists recall storage, oldest first.
   */
  listRecallMessages(argument: _memsvc_v1_ListRecallMessagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListRecallMessagesResponse__Output>): grpc.ClientUnaryCall;
  listRecallMessages(argument: _memsvc_v1_ListRecallMessagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListRecallMessagesResponse__Output>): grpc.ClientUnaryCall;
  listRecallMessages(argument: _memsvc_v1_ListRecallMessagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListRecallMessagesResponse__Output>): grpc.ClientUnaryCall;
  listRecallMessages(argument: _memsvc_v1_ListRecallMessagesRequest, callback: grpc.requestCallback<_memsvc_v1_ListRecallMessagesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Searches archival storage by meaning and by words, fused into one ranking (the
   * nearest passages by the agent's embedding model, and bm25 with the agent's own
   * statistics). Tag and date filters are applied inside the vector search, so
   * `page_size` results come back whenever that many match. Every page is a slice
   * of the same ranking.
   */
  SearchArchivalMemory(argument: _memsvc_v1_SearchArchivalMemoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_SearchArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  SearchArchivalMemory(argument: _memsvc_v1_SearchArchivalMemoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_SearchArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  SearchArchivalMemory(argument: _memsvc_v1_SearchArchivalMemoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_SearchArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  SearchArchivalMemory(argument: _memsvc_v1_SearchArchivalMemoryRequest, callback: grpc.requestCallback<_memsvc_v1_SearchArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Searches archival storage by meaning and by words, fused into one ranking (the
   * nearest passages by the agent's embedding model, and bm25 with the agent's own
   * statistics). Tag and date filters are applied inside the vector search, so
   * `page_size` results come back whenever that many match. Every page is a slice
   * of the same ranking.
   */
  searchArchivalMemory(argument: _memsvc_v1_SearchArchivalMemoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_SearchArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  searchArchivalMemory(argument: _memsvc_v1_SearchArchivalMemoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_SearchArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  searchArchivalMemory(argument: _memsvc_v1_SearchArchivalMemoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_SearchArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  searchArchivalMemory(argument: _memsvc_v1_SearchArchivalMemoryRequest, callback: grpc.requestCallback<_memsvc_v1_SearchArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Searches recall storage by text and by date. With words, what users and agents
   * said is ranked by words (bm25 with the agent's own statistics) and by meaning
   * (the agent's embedding model), fused into one ranking; a message also ranks
   * with a share of its best neighbouring turn's score, since an answer often
   * follows the turn that shares the question's words. Every page is a slice of
   * the same ranking. When `query` is empty, or `roles` asks for tool or system
   * messages, the date range newest first (tool and system messages by full text).
   */
  SearchRecallMessages(argument: _memsvc_v1_SearchRecallMessagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_SearchRecallMessagesResponse__Output>): grpc.ClientUnaryCall;
  SearchRecallMessages(argument: _memsvc_v1_SearchRecallMessagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_SearchRecallMessagesResponse__Output>): grpc.ClientUnaryCall;
  SearchRecallMessages(argument: _memsvc_v1_SearchRecallMessagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_SearchRecallMessagesResponse__Output>): grpc.ClientUnaryCall;
  SearchRecallMessages(argument: _memsvc_v1_SearchRecallMessagesRequest, callback: grpc.requestCallback<_memsvc_v1_SearchRecallMessagesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Searches recall storage by text and by date. With words, what users and agents
   * said is ranked by words (bm25 with the agent's own statistics) and by meaning
   * (the agent's embedding model), fused into one ranking; a message also ranks
   * with a share of its best neighbouring turn's score, since an answer often
   * follows the turn that shares the question's words. Every page is a slice of
   * the same ranking. When `query` is empty, or `roles` asks for tool or system
   * messages, the date range newest first (tool and system messages by full text).
   */
  searchRecallMessages(argument: _memsvc_v1_SearchRecallMessagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_SearchRecallMessagesResponse__Output>): grpc.ClientUnaryCall;
  searchRecallMessages(argument: _memsvc_v1_SearchRecallMessagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_SearchRecallMessagesResponse__Output>): grpc.ClientUnaryCall;
  searchRecallMessages(argument: _memsvc_v1_SearchRecallMessagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_SearchRecallMessagesResponse__Output>): grpc.ClientUnaryCall;
  searchRecallMessages(argument: _memsvc_v1_SearchRecallMessagesRequest, callback: grpc.requestCallback<_memsvc_v1_SearchRecallMessagesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Replaces a passage's text (and, with "tags" in `update_mask`, its tags),
   * keeping its id; the text is embedded again, and the text before is kept as a
   * version (ListArchivalMemoryVersions). NOT_FOUND (PASSAGE_NOT_FOUND) if the
   * agent has no such passage; ALREADY_EXISTS (PASSAGE_DUPLICATE) if another of
   * its passages already says the same (its id in the error's metadata). Errors
   * of embedding as InsertArchivalMemory.
   */
  UpdateArchivalMemory(argument: _memsvc_v1_UpdateArchivalMemoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_UpdateArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  UpdateArchivalMemory(argument: _memsvc_v1_UpdateArchivalMemoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_UpdateArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  UpdateArchivalMemory(argument: _memsvc_v1_UpdateArchivalMemoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_UpdateArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  UpdateArchivalMemory(argument: _memsvc_v1_UpdateArchivalMemoryRequest, callback: grpc.requestCallback<_memsvc_v1_UpdateArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Replaces a passage's text (and, with "tags" in `update_mask`, its tags),
   * keeping its id; the text is embedded again, and the text before is kept as a
   * version (ListArchivalMemoryVersions). NOT_FOUND (PASSAGE_NOT_FOUND) if the
   * agent has no such passage; ALREADY_EXISTS (PASSAGE_DUPLICATE) if another of
   * its passages already says the same (its id in the error's metadata). Errors
   * of embedding as InsertArchivalMemory.
   */
  updateArchivalMemory(argument: _memsvc_v1_UpdateArchivalMemoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_UpdateArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  updateArchivalMemory(argument: _memsvc_v1_UpdateArchivalMemoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_UpdateArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  updateArchivalMemory(argument: _memsvc_v1_UpdateArchivalMemoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_UpdateArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  updateArchivalMemory(argument: _memsvc_v1_UpdateArchivalMemoryRequest, callback: grpc.requestCallback<_memsvc_v1_UpdateArchivalMemoryResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Sets a block's value, limit, description or read_only flag (named in
   * `update_mask`), atomically. INVALID_ARGUMENT (reason BLOCK_LIMIT_EXCEEDED) if
   * the value would be over the limit.
   */
  UpdateMemoryBlock(argument: _memsvc_v1_UpdateMemoryBlockRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_UpdateMemoryBlockResponse__Output>): grpc.ClientUnaryCall;
  UpdateMemoryBlock(argument: _memsvc_v1_UpdateMemoryBlockRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_UpdateMemoryBlockResponse__Output>): grpc.ClientUnaryCall;
  UpdateMemoryBlock(argument: _memsvc_v1_UpdateMemoryBlockRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_UpdateMemoryBlockResponse__Output>): grpc.ClientUnaryCall;
  UpdateMemoryBlock(argument: _memsvc_v1_UpdateMemoryBlockRequest, callback: grpc.requestCallback<_memsvc_v1_UpdateMemoryBlockResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Sets a block's value, limit, description or read_only flag (named in
   * `update_mask`), atomically. INVALID_ARGUMENT (reason BLOCK_LIMIT_EXCEEDED) if
   * the value would be over the limit.
   */
  updateMemoryBlock(argument: _memsvc_v1_UpdateMemoryBlockRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_UpdateMemoryBlockResponse__Output>): grpc.ClientUnaryCall;
  updateMemoryBlock(argument: _memsvc_v1_UpdateMemoryBlockRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_UpdateMemoryBlockResponse__Output>): grpc.ClientUnaryCall;
  updateMemoryBlock(argument: _memsvc_v1_UpdateMemoryBlockRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_UpdateMemoryBlockResponse__Output>): grpc.ClientUnaryCall;
  updateMemoryBlock(argument: _memsvc_v1_UpdateMemoryBlockRequest, callback: grpc.requestCallback<_memsvc_v1_UpdateMemoryBlockResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * MemoryService runs on the memory server (the store). It keeps every tier of an
 * agent's memory: working-context blocks, recall storage (every message) and
 * archival storage (passages searched by meaning, in Qdrant). The executor calls it
 * on the LLM's behalf; clients may call it directly to read or curate memory.
 * 
 * Every request names an existing agent: NOT_FOUND (reason AGENT_NOT_FOUND)
 * otherwise.
 */
export interface MemoryServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Appends messages to recall storage only (not to the agent's main context), e.g.
   * to import an earlier conversation, or the write side of an external agent loop
   * (user, assistant and system messages, each with its original `create_time`).
   * INVALID_ARGUMENT for an empty or oversized message, a tool role, or a time out
   * of range.
   */
  AppendRecallMessages: grpc.handleUnaryCall<_memsvc_v1_AppendRecallMessagesRequest__Output, _memsvc_v1_AppendRecallMessagesResponse>;
  
  /**
   * Stores up to 1000 passages at once, with optional creation times (to import
   * earlier notes). All passages are checked before anything is written; then they
   * are embedded in batches and stored. Content already stored for the agent (the
   * same text, ignoring case, spaces and final punctuation) is reported with
   * `created` false; imports are not compared by meaning. Errors as
   * InsertArchivalMemory.
   */
  BatchInsertArchivalMemories: grpc.handleUnaryCall<_memsvc_v1_BatchInsertArchivalMemoriesRequest__Output, _memsvc_v1_BatchInsertArchivalMemoriesResponse>;
  
  /**
   * Deletes a passage (its last text is kept as a version). NOT_FOUND (reason
   * PASSAGE_NOT_FOUND) if the agent has none with that id.
   */
  DeleteArchivalMemory: grpc.handleUnaryCall<_memsvc_v1_DeleteArchivalMemoryRequest__Output, _memsvc_v1_DeleteArchivalMemoryResponse>;
  
  /**
   * Appends to or replaces text in a block, atomically: what `core_memory_append`
   * and `core_memory_replace` do. INVALID_ARGUMENT with reason BLOCK_LIMIT_EXCEEDED
   * if the result would be over the limit, TEXT_NOT_FOUND if the text to replace is
   * absent; FAILED_PRECONDITION (BLOCK_READ_ONLY) for a read-only block when
   * `respect_read_only` is set.
   */
  EditMemoryBlock: grpc.handleUnaryCall<_memsvc_v1_EditMemoryBlockRequest__Output, _memsvc_v1_EditMemoryBlockResponse>;
  
  /**
   * Exports an agent with all of its memory as one versioned AgentFile: blocks,
   * every message, the queue and summary state, archival passages. The file must fit
   * in one response (MEMSVC_GRPC_MAX_MESSAGE_BYTES, 16 MiB by default):
   * RESOURCE_EXHAUSTED otherwise. NOT_FOUND for an unknown agent.
   */
  ExportAgent: grpc.handleUnaryCall<_memsvc_v1_ExportAgentRequest__Output, _memsvc_v1_ExportAgentResponse>;
  
  /**
   * Returns the agent's memory, ready to put into a prompt, for an agent loop that
   * is not memsvc's own (a coding assistant, an app's own loop): the working-context
   * blocks, the recursive summary, then the recall messages and archival passages
   * most relevant to `query` (or, without one, to `recent_messages`, or else to the
   * agent's latest stored messages), best first, alternating between the two, until
   * `token_budget` is spent. Each item says where it came from. Tokens are counted
   * with the agent's model's tokenizer (see `tokenizer`). Reads only.
   * UNAVAILABLE (reason EMBEDDING_UNAVAILABLE) if the embedding endpoint cannot be
   * reached; INVALID_ARGUMENT for a budget or limit out of range.
   */
  GetContextBlock: grpc.handleUnaryCall<_memsvc_v1_GetContextBlockRequest__Output, _memsvc_v1_GetContextBlockResponse>;
  
  /**
   * Returns one block. NOT_FOUND (reason BLOCK_NOT_FOUND) if the agent has no block
   * with that label.
   */
  GetMemoryBlock: grpc.handleUnaryCall<_memsvc_v1_GetMemoryBlockRequest__Output, _memsvc_v1_GetMemoryBlockResponse>;
  
  /**
   * Imports an agent: a memsvc AgentFile (from ExportAgent, on this server or
   * another, on SQLite or PostgreSQL), or a Letta Agent File (.af, JSON). The
   * agent, its messages and queue state are written in one transaction; then its
   * passages are embedded with its embedding model and stored. A memsvc file keeps
   * every field, ids included (ALREADY_EXISTS, reason AGENT_ALREADY_EXISTS, if the
   * caller's tenant has the agent, unless `assign_new_id`; if an id in the file is
   * taken by an agent the caller cannot see, such as another tenant's, the agent is
   * imported under new ids as with `assign_new_id`, revealing nothing: compare
   * `agent.id` in the response with the file's), except token counts: every message
   * is counted again with the agent's tokenizer, and if the in-context messages
   * would not leave room in the agent's prompt (below its warning threshold, beside
   * the system prompt, blocks and summary), the oldest are evicted to recall storage
   * with the summary pending, written at the next turn. A Letta file is mapped as
   * far as memsvc can hold it, and what could not be mapped is listed in `unmapped`.
   * Checked like what memsvc writes itself (INVALID_ARGUMENT naming the field, e.g.
   * `agent_file.messages[3].content`): user and system message content of at most
   * MEMSVC_MAX_MESSAGE_CHARS (reason MESSAGE_TOO_LARGE), no message over the agent's
   * prompt budget in tokens (MESSAGE_TOO_LARGE), message `turn_id` a UUID or empty,
   * message `create_time` from 1970 to now. INVALID_ARGUMENT for a file that is not
   * one of the two; FAILED_PRECONDITION (AGENT_FILE_VERSION) for a format version
   * this server does not read (it reads format_version 1 and Letta's two forms).
   */
  ImportAgent: grpc.handleUnaryCall<_memsvc_v1_ImportAgentRequest__Output, _memsvc_v1_ImportAgentResponse>;
  
  /**
   * Ingests a document into archival storage: the text is split into overlapping
   * chunks, embedded in batches and stored, with a progress event after each batch
   * and a result at the end. Plain text, Markdown and PDF are supported. Ingesting
   * the same document again adds nothing (chunks are stored once per agent by their
   * content). INVALID_ARGUMENT for an empty document, an unsupported type or a
   * document over the size limit (8 MiB by default); nothing is written then.
   */
  IngestDocument: grpc.handleServerStreamingCall<_memsvc_v1_IngestDocumentRequest__Output, _memsvc_v1_IngestDocumentResponse>;
  
  /**
   * Stores a passage in archival storage. The same content is stored once per agent:
   * a second insert returns the existing passage with `created` false. "The same"
   * ignores case, repeated spaces and final punctuation ("Alibaba likes green tea."
   * and "alibaba likes  green tea"), and also covers a passage whose meaning is
   * nearly identical (cosine similarity of their vectors at or above
   * MEMSVC_ARCHIVAL_DUPLICATE_SIMILARITY, 0.95 by default) and that says it in the
   * same words (stemmed, in any order, articles aside): then `similarity` says how
   * close it was. A passage close in meaning with another number, name, day or a
   * "not" ("Alice's phone number is 555-9876" after "... 555-1234") is a new fact and
   * is stored (`created` true), so the agent can update or delete the stale one.
   * UNAVAILABLE (reason EMBEDDING_UNAVAILABLE) if the embedding endpoint cannot be
   * reached; FAILED_PRECONDITION (EMBEDDING_DIMENSION_MISMATCH) if it returns
   * vectors of another dimension than the agent's embedding_dim.
   */
  InsertArchivalMemory: grpc.handleUnaryCall<_memsvc_v1_InsertArchivalMemoryRequest__Output, _memsvc_v1_InsertArchivalMemoryResponse>;
  
  /**
   * Lists archival passages, oldest first.
   */
  ListArchivalMemories: grpc.handleUnaryCall<_memsvc_v1_ListArchivalMemoriesRequest__Output, _memsvc_v1_ListArchivalMemoriesResponse>;
  
  /**
   * Lists a passage's earlier versions, oldest first, and its current state.
   * Versions outlive the passage: a deleted passage's last text is its last
   * version. NOT_FOUND (PASSAGE_NOT_FOUND) if the agent never had the passage.
   */
  ListArchivalMemoryVersions: grpc.handleUnaryCall<_memsvc_v1_ListArchivalMemoryVersionsRequest__Output, _memsvc_v1_ListArchivalMemoryVersionsResponse>;
  
  /**
   * Lists an agent's working-context blocks, ordered by label.
   */
  ListMemoryBlocks: grpc.handleUnaryCall<_memsvc_v1_ListMemoryBlocksRequest__Output, _memsvc_v1_ListMemoryBlocksResponse>;
  
  /**
   * Lists recall storage, oldest first.
   */
  ListRecallMessages: grpc.handleUnaryCall<_memsvc_v1_ListRecallMessagesRequest__Output, _memsvc_v1_ListRecallMessagesResponse>;
  
  /**
   * Searches archival storage by meaning and by words, fused into one ranking (the
   * nearest passages by the agent's embedding model, and bm25 with the agent's own
   * statistics). Tag and date filters are applied inside the vector search, so
   * `page_size` results come back whenever that many match. Every page is a slice
   * of the same ranking.
   */
  SearchArchivalMemory: grpc.handleUnaryCall<_memsvc_v1_SearchArchivalMemoryRequest__Output, _memsvc_v1_SearchArchivalMemoryResponse>;
  
  /**
   * Searches recall storage by text and by date. With words, what users and agents
   * said is ranked by words (bm25 with the agent's own statistics) and by meaning
   * (the agent's embedding model), fused into one ranking; a message also ranks
   * with a share of its best neighbouring turn's score, since an answer often
   * follows the turn that shares the question's words. Every page is a slice of
   * the same ranking. When `query` is empty, or `roles` asks for tool or system
   * messages, the date range newest first (tool and system messages by full text).
   */
  SearchRecallMessages: grpc.handleUnaryCall<_memsvc_v1_SearchRecallMessagesRequest__Output, _memsvc_v1_SearchRecallMessagesResponse>;
  
  /**
   * Replaces a passage's text (and, with "tags" in `update_mask`, its tags),
   * keeping its id; the text is embedded again, and the text before is kept as a
   * version (ListArchivalMemoryVersions). NOT_FOUND (PASSAGE_NOT_FOUND) if the
   * agent has no such passage; ALREADY_EXISTS (PASSAGE_DUPLICATE) if another of
   * its passages already says the same (its id in the error's metadata). Errors
   * of embedding as InsertArchivalMemory.
   */
  UpdateArchivalMemory: grpc.handleUnaryCall<_memsvc_v1_UpdateArchivalMemoryRequest__Output, _memsvc_v1_UpdateArchivalMemoryResponse>;
  
  /**
   * Sets a block's value, limit, description or read_only flag (named in
   * `update_mask`), atomically. INVALID_ARGUMENT (reason BLOCK_LIMIT_EXCEEDED) if
   * the value would be over the limit.
   */
  UpdateMemoryBlock: grpc.handleUnaryCall<_memsvc_v1_UpdateMemoryBlockRequest__Output, _memsvc_v1_UpdateMemoryBlockResponse>;
  
}

export interface MemoryServiceDefinition extends grpc.ServiceDefinition {
  AppendRecallMessages: MethodDefinition<_memsvc_v1_AppendRecallMessagesRequest, _memsvc_v1_AppendRecallMessagesResponse, _memsvc_v1_AppendRecallMessagesRequest__Output, _memsvc_v1_AppendRecallMessagesResponse__Output>
  BatchInsertArchivalMemories: MethodDefinition<_memsvc_v1_BatchInsertArchivalMemoriesRequest, _memsvc_v1_BatchInsertArchivalMemoriesResponse, _memsvc_v1_BatchInsertArchivalMemoriesRequest__Output, _memsvc_v1_BatchInsertArchivalMemoriesResponse__Output>
  DeleteArchivalMemory: MethodDefinition<_memsvc_v1_DeleteArchivalMemoryRequest, _memsvc_v1_DeleteArchivalMemoryResponse, _memsvc_v1_DeleteArchivalMemoryRequest__Output, _memsvc_v1_DeleteArchivalMemoryResponse__Output>
  EditMemoryBlock: MethodDefinition<_memsvc_v1_EditMemoryBlockRequest, _memsvc_v1_EditMemoryBlockResponse, _memsvc_v1_EditMemoryBlockRequest__Output, _memsvc_v1_EditMemoryBlockResponse__Output>
  ExportAgent: MethodDefinition<_memsvc_v1_ExportAgentRequest, _memsvc_v1_ExportAgentResponse, _memsvc_v1_ExportAgentRequest__Output, _memsvc_v1_ExportAgentResponse__Output>
  GetContextBlock: MethodDefinition<_memsvc_v1_GetContextBlockRequest, _memsvc_v1_GetContextBlockResponse, _memsvc_v1_GetContextBlockRequest__Output, _memsvc_v1_GetContextBlockResponse__Output>
  GetMemoryBlock: MethodDefinition<_memsvc_v1_GetMemoryBlockRequest, _memsvc_v1_GetMemoryBlockResponse, _memsvc_v1_GetMemoryBlockRequest__Output, _memsvc_v1_GetMemoryBlockResponse__Output>
  ImportAgent: MethodDefinition<_memsvc_v1_ImportAgentRequest, _memsvc_v1_ImportAgentResponse, _memsvc_v1_ImportAgentRequest__Output, _memsvc_v1_ImportAgentResponse__Output>
  IngestDocument: MethodDefinition<_memsvc_v1_IngestDocumentRequest, _memsvc_v1_IngestDocumentResponse, _memsvc_v1_IngestDocumentRequest__Output, _memsvc_v1_IngestDocumentResponse__Output>
  InsertArchivalMemory: MethodDefinition<_memsvc_v1_InsertArchivalMemoryRequest, _memsvc_v1_InsertArchivalMemoryResponse, _memsvc_v1_InsertArchivalMemoryRequest__Output, _memsvc_v1_InsertArchivalMemoryResponse__Output>
  ListArchivalMemories: MethodDefinition<_memsvc_v1_ListArchivalMemoriesRequest, _memsvc_v1_ListArchivalMemoriesResponse, _memsvc_v1_ListArchivalMemoriesRequest__Output, _memsvc_v1_ListArchivalMemoriesResponse__Output>
  ListArchivalMemoryVersions: MethodDefinition<_memsvc_v1_ListArchivalMemoryVersionsRequest, _memsvc_v1_ListArchivalMemoryVersionsResponse, _memsvc_v1_ListArchivalMemoryVersionsRequest__Output, _memsvc_v1_ListArchivalMemoryVersionsResponse__Output>
  ListMemoryBlocks: MethodDefinition<_memsvc_v1_ListMemoryBlocksRequest, _memsvc_v1_ListMemoryBlocksResponse, _memsvc_v1_ListMemoryBlocksRequest__Output, _memsvc_v1_ListMemoryBlocksResponse__Output>
  ListRecallMessages: MethodDefinition<_memsvc_v1_ListRecallMessagesRequest, _memsvc_v1_ListRecallMessagesResponse, _memsvc_v1_ListRecallMessagesRequest__Output, _memsvc_v1_ListRecallMessagesResponse__Output>
  SearchArchivalMemory: MethodDefinition<_memsvc_v1_SearchArchivalMemoryRequest, _memsvc_v1_SearchArchivalMemoryResponse, _memsvc_v1_SearchArchivalMemoryRequest__Output, _memsvc_v1_SearchArchivalMemoryResponse__Output>
  SearchRecallMessages: MethodDefinition<_memsvc_v1_SearchRecallMessagesRequest, _memsvc_v1_SearchRecallMessagesResponse, _memsvc_v1_SearchRecallMessagesRequest__Output, _memsvc_v1_SearchRecallMessagesResponse__Output>
  UpdateArchivalMemory: MethodDefinition<_memsvc_v1_UpdateArchivalMemoryRequest, _memsvc_v1_UpdateArchivalMemoryResponse, _memsvc_v1_UpdateArchivalMemoryRequest__Output, _memsvc_v1_UpdateArchivalMemoryResponse__Output>
  UpdateMemoryBlock: MethodDefinition<_memsvc_v1_UpdateMemoryBlockRequest, _memsvc_v1_UpdateMemoryBlockResponse, _memsvc_v1_UpdateMemoryBlockRequest__Output, _memsvc_v1_UpdateMemoryBlockResponse__Output>
}
