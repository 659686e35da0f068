import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from './google/protobuf/FieldMask.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp.js';
import type { Agent as _memsvc_v1_Agent, Agent__Output as _memsvc_v1_Agent__Output } from './memsvc/v1/Agent.js';
import type { AppendRecallMessagesRequest as _memsvc_v1_AppendRecallMessagesRequest, AppendRecallMessagesRequest__Output as _memsvc_v1_AppendRecallMessagesRequest__Output } from './memsvc/v1/AppendRecallMessagesRequest.js';
import type { AppendRecallMessagesResponse as _memsvc_v1_AppendRecallMessagesResponse, AppendRecallMessagesResponse__Output as _memsvc_v1_AppendRecallMessagesResponse__Output } from './memsvc/v1/AppendRecallMessagesResponse.js';
import type { AppendText as _memsvc_v1_AppendText, AppendText__Output as _memsvc_v1_AppendText__Output } from './memsvc/v1/AppendText.js';
import type { ArchivalHit as _memsvc_v1_ArchivalHit, ArchivalHit__Output as _memsvc_v1_ArchivalHit__Output } from './memsvc/v1/ArchivalHit.js';
import type { BatchInsertArchivalMemoriesRequest as _memsvc_v1_BatchInsertArchivalMemoriesRequest, BatchInsertArchivalMemoriesRequest__Output as _memsvc_v1_BatchInsertArchivalMemoriesRequest__Output } from './memsvc/v1/BatchInsertArchivalMemoriesRequest.js';
import type { BatchInsertArchivalMemoriesResponse as _memsvc_v1_BatchInsertArchivalMemoriesResponse, BatchInsertArchivalMemoriesResponse__Output as _memsvc_v1_BatchInsertArchivalMemoriesResponse__Output } from './memsvc/v1/BatchInsertArchivalMemoriesResponse.js';
import type { ContextConfig as _memsvc_v1_ContextConfig, ContextConfig__Output as _memsvc_v1_ContextConfig__Output } from './memsvc/v1/ContextConfig.js';
import type { DeleteArchivalMemoryRequest as _memsvc_v1_DeleteArchivalMemoryRequest, DeleteArchivalMemoryRequest__Output as _memsvc_v1_DeleteArchivalMemoryRequest__Output } from './memsvc/v1/DeleteArchivalMemoryRequest.js';
import type { DeleteArchivalMemoryResponse as _memsvc_v1_DeleteArchivalMemoryResponse, DeleteArchivalMemoryResponse__Output as _memsvc_v1_DeleteArchivalMemoryResponse__Output } from './memsvc/v1/DeleteArchivalMemoryResponse.js';
import type { EditMemoryBlockRequest as _memsvc_v1_EditMemoryBlockRequest, EditMemoryBlockRequest__Output as _memsvc_v1_EditMemoryBlockRequest__Output } from './memsvc/v1/EditMemoryBlockRequest.js';
import type { EditMemoryBlockResponse as _memsvc_v1_EditMemoryBlockResponse, EditMemoryBlockResponse__Output as _memsvc_v1_EditMemoryBlockResponse__Output } from './memsvc/v1/EditMemoryBlockResponse.js';
import type { EmbeddingConfig as _memsvc_v1_EmbeddingConfig, EmbeddingConfig__Output as _memsvc_v1_EmbeddingConfig__Output } from './memsvc/v1/EmbeddingConfig.js';
import type { GetMemoryBlockRequest as _memsvc_v1_GetMemoryBlockRequest, GetMemoryBlockRequest__Output as _memsvc_v1_GetMemoryBlockRequest__Output } from './memsvc/v1/GetMemoryBlockRequest.js';
import type { GetMemoryBlockResponse as _memsvc_v1_GetMemoryBlockResponse, GetMemoryBlockResponse__Output as _memsvc_v1_GetMemoryBlockResponse__Output } from './memsvc/v1/GetMemoryBlockResponse.js';
import type { IngestDocumentRequest as _memsvc_v1_IngestDocumentRequest, IngestDocumentRequest__Output as _memsvc_v1_IngestDocumentRequest__Output } from './memsvc/v1/IngestDocumentRequest.js';
import type { IngestDocumentResponse as _memsvc_v1_IngestDocumentResponse, IngestDocumentResponse__Output as _memsvc_v1_IngestDocumentResponse__Output } from './memsvc/v1/IngestDocumentResponse.js';
import type { IngestProgress as _memsvc_v1_IngestProgress, IngestProgress__Output as _memsvc_v1_IngestProgress__Output } from './memsvc/v1/IngestProgress.js';
import type { IngestResult as _memsvc_v1_IngestResult, IngestResult__Output as _memsvc_v1_IngestResult__Output } from './memsvc/v1/IngestResult.js';
import type { InsertArchivalMemoryRequest as _memsvc_v1_InsertArchivalMemoryRequest, InsertArchivalMemoryRequest__Output as _memsvc_v1_InsertArchivalMemoryRequest__Output } from './memsvc/v1/InsertArchivalMemoryRequest.js';
import type { InsertArchivalMemoryResponse as _memsvc_v1_InsertArchivalMemoryResponse, InsertArchivalMemoryResponse__Output as _memsvc_v1_InsertArchivalMemoryResponse__Output } from './memsvc/v1/InsertArchivalMemoryResponse.js';
import type { InsertedPassage as _memsvc_v1_InsertedPassage, InsertedPassage__Output as _memsvc_v1_InsertedPassage__Output } from './memsvc/v1/InsertedPassage.js';
import type { ListArchivalMemoriesRequest as _memsvc_v1_ListArchivalMemoriesRequest, ListArchivalMemoriesRequest__Output as _memsvc_v1_ListArchivalMemoriesRequest__Output } from './memsvc/v1/ListArchivalMemoriesRequest.js';
import type { ListArchivalMemoriesResponse as _memsvc_v1_ListArchivalMemoriesResponse, ListArchivalMemoriesResponse__Output as _memsvc_v1_ListArchivalMemoriesResponse__Output } from './memsvc/v1/ListArchivalMemoriesResponse.js';
import type { ListMemoryBlocksRequest as _memsvc_v1_ListMemoryBlocksRequest, ListMemoryBlocksRequest__Output as _memsvc_v1_ListMemoryBlocksRequest__Output } from './memsvc/v1/ListMemoryBlocksRequest.js';
import type { ListMemoryBlocksResponse as _memsvc_v1_ListMemoryBlocksResponse, ListMemoryBlocksResponse__Output as _memsvc_v1_ListMemoryBlocksResponse__Output } from './memsvc/v1/ListMemoryBlocksResponse.js';
import type { ListRecallMessagesRequest as _memsvc_v1_ListRecallMessagesRequest, ListRecallMessagesRequest__Output as _memsvc_v1_ListRecallMessagesRequest__Output } from './memsvc/v1/ListRecallMessagesRequest.js';
import type { ListRecallMessagesResponse as _memsvc_v1_ListRecallMessagesResponse, ListRecallMessagesResponse__Output as _memsvc_v1_ListRecallMessagesResponse__Output } from './memsvc/v1/ListRecallMessagesResponse.js';
import type { LlmConfig as _memsvc_v1_LlmConfig, LlmConfig__Output as _memsvc_v1_LlmConfig__Output } from './memsvc/v1/LlmConfig.js';
import type { MemoryBlock as _memsvc_v1_MemoryBlock, MemoryBlock__Output as _memsvc_v1_MemoryBlock__Output } from './memsvc/v1/MemoryBlock.js';
import type { MemoryServiceClient as _memsvc_v1_MemoryServiceClient, MemoryServiceDefinition as _memsvc_v1_MemoryServiceDefinition } from './memsvc/v1/MemoryService.js';
import type { Message as _memsvc_v1_Message, Message__Output as _memsvc_v1_Message__Output } from './memsvc/v1/Message.js';
import type { MessageInput as _memsvc_v1_MessageInput, MessageInput__Output as _memsvc_v1_MessageInput__Output } from './memsvc/v1/MessageInput.js';
import type { Passage as _memsvc_v1_Passage, Passage__Output as _memsvc_v1_Passage__Output } from './memsvc/v1/Passage.js';
import type { PassageInput as _memsvc_v1_PassageInput, PassageInput__Output as _memsvc_v1_PassageInput__Output } from './memsvc/v1/PassageInput.js';
import type { RecallHit as _memsvc_v1_RecallHit, RecallHit__Output as _memsvc_v1_RecallHit__Output } from './memsvc/v1/RecallHit.js';
import type { ReplaceText as _memsvc_v1_ReplaceText, ReplaceText__Output as _memsvc_v1_ReplaceText__Output } from './memsvc/v1/ReplaceText.js';
import type { SearchArchivalMemoryRequest as _memsvc_v1_SearchArchivalMemoryRequest, SearchArchivalMemoryRequest__Output as _memsvc_v1_SearchArchivalMemoryRequest__Output } from './memsvc/v1/SearchArchivalMemoryRequest.js';
import type { SearchArchivalMemoryResponse as _memsvc_v1_SearchArchivalMemoryResponse, SearchArchivalMemoryResponse__Output as _memsvc_v1_SearchArchivalMemoryResponse__Output } from './memsvc/v1/SearchArchivalMemoryResponse.js';
import type { SearchRecallMessagesRequest as _memsvc_v1_SearchRecallMessagesRequest, SearchRecallMessagesRequest__Output as _memsvc_v1_SearchRecallMessagesRequest__Output } from './memsvc/v1/SearchRecallMessagesRequest.js';
import type { SearchRecallMessagesResponse as _memsvc_v1_SearchRecallMessagesResponse, SearchRecallMessagesResponse__Output as _memsvc_v1_SearchRecallMessagesResponse__Output } from './memsvc/v1/SearchRecallMessagesResponse.js';
import type { ToolCall as _memsvc_v1_ToolCall, ToolCall__Output as _memsvc_v1_ToolCall__Output } from './memsvc/v1/ToolCall.js';
import type { UpdateMemoryBlockRequest as _memsvc_v1_UpdateMemoryBlockRequest, UpdateMemoryBlockRequest__Output as _memsvc_v1_UpdateMemoryBlockRequest__Output } from './memsvc/v1/UpdateMemoryBlockRequest.js';
import type { UpdateMemoryBlockResponse as _memsvc_v1_UpdateMemoryBlockResponse, UpdateMemoryBlockResponse__Output as _memsvc_v1_UpdateMemoryBlockResponse__Output } from './memsvc/v1/UpdateMemoryBlockResponse.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      FieldMask: MessageTypeDefinition<_google_protobuf_FieldMask, _google_protobuf_FieldMask__Output>
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
  memsvc: {
    v1: {
      Agent: MessageTypeDefinition<_memsvc_v1_Agent, _memsvc_v1_Agent__Output>
      AppendRecallMessagesRequest: MessageTypeDefinition<_memsvc_v1_AppendRecallMessagesRequest, _memsvc_v1_AppendRecallMessagesRequest__Output>
      AppendRecallMessagesResponse: MessageTypeDefinition<_memsvc_v1_AppendRecallMessagesResponse, _memsvc_v1_AppendRecallMessagesResponse__Output>
      AppendText: MessageTypeDefinition<_memsvc_v1_AppendText, _memsvc_v1_AppendText__Output>
      ArchivalHit: MessageTypeDefinition<_memsvc_v1_ArchivalHit, _memsvc_v1_ArchivalHit__Output>
      BatchInsertArchivalMemoriesRequest: MessageTypeDefinition<_memsvc_v1_BatchInsertArchivalMemoriesRequest, _memsvc_v1_BatchInsertArchivalMemoriesRequest__Output>
      BatchInsertArchivalMemoriesResponse: MessageTypeDefinition<_memsvc_v1_BatchInsertArchivalMemoriesResponse, _memsvc_v1_BatchInsertArchivalMemoriesResponse__Output>
      ContextConfig: MessageTypeDefinition<_memsvc_v1_ContextConfig, _memsvc_v1_ContextConfig__Output>
      DeleteArchivalMemoryRequest: MessageTypeDefinition<_memsvc_v1_DeleteArchivalMemoryRequest, _memsvc_v1_DeleteArchivalMemoryRequest__Output>
      DeleteArchivalMemoryResponse: MessageTypeDefinition<_memsvc_v1_DeleteArchivalMemoryResponse, _memsvc_v1_DeleteArchivalMemoryResponse__Output>
      EditMemoryBlockRequest: MessageTypeDefinition<_memsvc_v1_EditMemoryBlockRequest, _memsvc_v1_EditMemoryBlockRequest__Output>
      EditMemoryBlockResponse: MessageTypeDefinition<_memsvc_v1_EditMemoryBlockResponse, _memsvc_v1_EditMemoryBlockResponse__Output>
      EmbeddingConfig: MessageTypeDefinition<_memsvc_v1_EmbeddingConfig, _memsvc_v1_EmbeddingConfig__Output>
      GetMemoryBlockRequest: MessageTypeDefinition<_memsvc_v1_GetMemoryBlockRequest, _memsvc_v1_GetMemoryBlockRequest__Output>
      GetMemoryBlockResponse: MessageTypeDefinition<_memsvc_v1_GetMemoryBlockResponse, _memsvc_v1_GetMemoryBlockResponse__Output>
      IngestDocumentRequest: MessageTypeDefinition<_memsvc_v1_IngestDocumentRequest, _memsvc_v1_IngestDocumentRequest__Output>
      IngestDocumentResponse: MessageTypeDefinition<_memsvc_v1_IngestDocumentResponse, _memsvc_v1_IngestDocumentResponse__Output>
      IngestProgress: MessageTypeDefinition<_memsvc_v1_IngestProgress, _memsvc_v1_IngestProgress__Output>
      IngestResult: MessageTypeDefinition<_memsvc_v1_IngestResult, _memsvc_v1_IngestResult__Output>
      InsertArchivalMemoryRequest: MessageTypeDefinition<_memsvc_v1_InsertArchivalMemoryRequest, _memsvc_v1_InsertArchivalMemoryRequest__Output>
      InsertArchivalMemoryResponse: MessageTypeDefinition<_memsvc_v1_InsertArchivalMemoryResponse, _memsvc_v1_InsertArchivalMemoryResponse__Output>
      InsertedPassage: MessageTypeDefinition<_memsvc_v1_InsertedPassage, _memsvc_v1_InsertedPassage__Output>
      ListArchivalMemoriesRequest: MessageTypeDefinition<_memsvc_v1_ListArchivalMemoriesRequest, _memsvc_v1_ListArchivalMemoriesRequest__Output>
      ListArchivalMemoriesResponse: MessageTypeDefinition<_memsvc_v1_ListArchivalMemoriesResponse, _memsvc_v1_ListArchivalMemoriesResponse__Output>
      ListMemoryBlocksRequest: MessageTypeDefinition<_memsvc_v1_ListMemoryBlocksRequest, _memsvc_v1_ListMemoryBlocksRequest__Output>
      ListMemoryBlocksResponse: MessageTypeDefinition<_memsvc_v1_ListMemoryBlocksResponse, _memsvc_v1_ListMemoryBlocksResponse__Output>
      ListRecallMessagesRequest: MessageTypeDefinition<_memsvc_v1_ListRecallMessagesRequest, _memsvc_v1_ListRecallMessagesRequest__Output>
      ListRecallMessagesResponse: MessageTypeDefinition<_memsvc_v1_ListRecallMessagesResponse, _memsvc_v1_ListRecallMessagesResponse__Output>
      LlmConfig: MessageTypeDefinition<_memsvc_v1_LlmConfig, _memsvc_v1_LlmConfig__Output>
      MemoryBlock: MessageTypeDefinition<_memsvc_v1_MemoryBlock, _memsvc_v1_MemoryBlock__Output>
      /**
       * MemoryService runs on the memory server (the store). It keeps every tier of an
       * agent's memory: working-context blocks, recall storage (every message) and
       * archival storage (passages searched by meaning, in Qdrant). The executor calls it
       * on the LLM's behalf; clients may call it directly to read or curate memory.
       * 
       * Every request names an existing agent: NOT_FOUND (reason AGENT_NOT_FOUND)
       * otherwise.
       */
      MemoryService: SubtypeConstructor<typeof grpc.Client, _memsvc_v1_MemoryServiceClient> & { service: _memsvc_v1_MemoryServiceDefinition }
      Message: MessageTypeDefinition<_memsvc_v1_Message, _memsvc_v1_Message__Output>
      MessageInput: MessageTypeDefinition<_memsvc_v1_MessageInput, _memsvc_v1_MessageInput__Output>
      MessageRole: EnumTypeDefinition
      Passage: MessageTypeDefinition<_memsvc_v1_Passage, _memsvc_v1_Passage__Output>
      PassageInput: MessageTypeDefinition<_memsvc_v1_PassageInput, _memsvc_v1_PassageInput__Output>
      RecallHit: MessageTypeDefinition<_memsvc_v1_RecallHit, _memsvc_v1_RecallHit__Output>
      ReplaceText: MessageTypeDefinition<_memsvc_v1_ReplaceText, _memsvc_v1_ReplaceText__Output>
      SearchArchivalMemoryRequest: MessageTypeDefinition<_memsvc_v1_SearchArchivalMemoryRequest, _memsvc_v1_SearchArchivalMemoryRequest__Output>
      SearchArchivalMemoryResponse: MessageTypeDefinition<_memsvc_v1_SearchArchivalMemoryResponse, _memsvc_v1_SearchArchivalMemoryResponse__Output>
      SearchRecallMessagesRequest: MessageTypeDefinition<_memsvc_v1_SearchRecallMessagesRequest, _memsvc_v1_SearchRecallMessagesRequest__Output>
      SearchRecallMessagesResponse: MessageTypeDefinition<_memsvc_v1_SearchRecallMessagesResponse, _memsvc_v1_SearchRecallMessagesResponse__Output>
      TagMatchMode: EnumTypeDefinition
      ToolCall: MessageTypeDefinition<_memsvc_v1_ToolCall, _memsvc_v1_ToolCall__Output>
      UpdateMemoryBlockRequest: MessageTypeDefinition<_memsvc_v1_UpdateMemoryBlockRequest, _memsvc_v1_UpdateMemoryBlockRequest__Output>
      UpdateMemoryBlockResponse: MessageTypeDefinition<_memsvc_v1_UpdateMemoryBlockResponse, _memsvc_v1_UpdateMemoryBlockResponse__Output>
    }
  }
}

