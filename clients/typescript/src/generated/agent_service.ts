import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { CustomHttpPattern as _google_api_CustomHttpPattern, CustomHttpPattern__Output as _google_api_CustomHttpPattern__Output } from './google/api/CustomHttpPattern.js';
import type { Http as _google_api_Http, Http__Output as _google_api_Http__Output } from './google/api/Http.js';
import type { HttpRule as _google_api_HttpRule, HttpRule__Output as _google_api_HttpRule__Output } from './google/api/HttpRule.js';
import type { Any as _google_protobuf_Any, Any__Output as _google_protobuf_Any__Output } from './google/protobuf/Any.js';
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
import type { Status as _google_rpc_Status, Status__Output as _google_rpc_Status__Output } from './google/rpc/Status.js';
import type { Agent as _memsvc_v1_Agent, Agent__Output as _memsvc_v1_Agent__Output } from './memsvc/v1/Agent.js';
import type { AgentServiceClient as _memsvc_v1_AgentServiceClient, AgentServiceDefinition as _memsvc_v1_AgentServiceDefinition } from './memsvc/v1/AgentService.js';
import type { AnswerRefused as _memsvc_v1_AnswerRefused, AnswerRefused__Output as _memsvc_v1_AnswerRefused__Output } from './memsvc/v1/AnswerRefused.js';
import type { AppendConversationRequest as _memsvc_v1_AppendConversationRequest, AppendConversationRequest__Output as _memsvc_v1_AppendConversationRequest__Output } from './memsvc/v1/AppendConversationRequest.js';
import type { AppendConversationResponse as _memsvc_v1_AppendConversationResponse, AppendConversationResponse__Output as _memsvc_v1_AppendConversationResponse__Output } from './memsvc/v1/AppendConversationResponse.js';
import type { ApprovalDecision as _memsvc_v1_ApprovalDecision, ApprovalDecision__Output as _memsvc_v1_ApprovalDecision__Output } from './memsvc/v1/ApprovalDecision.js';
import type { AssistantMessage as _memsvc_v1_AssistantMessage, AssistantMessage__Output as _memsvc_v1_AssistantMessage__Output } from './memsvc/v1/AssistantMessage.js';
import type { AttachTurn as _memsvc_v1_AttachTurn, AttachTurn__Output as _memsvc_v1_AttachTurn__Output } from './memsvc/v1/AttachTurn.js';
import type { CancelTurn as _memsvc_v1_CancelTurn, CancelTurn__Output as _memsvc_v1_CancelTurn__Output } from './memsvc/v1/CancelTurn.js';
import type { CancelTurnRequest as _memsvc_v1_CancelTurnRequest, CancelTurnRequest__Output as _memsvc_v1_CancelTurnRequest__Output } from './memsvc/v1/CancelTurnRequest.js';
import type { CancelTurnResponse as _memsvc_v1_CancelTurnResponse, CancelTurnResponse__Output as _memsvc_v1_CancelTurnResponse__Output } from './memsvc/v1/CancelTurnResponse.js';
import type { CancelWakeupRequest as _memsvc_v1_CancelWakeupRequest, CancelWakeupRequest__Output as _memsvc_v1_CancelWakeupRequest__Output } from './memsvc/v1/CancelWakeupRequest.js';
import type { CancelWakeupResponse as _memsvc_v1_CancelWakeupResponse, CancelWakeupResponse__Output as _memsvc_v1_CancelWakeupResponse__Output } from './memsvc/v1/CancelWakeupResponse.js';
import type { ClientTool as _memsvc_v1_ClientTool, ClientTool__Output as _memsvc_v1_ClientTool__Output } from './memsvc/v1/ClientTool.js';
import type { ConsolidateAgentRequest as _memsvc_v1_ConsolidateAgentRequest, ConsolidateAgentRequest__Output as _memsvc_v1_ConsolidateAgentRequest__Output } from './memsvc/v1/ConsolidateAgentRequest.js';
import type { ConsolidateAgentResponse as _memsvc_v1_ConsolidateAgentResponse, ConsolidateAgentResponse__Output as _memsvc_v1_ConsolidateAgentResponse__Output } from './memsvc/v1/ConsolidateAgentResponse.js';
import type { ConsolidationConfig as _memsvc_v1_ConsolidationConfig, ConsolidationConfig__Output as _memsvc_v1_ConsolidationConfig__Output } from './memsvc/v1/ConsolidationConfig.js';
import type { ContextConfig as _memsvc_v1_ContextConfig, ContextConfig__Output as _memsvc_v1_ContextConfig__Output } from './memsvc/v1/ContextConfig.js';
import type { CreateAgentRequest as _memsvc_v1_CreateAgentRequest, CreateAgentRequest__Output as _memsvc_v1_CreateAgentRequest__Output } from './memsvc/v1/CreateAgentRequest.js';
import type { CreateAgentResponse as _memsvc_v1_CreateAgentResponse, CreateAgentResponse__Output as _memsvc_v1_CreateAgentResponse__Output } from './memsvc/v1/CreateAgentResponse.js';
import type { DeleteAgentRequest as _memsvc_v1_DeleteAgentRequest, DeleteAgentRequest__Output as _memsvc_v1_DeleteAgentRequest__Output } from './memsvc/v1/DeleteAgentRequest.js';
import type { DeleteAgentResponse as _memsvc_v1_DeleteAgentResponse, DeleteAgentResponse__Output as _memsvc_v1_DeleteAgentResponse__Output } from './memsvc/v1/DeleteAgentResponse.js';
import type { EmbeddingConfig as _memsvc_v1_EmbeddingConfig, EmbeddingConfig__Output as _memsvc_v1_EmbeddingConfig__Output } from './memsvc/v1/EmbeddingConfig.js';
import type { FunctionCall as _memsvc_v1_FunctionCall, FunctionCall__Output as _memsvc_v1_FunctionCall__Output } from './memsvc/v1/FunctionCall.js';
import type { FunctionResult as _memsvc_v1_FunctionResult, FunctionResult__Output as _memsvc_v1_FunctionResult__Output } from './memsvc/v1/FunctionResult.js';
import type { GetAgentRequest as _memsvc_v1_GetAgentRequest, GetAgentRequest__Output as _memsvc_v1_GetAgentRequest__Output } from './memsvc/v1/GetAgentRequest.js';
import type { GetAgentResponse as _memsvc_v1_GetAgentResponse, GetAgentResponse__Output as _memsvc_v1_GetAgentResponse__Output } from './memsvc/v1/GetAgentResponse.js';
import type { GetContextWindowRequest as _memsvc_v1_GetContextWindowRequest, GetContextWindowRequest__Output as _memsvc_v1_GetContextWindowRequest__Output } from './memsvc/v1/GetContextWindowRequest.js';
import type { GetContextWindowResponse as _memsvc_v1_GetContextWindowResponse, GetContextWindowResponse__Output as _memsvc_v1_GetContextWindowResponse__Output } from './memsvc/v1/GetContextWindowResponse.js';
import type { GetTurnRequest as _memsvc_v1_GetTurnRequest, GetTurnRequest__Output as _memsvc_v1_GetTurnRequest__Output } from './memsvc/v1/GetTurnRequest.js';
import type { GetTurnResponse as _memsvc_v1_GetTurnResponse, GetTurnResponse__Output as _memsvc_v1_GetTurnResponse__Output } from './memsvc/v1/GetTurnResponse.js';
import type { Heartbeat as _memsvc_v1_Heartbeat, Heartbeat__Output as _memsvc_v1_Heartbeat__Output } from './memsvc/v1/Heartbeat.js';
import type { InnerThought as _memsvc_v1_InnerThought, InnerThought__Output as _memsvc_v1_InnerThought__Output } from './memsvc/v1/InnerThought.js';
import type { InputReceived as _memsvc_v1_InputReceived, InputReceived__Output as _memsvc_v1_InputReceived__Output } from './memsvc/v1/InputReceived.js';
import type { ListAgentsRequest as _memsvc_v1_ListAgentsRequest, ListAgentsRequest__Output as _memsvc_v1_ListAgentsRequest__Output } from './memsvc/v1/ListAgentsRequest.js';
import type { ListAgentsResponse as _memsvc_v1_ListAgentsResponse, ListAgentsResponse__Output as _memsvc_v1_ListAgentsResponse__Output } from './memsvc/v1/ListAgentsResponse.js';
import type { ListMessagesRequest as _memsvc_v1_ListMessagesRequest, ListMessagesRequest__Output as _memsvc_v1_ListMessagesRequest__Output } from './memsvc/v1/ListMessagesRequest.js';
import type { ListMessagesResponse as _memsvc_v1_ListMessagesResponse, ListMessagesResponse__Output as _memsvc_v1_ListMessagesResponse__Output } from './memsvc/v1/ListMessagesResponse.js';
import type { ListToolsRequest as _memsvc_v1_ListToolsRequest, ListToolsRequest__Output as _memsvc_v1_ListToolsRequest__Output } from './memsvc/v1/ListToolsRequest.js';
import type { ListToolsResponse as _memsvc_v1_ListToolsResponse, ListToolsResponse__Output as _memsvc_v1_ListToolsResponse__Output } from './memsvc/v1/ListToolsResponse.js';
import type { ListTurnsRequest as _memsvc_v1_ListTurnsRequest, ListTurnsRequest__Output as _memsvc_v1_ListTurnsRequest__Output } from './memsvc/v1/ListTurnsRequest.js';
import type { ListTurnsResponse as _memsvc_v1_ListTurnsResponse, ListTurnsResponse__Output as _memsvc_v1_ListTurnsResponse__Output } from './memsvc/v1/ListTurnsResponse.js';
import type { ListWakeupsRequest as _memsvc_v1_ListWakeupsRequest, ListWakeupsRequest__Output as _memsvc_v1_ListWakeupsRequest__Output } from './memsvc/v1/ListWakeupsRequest.js';
import type { ListWakeupsResponse as _memsvc_v1_ListWakeupsResponse, ListWakeupsResponse__Output as _memsvc_v1_ListWakeupsResponse__Output } from './memsvc/v1/ListWakeupsResponse.js';
import type { LlmConfig as _memsvc_v1_LlmConfig, LlmConfig__Output as _memsvc_v1_LlmConfig__Output } from './memsvc/v1/LlmConfig.js';
import type { MemoryBlock as _memsvc_v1_MemoryBlock, MemoryBlock__Output as _memsvc_v1_MemoryBlock__Output } from './memsvc/v1/MemoryBlock.js';
import type { Message as _memsvc_v1_Message, Message__Output as _memsvc_v1_Message__Output } from './memsvc/v1/Message.js';
import type { MessageInput as _memsvc_v1_MessageInput, MessageInput__Output as _memsvc_v1_MessageInput__Output } from './memsvc/v1/MessageInput.js';
import type { PendingCall as _memsvc_v1_PendingCall, PendingCall__Output as _memsvc_v1_PendingCall__Output } from './memsvc/v1/PendingCall.js';
import type { ResumeTurnRequest as _memsvc_v1_ResumeTurnRequest, ResumeTurnRequest__Output as _memsvc_v1_ResumeTurnRequest__Output } from './memsvc/v1/ResumeTurnRequest.js';
import type { ResumeTurnResponse as _memsvc_v1_ResumeTurnResponse, ResumeTurnResponse__Output as _memsvc_v1_ResumeTurnResponse__Output } from './memsvc/v1/ResumeTurnResponse.js';
import type { ScheduleWakeupRequest as _memsvc_v1_ScheduleWakeupRequest, ScheduleWakeupRequest__Output as _memsvc_v1_ScheduleWakeupRequest__Output } from './memsvc/v1/ScheduleWakeupRequest.js';
import type { ScheduleWakeupResponse as _memsvc_v1_ScheduleWakeupResponse, ScheduleWakeupResponse__Output as _memsvc_v1_ScheduleWakeupResponse__Output } from './memsvc/v1/ScheduleWakeupResponse.js';
import type { SendMessageRequest as _memsvc_v1_SendMessageRequest, SendMessageRequest__Output as _memsvc_v1_SendMessageRequest__Output } from './memsvc/v1/SendMessageRequest.js';
import type { SendMessageResponse as _memsvc_v1_SendMessageResponse, SendMessageResponse__Output as _memsvc_v1_SendMessageResponse__Output } from './memsvc/v1/SendMessageResponse.js';
import type { StepEvent as _memsvc_v1_StepEvent, StepEvent__Output as _memsvc_v1_StepEvent__Output } from './memsvc/v1/StepEvent.js';
import type { StepInput as _memsvc_v1_StepInput, StepInput__Output as _memsvc_v1_StepInput__Output } from './memsvc/v1/StepInput.js';
import type { StreamStepRequest as _memsvc_v1_StreamStepRequest, StreamStepRequest__Output as _memsvc_v1_StreamStepRequest__Output } from './memsvc/v1/StreamStepRequest.js';
import type { StreamStepResponse as _memsvc_v1_StreamStepResponse, StreamStepResponse__Output as _memsvc_v1_StreamStepResponse__Output } from './memsvc/v1/StreamStepResponse.js';
import type { SystemAlert as _memsvc_v1_SystemAlert, SystemAlert__Output as _memsvc_v1_SystemAlert__Output } from './memsvc/v1/SystemAlert.js';
import type { TextDelta as _memsvc_v1_TextDelta, TextDelta__Output as _memsvc_v1_TextDelta__Output } from './memsvc/v1/TextDelta.js';
import type { Tool as _memsvc_v1_Tool, Tool__Output as _memsvc_v1_Tool__Output } from './memsvc/v1/Tool.js';
import type { ToolCall as _memsvc_v1_ToolCall, ToolCall__Output as _memsvc_v1_ToolCall__Output } from './memsvc/v1/ToolCall.js';
import type { ToolResult as _memsvc_v1_ToolResult, ToolResult__Output as _memsvc_v1_ToolResult__Output } from './memsvc/v1/ToolResult.js';
import type { Turn as _memsvc_v1_Turn, Turn__Output as _memsvc_v1_Turn__Output } from './memsvc/v1/Turn.js';
import type { TurnEnd as _memsvc_v1_TurnEnd, TurnEnd__Output as _memsvc_v1_TurnEnd__Output } from './memsvc/v1/TurnEnd.js';
import type { TurnWaiting as _memsvc_v1_TurnWaiting, TurnWaiting__Output as _memsvc_v1_TurnWaiting__Output } from './memsvc/v1/TurnWaiting.js';
import type { UpdateAgentRequest as _memsvc_v1_UpdateAgentRequest, UpdateAgentRequest__Output as _memsvc_v1_UpdateAgentRequest__Output } from './memsvc/v1/UpdateAgentRequest.js';
import type { UpdateAgentResponse as _memsvc_v1_UpdateAgentResponse, UpdateAgentResponse__Output as _memsvc_v1_UpdateAgentResponse__Output } from './memsvc/v1/UpdateAgentResponse.js';
import type { Usage as _memsvc_v1_Usage, Usage__Output as _memsvc_v1_Usage__Output } from './memsvc/v1/Usage.js';
import type { Wakeup as _memsvc_v1_Wakeup, Wakeup__Output as _memsvc_v1_Wakeup__Output } from './memsvc/v1/Wakeup.js';
import type { WatchAgentRequest as _memsvc_v1_WatchAgentRequest, WatchAgentRequest__Output as _memsvc_v1_WatchAgentRequest__Output } from './memsvc/v1/WatchAgentRequest.js';
import type { WatchAgentResponse as _memsvc_v1_WatchAgentResponse, WatchAgentResponse__Output as _memsvc_v1_WatchAgentResponse__Output } from './memsvc/v1/WatchAgentResponse.js';

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
      Any: MessageTypeDefinition<_google_protobuf_Any, _google_protobuf_Any__Output>
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
    rpc: {
      Status: MessageTypeDefinition<_google_rpc_Status, _google_rpc_Status__Output>
    }
  }
  memsvc: {
    v1: {
      Agent: MessageTypeDefinition<_memsvc_v1_Agent, _memsvc_v1_Agent__Output>
      /**
       * AgentService runs on the agent server (the context manager). It creates agents and
       * runs their turns: it assembles the main context (system instructions, working
       * context, recursive summary, message queue), calls the LLM, has the executor run
       * the functions the LLM calls, and chains steps through heartbeats.
       * 
       * Errors carry a google.rpc.ErrorInfo (domain "memsvc") whose `reason` is stable,
       * e.g. AGENT_NOT_FOUND, INVALID_ARGUMENT, LLM_UNAVAILABLE.
       */
      AgentService: SubtypeConstructor<typeof grpc.Client, _memsvc_v1_AgentServiceClient> & { service: _memsvc_v1_AgentServiceDefinition }
      AnswerRefused: MessageTypeDefinition<_memsvc_v1_AnswerRefused, _memsvc_v1_AnswerRefused__Output>
      AppendConversationRequest: MessageTypeDefinition<_memsvc_v1_AppendConversationRequest, _memsvc_v1_AppendConversationRequest__Output>
      AppendConversationResponse: MessageTypeDefinition<_memsvc_v1_AppendConversationResponse, _memsvc_v1_AppendConversationResponse__Output>
      ApprovalDecision: MessageTypeDefinition<_memsvc_v1_ApprovalDecision, _memsvc_v1_ApprovalDecision__Output>
      AssistantMessage: MessageTypeDefinition<_memsvc_v1_AssistantMessage, _memsvc_v1_AssistantMessage__Output>
      AttachTurn: MessageTypeDefinition<_memsvc_v1_AttachTurn, _memsvc_v1_AttachTurn__Output>
      CancelTurn: MessageTypeDefinition<_memsvc_v1_CancelTurn, _memsvc_v1_CancelTurn__Output>
      CancelTurnRequest: MessageTypeDefinition<_memsvc_v1_CancelTurnRequest, _memsvc_v1_CancelTurnRequest__Output>
      CancelTurnResponse: MessageTypeDefinition<_memsvc_v1_CancelTurnResponse, _memsvc_v1_CancelTurnResponse__Output>
      CancelWakeupRequest: MessageTypeDefinition<_memsvc_v1_CancelWakeupRequest, _memsvc_v1_CancelWakeupRequest__Output>
      CancelWakeupResponse: MessageTypeDefinition<_memsvc_v1_CancelWakeupResponse, _memsvc_v1_CancelWakeupResponse__Output>
      ClientTool: MessageTypeDefinition<_memsvc_v1_ClientTool, _memsvc_v1_ClientTool__Output>
      ConsolidateAgentRequest: MessageTypeDefinition<_memsvc_v1_ConsolidateAgentRequest, _memsvc_v1_ConsolidateAgentRequest__Output>
      ConsolidateAgentResponse: MessageTypeDefinition<_memsvc_v1_ConsolidateAgentResponse, _memsvc_v1_ConsolidateAgentResponse__Output>
      ConsolidationConfig: MessageTypeDefinition<_memsvc_v1_ConsolidationConfig, _memsvc_v1_ConsolidationConfig__Output>
      ContextConfig: MessageTypeDefinition<_memsvc_v1_ContextConfig, _memsvc_v1_ContextConfig__Output>
      CreateAgentRequest: MessageTypeDefinition<_memsvc_v1_CreateAgentRequest, _memsvc_v1_CreateAgentRequest__Output>
      CreateAgentResponse: MessageTypeDefinition<_memsvc_v1_CreateAgentResponse, _memsvc_v1_CreateAgentResponse__Output>
      DeleteAgentRequest: MessageTypeDefinition<_memsvc_v1_DeleteAgentRequest, _memsvc_v1_DeleteAgentRequest__Output>
      DeleteAgentResponse: MessageTypeDefinition<_memsvc_v1_DeleteAgentResponse, _memsvc_v1_DeleteAgentResponse__Output>
      EmbeddingConfig: MessageTypeDefinition<_memsvc_v1_EmbeddingConfig, _memsvc_v1_EmbeddingConfig__Output>
      FunctionCall: MessageTypeDefinition<_memsvc_v1_FunctionCall, _memsvc_v1_FunctionCall__Output>
      FunctionResult: MessageTypeDefinition<_memsvc_v1_FunctionResult, _memsvc_v1_FunctionResult__Output>
      GetAgentRequest: MessageTypeDefinition<_memsvc_v1_GetAgentRequest, _memsvc_v1_GetAgentRequest__Output>
      GetAgentResponse: MessageTypeDefinition<_memsvc_v1_GetAgentResponse, _memsvc_v1_GetAgentResponse__Output>
      GetContextWindowRequest: MessageTypeDefinition<_memsvc_v1_GetContextWindowRequest, _memsvc_v1_GetContextWindowRequest__Output>
      GetContextWindowResponse: MessageTypeDefinition<_memsvc_v1_GetContextWindowResponse, _memsvc_v1_GetContextWindowResponse__Output>
      GetTurnRequest: MessageTypeDefinition<_memsvc_v1_GetTurnRequest, _memsvc_v1_GetTurnRequest__Output>
      GetTurnResponse: MessageTypeDefinition<_memsvc_v1_GetTurnResponse, _memsvc_v1_GetTurnResponse__Output>
      Heartbeat: MessageTypeDefinition<_memsvc_v1_Heartbeat, _memsvc_v1_Heartbeat__Output>
      InnerThought: MessageTypeDefinition<_memsvc_v1_InnerThought, _memsvc_v1_InnerThought__Output>
      InputReceived: MessageTypeDefinition<_memsvc_v1_InputReceived, _memsvc_v1_InputReceived__Output>
      ListAgentsRequest: MessageTypeDefinition<_memsvc_v1_ListAgentsRequest, _memsvc_v1_ListAgentsRequest__Output>
      ListAgentsResponse: MessageTypeDefinition<_memsvc_v1_ListAgentsResponse, _memsvc_v1_ListAgentsResponse__Output>
      ListMessagesRequest: MessageTypeDefinition<_memsvc_v1_ListMessagesRequest, _memsvc_v1_ListMessagesRequest__Output>
      ListMessagesResponse: MessageTypeDefinition<_memsvc_v1_ListMessagesResponse, _memsvc_v1_ListMessagesResponse__Output>
      ListToolsRequest: MessageTypeDefinition<_memsvc_v1_ListToolsRequest, _memsvc_v1_ListToolsRequest__Output>
      ListToolsResponse: MessageTypeDefinition<_memsvc_v1_ListToolsResponse, _memsvc_v1_ListToolsResponse__Output>
      ListTurnsRequest: MessageTypeDefinition<_memsvc_v1_ListTurnsRequest, _memsvc_v1_ListTurnsRequest__Output>
      ListTurnsResponse: MessageTypeDefinition<_memsvc_v1_ListTurnsResponse, _memsvc_v1_ListTurnsResponse__Output>
      ListWakeupsRequest: MessageTypeDefinition<_memsvc_v1_ListWakeupsRequest, _memsvc_v1_ListWakeupsRequest__Output>
      ListWakeupsResponse: MessageTypeDefinition<_memsvc_v1_ListWakeupsResponse, _memsvc_v1_ListWakeupsResponse__Output>
      LlmConfig: MessageTypeDefinition<_memsvc_v1_LlmConfig, _memsvc_v1_LlmConfig__Output>
      MemoryBlock: MessageTypeDefinition<_memsvc_v1_MemoryBlock, _memsvc_v1_MemoryBlock__Output>
      Message: MessageTypeDefinition<_memsvc_v1_Message, _memsvc_v1_Message__Output>
      MessageInput: MessageTypeDefinition<_memsvc_v1_MessageInput, _memsvc_v1_MessageInput__Output>
      MessageRole: EnumTypeDefinition
      PendingCall: MessageTypeDefinition<_memsvc_v1_PendingCall, _memsvc_v1_PendingCall__Output>
      PendingCallKind: EnumTypeDefinition
      ResumeTurnRequest: MessageTypeDefinition<_memsvc_v1_ResumeTurnRequest, _memsvc_v1_ResumeTurnRequest__Output>
      ResumeTurnResponse: MessageTypeDefinition<_memsvc_v1_ResumeTurnResponse, _memsvc_v1_ResumeTurnResponse__Output>
      ScheduleWakeupRequest: MessageTypeDefinition<_memsvc_v1_ScheduleWakeupRequest, _memsvc_v1_ScheduleWakeupRequest__Output>
      ScheduleWakeupResponse: MessageTypeDefinition<_memsvc_v1_ScheduleWakeupResponse, _memsvc_v1_ScheduleWakeupResponse__Output>
      SendMessageRequest: MessageTypeDefinition<_memsvc_v1_SendMessageRequest, _memsvc_v1_SendMessageRequest__Output>
      SendMessageResponse: MessageTypeDefinition<_memsvc_v1_SendMessageResponse, _memsvc_v1_SendMessageResponse__Output>
      StepEvent: MessageTypeDefinition<_memsvc_v1_StepEvent, _memsvc_v1_StepEvent__Output>
      StepInput: MessageTypeDefinition<_memsvc_v1_StepInput, _memsvc_v1_StepInput__Output>
      StopReason: EnumTypeDefinition
      StreamStepRequest: MessageTypeDefinition<_memsvc_v1_StreamStepRequest, _memsvc_v1_StreamStepRequest__Output>
      StreamStepResponse: MessageTypeDefinition<_memsvc_v1_StreamStepResponse, _memsvc_v1_StreamStepResponse__Output>
      SystemAlert: MessageTypeDefinition<_memsvc_v1_SystemAlert, _memsvc_v1_SystemAlert__Output>
      SystemAlertKind: EnumTypeDefinition
      TextDelta: MessageTypeDefinition<_memsvc_v1_TextDelta, _memsvc_v1_TextDelta__Output>
      TextDeltaKind: EnumTypeDefinition
      Tool: MessageTypeDefinition<_memsvc_v1_Tool, _memsvc_v1_Tool__Output>
      ToolCall: MessageTypeDefinition<_memsvc_v1_ToolCall, _memsvc_v1_ToolCall__Output>
      ToolKind: EnumTypeDefinition
      ToolResult: MessageTypeDefinition<_memsvc_v1_ToolResult, _memsvc_v1_ToolResult__Output>
      Turn: MessageTypeDefinition<_memsvc_v1_Turn, _memsvc_v1_Turn__Output>
      TurnEnd: MessageTypeDefinition<_memsvc_v1_TurnEnd, _memsvc_v1_TurnEnd__Output>
      TurnKind: EnumTypeDefinition
      TurnStatus: EnumTypeDefinition
      TurnWaiting: MessageTypeDefinition<_memsvc_v1_TurnWaiting, _memsvc_v1_TurnWaiting__Output>
      UpdateAgentRequest: MessageTypeDefinition<_memsvc_v1_UpdateAgentRequest, _memsvc_v1_UpdateAgentRequest__Output>
      UpdateAgentResponse: MessageTypeDefinition<_memsvc_v1_UpdateAgentResponse, _memsvc_v1_UpdateAgentResponse__Output>
      Usage: MessageTypeDefinition<_memsvc_v1_Usage, _memsvc_v1_Usage__Output>
      Wakeup: MessageTypeDefinition<_memsvc_v1_Wakeup, _memsvc_v1_Wakeup__Output>
      WakeupOrigin: EnumTypeDefinition
      WakeupState: EnumTypeDefinition
      WatchAgentRequest: MessageTypeDefinition<_memsvc_v1_WatchAgentRequest, _memsvc_v1_WatchAgentRequest__Output>
      WatchAgentResponse: MessageTypeDefinition<_memsvc_v1_WatchAgentResponse, _memsvc_v1_WatchAgentResponse__Output>
    }
  }
}

