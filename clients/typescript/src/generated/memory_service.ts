import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { CustomHttpPattern as _google_api_CustomHttpPattern, CustomHttpPattern__Output as _google_api_CustomHttpPattern__Output } from './google/api/CustomHttpPattern.js';
import type { Http as _google_api_Http, Http__Output as _google_api_Http__Output } from './google/api/Http.js';
import type { HttpRule as _google_api_HttpRule, HttpRule__Output as _google_api_HttpRule__Output } from './google/api/HttpRule.js';
import type { DescriptorProto as _google_protobuf_DescriptorProto, DescriptorProto__Output as _google_protobuf_DescriptorProto__Output } from './google/protobuf/DescriptorProto.js';
import type { EnumDescriptorProto as _google_protobuf_EnumDescriptorProto, EnumDescriptorProto__Output as _google_protobuf_EnumDescriptorProto__Output } from './google/protobuf/EnumDescriptorProto.js';
import type { EnumOptions as _google_protobuf_EnumOptions, EnumOptions__Output as _google_protobuf_EnumOptions__Output } from './google/protobuf/EnumOptions.js';
import type { EnumValueDescriptorProto as _google_protobuf_EnumValueDescriptorProto, EnumValueDescriptorProto__Output as _google_protobuf_EnumValueDescriptorProto__Output } from './google/protobuf/EnumValueDescriptorProto.js';
import type { EnumValueOptions as _google_protobuf_EnumValueOptions, EnumValueOptions__Output as _google_protobuf_EnumValueOptions__Output } from './google/protobuf/EnumValueOptions.js';
import type { ExtensionRangeOptions as _google_protobuf_ExtensionRangeOptions, ExtensionRangeOptions__Output as _google_protobuf_ExtensionRangeOptions__Output } from './google/protobuf/ExtensionRangeOptions.js';
import type { FeatureSet as _google_protobuf_FeatureSet, FeatureSet__Output as _google_protobuf_FeatureSet__Output } from './google/protobuf/FeatureSet.js';
import type { FeatureSetDefaults as _google_protobuf_FeatureSetDefaults, FeatureSetDefaults__Output as _google_protobuf_FeatureSetDefaults__Output } from './google/protobuf/FeatureSetDefaults.js';
import type { FieldDescriptorProto as _google_protobuf_FieldDescriptorProto, FieldDescriptorProto__Output as _google_protobuf_FieldDescriptorProto__Output } from './google/protobuf/FieldDescriptorProto.js';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from './google/protobuf/FieldMask.js';
import type { FieldOptions as _google_protobuf_FieldOptions, FieldOptions__Output as _google_protobuf_FieldOptions__Output } from './google/protobuf/FieldOptions.js';
import type { FileDescriptorProto as _google_protobuf_FileDescriptorProto, FileDescriptorProto__Output as _google_protobuf_FileDescriptorProto__Output } from './google/protobuf/FileDescriptorProto.js';
import type { FileDescriptorSet as _google_protobuf_FileDescriptorSet, FileDescriptorSet__Output as _google_protobuf_FileDescriptorSet__Output } from './google/protobuf/FileDescriptorSet.js';
import type { FileOptions as _google_protobuf_FileOptions, FileOptions__Output as _google_protobuf_FileOptions__Output } from './google/protobuf/FileOptions.js';
import type { GeneratedCodeInfo as _google_protobuf_GeneratedCodeInfo, GeneratedCodeInfo__Output as _google_protobuf_GeneratedCodeInfo__Output } from './google/protobuf/GeneratedCodeInfo.js';
import type { MessageOptions as _google_protobuf_MessageOptions, MessageOptions__Output as _google_protobuf_MessageOptions__Output } from './google/protobuf/MessageOptions.js';
import type { MethodDescriptorProto as _google_protobuf_MethodDescriptorProto, MethodDescriptorProto__Output as _google_protobuf_MethodDescriptorProto__Output } from './google/protobuf/MethodDescriptorProto.js';
import type { MethodOptions as _google_protobuf_MethodOptions, MethodOptions__Output as _google_protobuf_MethodOptions__Output } from './google/protobuf/MethodOptions.js';
import type { OneofDescriptorProto as _google_protobuf_OneofDescriptorProto, OneofDescriptorProto__Output as _google_protobuf_OneofDescriptorProto__Output } from './google/protobuf/OneofDescriptorProto.js';
import type { OneofOptions as _google_protobuf_OneofOptions, OneofOptions__Output as _google_protobuf_OneofOptions__Output } from './google/protobuf/OneofOptions.js';
import type { ServiceDescriptorProto as _google_protobuf_ServiceDescriptorProto, ServiceDescriptorProto__Output as _google_protobuf_ServiceDescriptorProto__Output } from './google/protobuf/ServiceDescriptorProto.js';
import type { ServiceOptions as _google_protobuf_ServiceOptions, ServiceOptions__Output as _google_protobuf_ServiceOptions__Output } from './google/protobuf/ServiceOptions.js';
import type { SourceCodeInfo as _google_protobuf_SourceCodeInfo, SourceCodeInfo__Output as _google_protobuf_SourceCodeInfo__Output } from './google/protobuf/SourceCodeInfo.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp.js';
import type { UninterpretedOption as _google_protobuf_UninterpretedOption, UninterpretedOption__Output as _google_protobuf_UninterpretedOption__Output } from './google/protobuf/UninterpretedOption.js';
import type { Agent as _memsvc_v1_Agent, Agent__Output as _memsvc_v1_Agent__Output } from './memsvc/v1/Agent.js';
import type { AgentFile as _memsvc_v1_AgentFile, AgentFile__Output as _memsvc_v1_AgentFile__Output } from './memsvc/v1/AgentFile.js';
import type { AppendRecallMessagesRequest as _memsvc_v1_AppendRecallMessagesRequest, AppendRecallMessagesRequest__Output as _memsvc_v1_AppendRecallMessagesRequest__Output } from './memsvc/v1/AppendRecallMessagesRequest.js';
import type { AppendRecallMessagesResponse as _memsvc_v1_AppendRecallMessagesResponse, AppendRecallMessagesResponse__Output as _memsvc_v1_AppendRecallMessagesResponse__Output } from './memsvc/v1/AppendRecallMessagesResponse.js';
import type { AppendText as _memsvc_v1_AppendText, AppendText__Output as _memsvc_v1_AppendText__Output } from './memsvc/v1/AppendText.js';
import type { ArchivalHit as _memsvc_v1_ArchivalHit, ArchivalHit__Output as _memsvc_v1_ArchivalHit__Output } from './memsvc/v1/ArchivalHit.js';
import type { BatchInsertArchivalMemoriesRequest as _memsvc_v1_BatchInsertArchivalMemoriesRequest, BatchInsertArchivalMemoriesRequest__Output as _memsvc_v1_BatchInsertArchivalMemoriesRequest__Output } from './memsvc/v1/BatchInsertArchivalMemoriesRequest.js';
import type { BatchInsertArchivalMemoriesResponse as _memsvc_v1_BatchInsertArchivalMemoriesResponse, BatchInsertArchivalMemoriesResponse__Output as _memsvc_v1_BatchInsertArchivalMemoriesResponse__Output } from './memsvc/v1/BatchInsertArchivalMemoriesResponse.js';
import type { ClientTool as _memsvc_v1_ClientTool, ClientTool__Output as _memsvc_v1_ClientTool__Output } from './memsvc/v1/ClientTool.js';
import type { ConsolidationConfig as _memsvc_v1_ConsolidationConfig, ConsolidationConfig__Output as _memsvc_v1_ConsolidationConfig__Output } from './memsvc/v1/ConsolidationConfig.js';
import type { ContextConfig as _memsvc_v1_ContextConfig, ContextConfig__Output as _memsvc_v1_ContextConfig__Output } from './memsvc/v1/ContextConfig.js';
import type { ContextItem as _memsvc_v1_ContextItem, ContextItem__Output as _memsvc_v1_ContextItem__Output } from './memsvc/v1/ContextItem.js';
import type { DeleteArchivalMemoryRequest as _memsvc_v1_DeleteArchivalMemoryRequest, DeleteArchivalMemoryRequest__Output as _memsvc_v1_DeleteArchivalMemoryRequest__Output } from './memsvc/v1/DeleteArchivalMemoryRequest.js';
import type { DeleteArchivalMemoryResponse as _memsvc_v1_DeleteArchivalMemoryResponse, DeleteArchivalMemoryResponse__Output as _memsvc_v1_DeleteArchivalMemoryResponse__Output } from './memsvc/v1/DeleteArchivalMemoryResponse.js';
import type { EditMemoryBlockRequest as _memsvc_v1_EditMemoryBlockRequest, EditMemoryBlockRequest__Output as _memsvc_v1_EditMemoryBlockRequest__Output } from './memsvc/v1/EditMemoryBlockRequest.js';
import type { EditMemoryBlockResponse as _memsvc_v1_EditMemoryBlockResponse, EditMemoryBlockResponse__Output as _memsvc_v1_EditMemoryBlockResponse__Output } from './memsvc/v1/EditMemoryBlockResponse.js';
import type { EmbeddingConfig as _memsvc_v1_EmbeddingConfig, EmbeddingConfig__Output as _memsvc_v1_EmbeddingConfig__Output } from './memsvc/v1/EmbeddingConfig.js';
import type { ExportAgentRequest as _memsvc_v1_ExportAgentRequest, ExportAgentRequest__Output as _memsvc_v1_ExportAgentRequest__Output } from './memsvc/v1/ExportAgentRequest.js';
import type { ExportAgentResponse as _memsvc_v1_ExportAgentResponse, ExportAgentResponse__Output as _memsvc_v1_ExportAgentResponse__Output } from './memsvc/v1/ExportAgentResponse.js';
import type { GetContextBlockRequest as _memsvc_v1_GetContextBlockRequest, GetContextBlockRequest__Output as _memsvc_v1_GetContextBlockRequest__Output } from './memsvc/v1/GetContextBlockRequest.js';
import type { GetContextBlockResponse as _memsvc_v1_GetContextBlockResponse, GetContextBlockResponse__Output as _memsvc_v1_GetContextBlockResponse__Output } from './memsvc/v1/GetContextBlockResponse.js';
import type { GetMemoryBlockRequest as _memsvc_v1_GetMemoryBlockRequest, GetMemoryBlockRequest__Output as _memsvc_v1_GetMemoryBlockRequest__Output } from './memsvc/v1/GetMemoryBlockRequest.js';
import type { GetMemoryBlockResponse as _memsvc_v1_GetMemoryBlockResponse, GetMemoryBlockResponse__Output as _memsvc_v1_GetMemoryBlockResponse__Output } from './memsvc/v1/GetMemoryBlockResponse.js';
import type { ImportAgentRequest as _memsvc_v1_ImportAgentRequest, ImportAgentRequest__Output as _memsvc_v1_ImportAgentRequest__Output } from './memsvc/v1/ImportAgentRequest.js';
import type { ImportAgentResponse as _memsvc_v1_ImportAgentResponse, ImportAgentResponse__Output as _memsvc_v1_ImportAgentResponse__Output } from './memsvc/v1/ImportAgentResponse.js';
import type { IngestDocumentRequest as _memsvc_v1_IngestDocumentRequest, IngestDocumentRequest__Output as _memsvc_v1_IngestDocumentRequest__Output } from './memsvc/v1/IngestDocumentRequest.js';
import type { IngestDocumentResponse as _memsvc_v1_IngestDocumentResponse, IngestDocumentResponse__Output as _memsvc_v1_IngestDocumentResponse__Output } from './memsvc/v1/IngestDocumentResponse.js';
import type { IngestProgress as _memsvc_v1_IngestProgress, IngestProgress__Output as _memsvc_v1_IngestProgress__Output } from './memsvc/v1/IngestProgress.js';
import type { IngestResult as _memsvc_v1_IngestResult, IngestResult__Output as _memsvc_v1_IngestResult__Output } from './memsvc/v1/IngestResult.js';
import type { InsertArchivalMemoryRequest as _memsvc_v1_InsertArchivalMemoryRequest, InsertArchivalMemoryRequest__Output as _memsvc_v1_InsertArchivalMemoryRequest__Output } from './memsvc/v1/InsertArchivalMemoryRequest.js';
import type { InsertArchivalMemoryResponse as _memsvc_v1_InsertArchivalMemoryResponse, InsertArchivalMemoryResponse__Output as _memsvc_v1_InsertArchivalMemoryResponse__Output } from './memsvc/v1/InsertArchivalMemoryResponse.js';
import type { InsertedPassage as _memsvc_v1_InsertedPassage, InsertedPassage__Output as _memsvc_v1_InsertedPassage__Output } from './memsvc/v1/InsertedPassage.js';
import type { ListArchivalMemoriesRequest as _memsvc_v1_ListArchivalMemoriesRequest, ListArchivalMemoriesRequest__Output as _memsvc_v1_ListArchivalMemoriesRequest__Output } from './memsvc/v1/ListArchivalMemoriesRequest.js';
import type { ListArchivalMemoriesResponse as _memsvc_v1_ListArchivalMemoriesResponse, ListArchivalMemoriesResponse__Output as _memsvc_v1_ListArchivalMemoriesResponse__Output } from './memsvc/v1/ListArchivalMemoriesResponse.js';
import type { ListArchivalMemoryVersionsRequest as _memsvc_v1_ListArchivalMemoryVersionsRequest, ListArchivalMemoryVersionsRequest__Output as _memsvc_v1_ListArchivalMemoryVersionsRequest__Output } from './memsvc/v1/ListArchivalMemoryVersionsRequest.js';
import type { ListArchivalMemoryVersionsResponse as _memsvc_v1_ListArchivalMemoryVersionsResponse, ListArchivalMemoryVersionsResponse__Output as _memsvc_v1_ListArchivalMemoryVersionsResponse__Output } from './memsvc/v1/ListArchivalMemoryVersionsResponse.js';
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
import type { PassageVersion as _memsvc_v1_PassageVersion, PassageVersion__Output as _memsvc_v1_PassageVersion__Output } from './memsvc/v1/PassageVersion.js';
import type { QueueState as _memsvc_v1_QueueState, QueueState__Output as _memsvc_v1_QueueState__Output } from './memsvc/v1/QueueState.js';
import type { RecallHit as _memsvc_v1_RecallHit, RecallHit__Output as _memsvc_v1_RecallHit__Output } from './memsvc/v1/RecallHit.js';
import type { ReplaceText as _memsvc_v1_ReplaceText, ReplaceText__Output as _memsvc_v1_ReplaceText__Output } from './memsvc/v1/ReplaceText.js';
import type { SearchArchivalMemoryRequest as _memsvc_v1_SearchArchivalMemoryRequest, SearchArchivalMemoryRequest__Output as _memsvc_v1_SearchArchivalMemoryRequest__Output } from './memsvc/v1/SearchArchivalMemoryRequest.js';
import type { SearchArchivalMemoryResponse as _memsvc_v1_SearchArchivalMemoryResponse, SearchArchivalMemoryResponse__Output as _memsvc_v1_SearchArchivalMemoryResponse__Output } from './memsvc/v1/SearchArchivalMemoryResponse.js';
import type { SearchRecallMessagesRequest as _memsvc_v1_SearchRecallMessagesRequest, SearchRecallMessagesRequest__Output as _memsvc_v1_SearchRecallMessagesRequest__Output } from './memsvc/v1/SearchRecallMessagesRequest.js';
import type { SearchRecallMessagesResponse as _memsvc_v1_SearchRecallMessagesResponse, SearchRecallMessagesResponse__Output as _memsvc_v1_SearchRecallMessagesResponse__Output } from './memsvc/v1/SearchRecallMessagesResponse.js';
import type { Tool as _memsvc_v1_Tool, Tool__Output as _memsvc_v1_Tool__Output } from './memsvc/v1/Tool.js';
import type { ToolCall as _memsvc_v1_ToolCall, ToolCall__Output as _memsvc_v1_ToolCall__Output } from './memsvc/v1/ToolCall.js';
import type { UpdateArchivalMemoryRequest as _memsvc_v1_UpdateArchivalMemoryRequest, UpdateArchivalMemoryRequest__Output as _memsvc_v1_UpdateArchivalMemoryRequest__Output } from './memsvc/v1/UpdateArchivalMemoryRequest.js';
import type { UpdateArchivalMemoryResponse as _memsvc_v1_UpdateArchivalMemoryResponse, UpdateArchivalMemoryResponse__Output as _memsvc_v1_UpdateArchivalMemoryResponse__Output } from './memsvc/v1/UpdateArchivalMemoryResponse.js';
import type { UpdateMemoryBlockRequest as _memsvc_v1_UpdateMemoryBlockRequest, UpdateMemoryBlockRequest__Output as _memsvc_v1_UpdateMemoryBlockRequest__Output } from './memsvc/v1/UpdateMemoryBlockRequest.js';
import type { UpdateMemoryBlockResponse as _memsvc_v1_UpdateMemoryBlockResponse, UpdateMemoryBlockResponse__Output as _memsvc_v1_UpdateMemoryBlockResponse__Output } from './memsvc/v1/UpdateMemoryBlockResponse.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    api: {
      CustomHttpPattern: MessageTypeDefinition<_google_api_CustomHttpPattern, _google_api_CustomHttpPattern__Output>
      Http: MessageTypeDefinition<_google_api_Http, _google_api_Http__Output>
      HttpRule: MessageTypeDefinition<_google_api_HttpRule, _google_api_HttpRule__Output>
    }
    protobuf: {
      DescriptorProto: MessageTypeDefinition<_google_protobuf_DescriptorProto, _google_protobuf_DescriptorProto__Output>
      Edition: EnumTypeDefinition
      EnumDescriptorProto: MessageTypeDefinition<_google_protobuf_EnumDescriptorProto, _google_protobuf_EnumDescriptorProto__Output>
      EnumOptions: MessageTypeDefinition<_google_protobuf_EnumOptions, _google_protobuf_EnumOptions__Output>
      EnumValueDescriptorProto: MessageTypeDefinition<_google_protobuf_EnumValueDescriptorProto, _google_protobuf_EnumValueDescriptorProto__Output>
      EnumValueOptions: MessageTypeDefinition<_google_protobuf_EnumValueOptions, _google_protobuf_EnumValueOptions__Output>
      ExtensionRangeOptions: MessageTypeDefinition<_google_protobuf_ExtensionRangeOptions, _google_protobuf_ExtensionRangeOptions__Output>
      FeatureSet: MessageTypeDefinition<_google_protobuf_FeatureSet, _google_protobuf_FeatureSet__Output>
      FeatureSetDefaults: MessageTypeDefinition<_google_protobuf_FeatureSetDefaults, _google_protobuf_FeatureSetDefaults__Output>
      FieldDescriptorProto: MessageTypeDefinition<_google_protobuf_FieldDescriptorProto, _google_protobuf_FieldDescriptorProto__Output>
      FieldMask: MessageTypeDefinition<_google_protobuf_FieldMask, _google_protobuf_FieldMask__Output>
      FieldOptions: MessageTypeDefinition<_google_protobuf_FieldOptions, _google_protobuf_FieldOptions__Output>
      FileDescriptorProto: MessageTypeDefinition<_google_protobuf_FileDescriptorProto, _google_protobuf_FileDescriptorProto__Output>
      FileDescriptorSet: MessageTypeDefinition<_google_protobuf_FileDescriptorSet, _google_protobuf_FileDescriptorSet__Output>
      FileOptions: MessageTypeDefinition<_google_protobuf_FileOptions, _google_protobuf_FileOptions__Output>
      GeneratedCodeInfo: MessageTypeDefinition<_google_protobuf_GeneratedCodeInfo, _google_protobuf_GeneratedCodeInfo__Output>
      MessageOptions: MessageTypeDefinition<_google_protobuf_MessageOptions, _google_protobuf_MessageOptions__Output>
      MethodDescriptorProto: MessageTypeDefinition<_google_protobuf_MethodDescriptorProto, _google_protobuf_MethodDescriptorProto__Output>
      MethodOptions: MessageTypeDefinition<_google_protobuf_MethodOptions, _google_protobuf_MethodOptions__Output>
      OneofDescriptorProto: MessageTypeDefinition<_google_protobuf_OneofDescriptorProto, _google_protobuf_OneofDescriptorProto__Output>
      OneofOptions: MessageTypeDefinition<_google_protobuf_OneofOptions, _google_protobuf_OneofOptions__Output>
      ServiceDescriptorProto: MessageTypeDefinition<_google_protobuf_ServiceDescriptorProto, _google_protobuf_ServiceDescriptorProto__Output>
      ServiceOptions: MessageTypeDefinition<_google_protobuf_ServiceOptions, _google_protobuf_ServiceOptions__Output>
      SourceCodeInfo: MessageTypeDefinition<_google_protobuf_SourceCodeInfo, _google_protobuf_SourceCodeInfo__Output>
      SymbolVisibility: EnumTypeDefinition
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
      UninterpretedOption: MessageTypeDefinition<_google_protobuf_UninterpretedOption, _google_protobuf_UninterpretedOption__Output>
    }
  }
  memsvc: {
    v1: {
      Agent: MessageTypeDefinition<_memsvc_v1_Agent, _memsvc_v1_Agent__Output>
      AgentFile: MessageTypeDefinition<_memsvc_v1_AgentFile, _memsvc_v1_AgentFile__Output>
      AppendRecallMessagesRequest: MessageTypeDefinition<_memsvc_v1_AppendRecallMessagesRequest, _memsvc_v1_AppendRecallMessagesRequest__Output>
      AppendRecallMessagesResponse: MessageTypeDefinition<_memsvc_v1_AppendRecallMessagesResponse, _memsvc_v1_AppendRecallMessagesResponse__Output>
      AppendText: MessageTypeDefinition<_memsvc_v1_AppendText, _memsvc_v1_AppendText__Output>
      ArchivalHit: MessageTypeDefinition<_memsvc_v1_ArchivalHit, _memsvc_v1_ArchivalHit__Output>
      BatchInsertArchivalMemoriesRequest: MessageTypeDefinition<_memsvc_v1_BatchInsertArchivalMemoriesRequest, _memsvc_v1_BatchInsertArchivalMemoriesRequest__Output>
      BatchInsertArchivalMemoriesResponse: MessageTypeDefinition<_memsvc_v1_BatchInsertArchivalMemoriesResponse, _memsvc_v1_BatchInsertArchivalMemoriesResponse__Output>
      ClientTool: MessageTypeDefinition<_memsvc_v1_ClientTool, _memsvc_v1_ClientTool__Output>
      ConsolidationConfig: MessageTypeDefinition<_memsvc_v1_ConsolidationConfig, _memsvc_v1_ConsolidationConfig__Output>
      ContextConfig: MessageTypeDefinition<_memsvc_v1_ContextConfig, _memsvc_v1_ContextConfig__Output>
      ContextItem: MessageTypeDefinition<_memsvc_v1_ContextItem, _memsvc_v1_ContextItem__Output>
      ContextSource: EnumTypeDefinition
      DeleteArchivalMemoryRequest: MessageTypeDefinition<_memsvc_v1_DeleteArchivalMemoryRequest, _memsvc_v1_DeleteArchivalMemoryRequest__Output>
      DeleteArchivalMemoryResponse: MessageTypeDefinition<_memsvc_v1_DeleteArchivalMemoryResponse, _memsvc_v1_DeleteArchivalMemoryResponse__Output>
      EditMemoryBlockRequest: MessageTypeDefinition<_memsvc_v1_EditMemoryBlockRequest, _memsvc_v1_EditMemoryBlockRequest__Output>
      EditMemoryBlockResponse: MessageTypeDefinition<_memsvc_v1_EditMemoryBlockResponse, _memsvc_v1_EditMemoryBlockResponse__Output>
      EmbeddingConfig: MessageTypeDefinition<_memsvc_v1_EmbeddingConfig, _memsvc_v1_EmbeddingConfig__Output>
      ExportAgentRequest: MessageTypeDefinition<_memsvc_v1_ExportAgentRequest, _memsvc_v1_ExportAgentRequest__Output>
      ExportAgentResponse: MessageTypeDefinition<_memsvc_v1_ExportAgentResponse, _memsvc_v1_ExportAgentResponse__Output>
      GetContextBlockRequest: MessageTypeDefinition<_memsvc_v1_GetContextBlockRequest, _memsvc_v1_GetContextBlockRequest__Output>
      GetContextBlockResponse: MessageTypeDefinition<_memsvc_v1_GetContextBlockResponse, _memsvc_v1_GetContextBlockResponse__Output>
      GetMemoryBlockRequest: MessageTypeDefinition<_memsvc_v1_GetMemoryBlockRequest, _memsvc_v1_GetMemoryBlockRequest__Output>
      GetMemoryBlockResponse: MessageTypeDefinition<_memsvc_v1_GetMemoryBlockResponse, _memsvc_v1_GetMemoryBlockResponse__Output>
      ImportAgentRequest: MessageTypeDefinition<_memsvc_v1_ImportAgentRequest, _memsvc_v1_ImportAgentRequest__Output>
      ImportAgentResponse: MessageTypeDefinition<_memsvc_v1_ImportAgentResponse, _memsvc_v1_ImportAgentResponse__Output>
      IngestDocumentRequest: MessageTypeDefinition<_memsvc_v1_IngestDocumentRequest, _memsvc_v1_IngestDocumentRequest__Output>
      IngestDocumentResponse: MessageTypeDefinition<_memsvc_v1_IngestDocumentResponse, _memsvc_v1_IngestDocumentResponse__Output>
      IngestProgress: MessageTypeDefinition<_memsvc_v1_IngestProgress, _memsvc_v1_IngestProgress__Output>
      IngestResult: MessageTypeDefinition<_memsvc_v1_IngestResult, _memsvc_v1_IngestResult__Output>
      InsertArchivalMemoryRequest: MessageTypeDefinition<_memsvc_v1_InsertArchivalMemoryRequest, _memsvc_v1_InsertArchivalMemoryRequest__Output>
      InsertArchivalMemoryResponse: MessageTypeDefinition<_memsvc_v1_InsertArchivalMemoryResponse, _memsvc_v1_InsertArchivalMemoryResponse__Output>
      InsertedPassage: MessageTypeDefinition<_memsvc_v1_InsertedPassage, _memsvc_v1_InsertedPassage__Output>
      ListArchivalMemoriesRequest: MessageTypeDefinition<_memsvc_v1_ListArchivalMemoriesRequest, _memsvc_v1_ListArchivalMemoriesRequest__Output>
      ListArchivalMemoriesResponse: MessageTypeDefinition<_memsvc_v1_ListArchivalMemoriesResponse, _memsvc_v1_ListArchivalMemoriesResponse__Output>
      ListArchivalMemoryVersionsRequest: MessageTypeDefinition<_memsvc_v1_ListArchivalMemoryVersionsRequest, _memsvc_v1_ListArchivalMemoryVersionsRequest__Output>
      ListArchivalMemoryVersionsResponse: MessageTypeDefinition<_memsvc_v1_ListArchivalMemoryVersionsResponse, _memsvc_v1_ListArchivalMemoryVersionsResponse__Output>
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
      PassageVersion: MessageTypeDefinition<_memsvc_v1_PassageVersion, _memsvc_v1_PassageVersion__Output>
      QueueState: MessageTypeDefinition<_memsvc_v1_QueueState, _memsvc_v1_QueueState__Output>
      RecallHit: MessageTypeDefinition<_memsvc_v1_RecallHit, _memsvc_v1_RecallHit__Output>
      ReplaceText: MessageTypeDefinition<_memsvc_v1_ReplaceText, _memsvc_v1_ReplaceText__Output>
      SearchArchivalMemoryRequest: MessageTypeDefinition<_memsvc_v1_SearchArchivalMemoryRequest, _memsvc_v1_SearchArchivalMemoryRequest__Output>
      SearchArchivalMemoryResponse: MessageTypeDefinition<_memsvc_v1_SearchArchivalMemoryResponse, _memsvc_v1_SearchArchivalMemoryResponse__Output>
      SearchRecallMessagesRequest: MessageTypeDefinition<_memsvc_v1_SearchRecallMessagesRequest, _memsvc_v1_SearchRecallMessagesRequest__Output>
      SearchRecallMessagesResponse: MessageTypeDefinition<_memsvc_v1_SearchRecallMessagesResponse, _memsvc_v1_SearchRecallMessagesResponse__Output>
      TagMatchMode: EnumTypeDefinition
      Tool: MessageTypeDefinition<_memsvc_v1_Tool, _memsvc_v1_Tool__Output>
      ToolCall: MessageTypeDefinition<_memsvc_v1_ToolCall, _memsvc_v1_ToolCall__Output>
      ToolKind: EnumTypeDefinition
      UpdateArchivalMemoryRequest: MessageTypeDefinition<_memsvc_v1_UpdateArchivalMemoryRequest, _memsvc_v1_UpdateArchivalMemoryRequest__Output>
      UpdateArchivalMemoryResponse: MessageTypeDefinition<_memsvc_v1_UpdateArchivalMemoryResponse, _memsvc_v1_UpdateArchivalMemoryResponse__Output>
      UpdateMemoryBlockRequest: MessageTypeDefinition<_memsvc_v1_UpdateMemoryBlockRequest, _memsvc_v1_UpdateMemoryBlockRequest__Output>
      UpdateMemoryBlockResponse: MessageTypeDefinition<_memsvc_v1_UpdateMemoryBlockResponse, _memsvc_v1_UpdateMemoryBlockResponse__Output>
    }
  }
}

