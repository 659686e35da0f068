import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from './google/protobuf/FieldMask.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp.js';
import type { AcquireTurnLeaseRequest as _memsvc_v1_AcquireTurnLeaseRequest, AcquireTurnLeaseRequest__Output as _memsvc_v1_AcquireTurnLeaseRequest__Output } from './memsvc/v1/AcquireTurnLeaseRequest.js';
import type { AcquireTurnLeaseResponse as _memsvc_v1_AcquireTurnLeaseResponse, AcquireTurnLeaseResponse__Output as _memsvc_v1_AcquireTurnLeaseResponse__Output } from './memsvc/v1/AcquireTurnLeaseResponse.js';
import type { Agent as _memsvc_v1_Agent, Agent__Output as _memsvc_v1_Agent__Output } from './memsvc/v1/Agent.js';
import type { AgentStoreServiceClient as _memsvc_v1_AgentStoreServiceClient, AgentStoreServiceDefinition as _memsvc_v1_AgentStoreServiceDefinition } from './memsvc/v1/AgentStoreService.js';
import type { CancelWakeupRecordRequest as _memsvc_v1_CancelWakeupRecordRequest, CancelWakeupRecordRequest__Output as _memsvc_v1_CancelWakeupRecordRequest__Output } from './memsvc/v1/CancelWakeupRecordRequest.js';
import type { CancelWakeupRecordResponse as _memsvc_v1_CancelWakeupRecordResponse, CancelWakeupRecordResponse__Output as _memsvc_v1_CancelWakeupRecordResponse__Output } from './memsvc/v1/CancelWakeupRecordResponse.js';
import type { ClientTool as _memsvc_v1_ClientTool, ClientTool__Output as _memsvc_v1_ClientTool__Output } from './memsvc/v1/ClientTool.js';
import type { CommitContextRequest as _memsvc_v1_CommitContextRequest, CommitContextRequest__Output as _memsvc_v1_CommitContextRequest__Output } from './memsvc/v1/CommitContextRequest.js';
import type { CommitContextResponse as _memsvc_v1_CommitContextResponse, CommitContextResponse__Output as _memsvc_v1_CommitContextResponse__Output } from './memsvc/v1/CommitContextResponse.js';
import type { ConsolidationConfig as _memsvc_v1_ConsolidationConfig, ConsolidationConfig__Output as _memsvc_v1_ConsolidationConfig__Output } from './memsvc/v1/ConsolidationConfig.js';
import type { ContextConfig as _memsvc_v1_ContextConfig, ContextConfig__Output as _memsvc_v1_ContextConfig__Output } from './memsvc/v1/ContextConfig.js';
import type { ContextState as _memsvc_v1_ContextState, ContextState__Output as _memsvc_v1_ContextState__Output } from './memsvc/v1/ContextState.js';
import type { CreateAgentRecordRequest as _memsvc_v1_CreateAgentRecordRequest, CreateAgentRecordRequest__Output as _memsvc_v1_CreateAgentRecordRequest__Output } from './memsvc/v1/CreateAgentRecordRequest.js';
import type { CreateAgentRecordResponse as _memsvc_v1_CreateAgentRecordResponse, CreateAgentRecordResponse__Output as _memsvc_v1_CreateAgentRecordResponse__Output } from './memsvc/v1/CreateAgentRecordResponse.js';
import type { DeleteAgentRecordRequest as _memsvc_v1_DeleteAgentRecordRequest, DeleteAgentRecordRequest__Output as _memsvc_v1_DeleteAgentRecordRequest__Output } from './memsvc/v1/DeleteAgentRecordRequest.js';
import type { DeleteAgentRecordResponse as _memsvc_v1_DeleteAgentRecordResponse, DeleteAgentRecordResponse__Output as _memsvc_v1_DeleteAgentRecordResponse__Output } from './memsvc/v1/DeleteAgentRecordResponse.js';
import type { DueConsolidation as _memsvc_v1_DueConsolidation, DueConsolidation__Output as _memsvc_v1_DueConsolidation__Output } from './memsvc/v1/DueConsolidation.js';
import type { DueTurn as _memsvc_v1_DueTurn, DueTurn__Output as _memsvc_v1_DueTurn__Output } from './memsvc/v1/DueTurn.js';
import type { DueWakeup as _memsvc_v1_DueWakeup, DueWakeup__Output as _memsvc_v1_DueWakeup__Output } from './memsvc/v1/DueWakeup.js';
import type { EmbeddingConfig as _memsvc_v1_EmbeddingConfig, EmbeddingConfig__Output as _memsvc_v1_EmbeddingConfig__Output } from './memsvc/v1/EmbeddingConfig.js';
import type { FinishTurnRequestRequest as _memsvc_v1_FinishTurnRequestRequest, FinishTurnRequestRequest__Output as _memsvc_v1_FinishTurnRequestRequest__Output } from './memsvc/v1/FinishTurnRequestRequest.js';
import type { FinishTurnRequestResponse as _memsvc_v1_FinishTurnRequestResponse, FinishTurnRequestResponse__Output as _memsvc_v1_FinishTurnRequestResponse__Output } from './memsvc/v1/FinishTurnRequestResponse.js';
import type { GetAgentRecordRequest as _memsvc_v1_GetAgentRecordRequest, GetAgentRecordRequest__Output as _memsvc_v1_GetAgentRecordRequest__Output } from './memsvc/v1/GetAgentRecordRequest.js';
import type { GetAgentRecordResponse as _memsvc_v1_GetAgentRecordResponse, GetAgentRecordResponse__Output as _memsvc_v1_GetAgentRecordResponse__Output } from './memsvc/v1/GetAgentRecordResponse.js';
import type { GetTurnRecordRequest as _memsvc_v1_GetTurnRecordRequest, GetTurnRecordRequest__Output as _memsvc_v1_GetTurnRecordRequest__Output } from './memsvc/v1/GetTurnRecordRequest.js';
import type { GetTurnRecordResponse as _memsvc_v1_GetTurnRecordResponse, GetTurnRecordResponse__Output as _memsvc_v1_GetTurnRecordResponse__Output } from './memsvc/v1/GetTurnRecordResponse.js';
import type { GetTurnRequestRequest as _memsvc_v1_GetTurnRequestRequest, GetTurnRequestRequest__Output as _memsvc_v1_GetTurnRequestRequest__Output } from './memsvc/v1/GetTurnRequestRequest.js';
import type { GetTurnRequestResponse as _memsvc_v1_GetTurnRequestResponse, GetTurnRequestResponse__Output as _memsvc_v1_GetTurnRequestResponse__Output } from './memsvc/v1/GetTurnRequestResponse.js';
import type { ListAgentRecordsRequest as _memsvc_v1_ListAgentRecordsRequest, ListAgentRecordsRequest__Output as _memsvc_v1_ListAgentRecordsRequest__Output } from './memsvc/v1/ListAgentRecordsRequest.js';
import type { ListAgentRecordsResponse as _memsvc_v1_ListAgentRecordsResponse, ListAgentRecordsResponse__Output as _memsvc_v1_ListAgentRecordsResponse__Output } from './memsvc/v1/ListAgentRecordsResponse.js';
import type { ListDueConsolidationsRequest as _memsvc_v1_ListDueConsolidationsRequest, ListDueConsolidationsRequest__Output as _memsvc_v1_ListDueConsolidationsRequest__Output } from './memsvc/v1/ListDueConsolidationsRequest.js';
import type { ListDueConsolidationsResponse as _memsvc_v1_ListDueConsolidationsResponse, ListDueConsolidationsResponse__Output as _memsvc_v1_ListDueConsolidationsResponse__Output } from './memsvc/v1/ListDueConsolidationsResponse.js';
import type { ListDueTurnsRequest as _memsvc_v1_ListDueTurnsRequest, ListDueTurnsRequest__Output as _memsvc_v1_ListDueTurnsRequest__Output } from './memsvc/v1/ListDueTurnsRequest.js';
import type { ListDueTurnsResponse as _memsvc_v1_ListDueTurnsResponse, ListDueTurnsResponse__Output as _memsvc_v1_ListDueTurnsResponse__Output } from './memsvc/v1/ListDueTurnsResponse.js';
import type { ListDueWakeupsRequest as _memsvc_v1_ListDueWakeupsRequest, ListDueWakeupsRequest__Output as _memsvc_v1_ListDueWakeupsRequest__Output } from './memsvc/v1/ListDueWakeupsRequest.js';
import type { ListDueWakeupsResponse as _memsvc_v1_ListDueWakeupsResponse, ListDueWakeupsResponse__Output as _memsvc_v1_ListDueWakeupsResponse__Output } from './memsvc/v1/ListDueWakeupsResponse.js';
import type { ListTurnRecordsRequest as _memsvc_v1_ListTurnRecordsRequest, ListTurnRecordsRequest__Output as _memsvc_v1_ListTurnRecordsRequest__Output } from './memsvc/v1/ListTurnRecordsRequest.js';
import type { ListTurnRecordsResponse as _memsvc_v1_ListTurnRecordsResponse, ListTurnRecordsResponse__Output as _memsvc_v1_ListTurnRecordsResponse__Output } from './memsvc/v1/ListTurnRecordsResponse.js';
import type { ListWakeupRecordsRequest as _memsvc_v1_ListWakeupRecordsRequest, ListWakeupRecordsRequest__Output as _memsvc_v1_ListWakeupRecordsRequest__Output } from './memsvc/v1/ListWakeupRecordsRequest.js';
import type { ListWakeupRecordsResponse as _memsvc_v1_ListWakeupRecordsResponse, ListWakeupRecordsResponse__Output as _memsvc_v1_ListWakeupRecordsResponse__Output } from './memsvc/v1/ListWakeupRecordsResponse.js';
import type { LlmConfig as _memsvc_v1_LlmConfig, LlmConfig__Output as _memsvc_v1_LlmConfig__Output } from './memsvc/v1/LlmConfig.js';
import type { LoadContextRequest as _memsvc_v1_LoadContextRequest, LoadContextRequest__Output as _memsvc_v1_LoadContextRequest__Output } from './memsvc/v1/LoadContextRequest.js';
import type { LoadContextResponse as _memsvc_v1_LoadContextResponse, LoadContextResponse__Output as _memsvc_v1_LoadContextResponse__Output } from './memsvc/v1/LoadContextResponse.js';
import type { MemoryBlock as _memsvc_v1_MemoryBlock, MemoryBlock__Output as _memsvc_v1_MemoryBlock__Output } from './memsvc/v1/MemoryBlock.js';
import type { Message as _memsvc_v1_Message, Message__Output as _memsvc_v1_Message__Output } from './memsvc/v1/Message.js';
import type { MessageInput as _memsvc_v1_MessageInput, MessageInput__Output as _memsvc_v1_MessageInput__Output } from './memsvc/v1/MessageInput.js';
import type { PruneWakeupRecordsRequest as _memsvc_v1_PruneWakeupRecordsRequest, PruneWakeupRecordsRequest__Output as _memsvc_v1_PruneWakeupRecordsRequest__Output } from './memsvc/v1/PruneWakeupRecordsRequest.js';
import type { PruneWakeupRecordsResponse as _memsvc_v1_PruneWakeupRecordsResponse, PruneWakeupRecordsResponse__Output as _memsvc_v1_PruneWakeupRecordsResponse__Output } from './memsvc/v1/PruneWakeupRecordsResponse.js';
import type { ReleaseTurnLeaseRequest as _memsvc_v1_ReleaseTurnLeaseRequest, ReleaseTurnLeaseRequest__Output as _memsvc_v1_ReleaseTurnLeaseRequest__Output } from './memsvc/v1/ReleaseTurnLeaseRequest.js';
import type { ReleaseTurnLeaseResponse as _memsvc_v1_ReleaseTurnLeaseResponse, ReleaseTurnLeaseResponse__Output as _memsvc_v1_ReleaseTurnLeaseResponse__Output } from './memsvc/v1/ReleaseTurnLeaseResponse.js';
import type { ScheduleWakeupRecordRequest as _memsvc_v1_ScheduleWakeupRecordRequest, ScheduleWakeupRecordRequest__Output as _memsvc_v1_ScheduleWakeupRecordRequest__Output } from './memsvc/v1/ScheduleWakeupRecordRequest.js';
import type { ScheduleWakeupRecordResponse as _memsvc_v1_ScheduleWakeupRecordResponse, ScheduleWakeupRecordResponse__Output as _memsvc_v1_ScheduleWakeupRecordResponse__Output } from './memsvc/v1/ScheduleWakeupRecordResponse.js';
import type { StoredEvent as _memsvc_v1_StoredEvent, StoredEvent__Output as _memsvc_v1_StoredEvent__Output } from './memsvc/v1/StoredEvent.js';
import type { Tool as _memsvc_v1_Tool, Tool__Output as _memsvc_v1_Tool__Output } from './memsvc/v1/Tool.js';
import type { ToolCall as _memsvc_v1_ToolCall, ToolCall__Output as _memsvc_v1_ToolCall__Output } from './memsvc/v1/ToolCall.js';
import type { TurnRecord as _memsvc_v1_TurnRecord, TurnRecord__Output as _memsvc_v1_TurnRecord__Output } from './memsvc/v1/TurnRecord.js';
import type { UpdateAgentRecordRequest as _memsvc_v1_UpdateAgentRecordRequest, UpdateAgentRecordRequest__Output as _memsvc_v1_UpdateAgentRecordRequest__Output } from './memsvc/v1/UpdateAgentRecordRequest.js';
import type { UpdateAgentRecordResponse as _memsvc_v1_UpdateAgentRecordResponse, UpdateAgentRecordResponse__Output as _memsvc_v1_UpdateAgentRecordResponse__Output } from './memsvc/v1/UpdateAgentRecordResponse.js';
import type { Wakeup as _memsvc_v1_Wakeup, Wakeup__Output as _memsvc_v1_Wakeup__Output } from './memsvc/v1/Wakeup.js';
import type { WakeupFiring as _memsvc_v1_WakeupFiring, WakeupFiring__Output as _memsvc_v1_WakeupFiring__Output } from './memsvc/v1/WakeupFiring.js';
import type { WatchTurnEventsRequest as _memsvc_v1_WatchTurnEventsRequest, WatchTurnEventsRequest__Output as _memsvc_v1_WatchTurnEventsRequest__Output } from './memsvc/v1/WatchTurnEventsRequest.js';
import type { WatchTurnEventsResponse as _memsvc_v1_WatchTurnEventsResponse, WatchTurnEventsResponse__Output as _memsvc_v1_WatchTurnEventsResponse__Output } from './memsvc/v1/WatchTurnEventsResponse.js';

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
      AcquireTurnLeaseRequest: MessageTypeDefinition<_memsvc_v1_AcquireTurnLeaseRequest, _memsvc_v1_AcquireTurnLeaseRequest__Output>
      AcquireTurnLeaseResponse: MessageTypeDefinition<_memsvc_v1_AcquireTurnLeaseResponse, _memsvc_v1_AcquireTurnLeaseResponse__Output>
      Agent: MessageTypeDefinition<_memsvc_v1_Agent, _memsvc_v1_Agent__Output>
      /**
       * AgentStoreService runs on the memory server. It is internal: the agent server keeps
       * its durable state here (agent records, the message queue, the recursive summary),
       * so that agent servers stay stateless and every change of a step commits in one
       * transaction. Clients use AgentService instead.
       */
      AgentStoreService: SubtypeConstructor<typeof grpc.Client, _memsvc_v1_AgentStoreServiceClient> & { service: _memsvc_v1_AgentStoreServiceDefinition }
      CancelWakeupRecordRequest: MessageTypeDefinition<_memsvc_v1_CancelWakeupRecordRequest, _memsvc_v1_CancelWakeupRecordRequest__Output>
      CancelWakeupRecordResponse: MessageTypeDefinition<_memsvc_v1_CancelWakeupRecordResponse, _memsvc_v1_CancelWakeupRecordResponse__Output>
      ClientTool: MessageTypeDefinition<_memsvc_v1_ClientTool, _memsvc_v1_ClientTool__Output>
      CommitContextRequest: MessageTypeDefinition<_memsvc_v1_CommitContextRequest, _memsvc_v1_CommitContextRequest__Output>
      CommitContextResponse: MessageTypeDefinition<_memsvc_v1_CommitContextResponse, _memsvc_v1_CommitContextResponse__Output>
      ConsolidationConfig: MessageTypeDefinition<_memsvc_v1_ConsolidationConfig, _memsvc_v1_ConsolidationConfig__Output>
      ContextConfig: MessageTypeDefinition<_memsvc_v1_ContextConfig, _memsvc_v1_ContextConfig__Output>
      ContextState: MessageTypeDefinition<_memsvc_v1_ContextState, _memsvc_v1_ContextState__Output>
      CreateAgentRecordRequest: MessageTypeDefinition<_memsvc_v1_CreateAgentRecordRequest, _memsvc_v1_CreateAgentRecordRequest__Output>
      CreateAgentRecordResponse: MessageTypeDefinition<_memsvc_v1_CreateAgentRecordResponse, _memsvc_v1_CreateAgentRecordResponse__Output>
      DeleteAgentRecordRequest: MessageTypeDefinition<_memsvc_v1_DeleteAgentRecordRequest, _memsvc_v1_DeleteAgentRecordRequest__Output>
      DeleteAgentRecordResponse: MessageTypeDefinition<_memsvc_v1_DeleteAgentRecordResponse, _memsvc_v1_DeleteAgentRecordResponse__Output>
      DueConsolidation: MessageTypeDefinition<_memsvc_v1_DueConsolidation, _memsvc_v1_DueConsolidation__Output>
      DueTurn: MessageTypeDefinition<_memsvc_v1_DueTurn, _memsvc_v1_DueTurn__Output>
      DueWakeup: MessageTypeDefinition<_memsvc_v1_DueWakeup, _memsvc_v1_DueWakeup__Output>
      EmbeddingConfig: MessageTypeDefinition<_memsvc_v1_EmbeddingConfig, _memsvc_v1_EmbeddingConfig__Output>
      FinishTurnRequestRequest: MessageTypeDefinition<_memsvc_v1_FinishTurnRequestRequest, _memsvc_v1_FinishTurnRequestRequest__Output>
      FinishTurnRequestResponse: MessageTypeDefinition<_memsvc_v1_FinishTurnRequestResponse, _memsvc_v1_FinishTurnRequestResponse__Output>
      GetAgentRecordRequest: MessageTypeDefinition<_memsvc_v1_GetAgentRecordRequest, _memsvc_v1_GetAgentRecordRequest__Output>
      GetAgentRecordResponse: MessageTypeDefinition<_memsvc_v1_GetAgentRecordResponse, _memsvc_v1_GetAgentRecordResponse__Output>
      GetTurnRecordRequest: MessageTypeDefinition<_memsvc_v1_GetTurnRecordRequest, _memsvc_v1_GetTurnRecordRequest__Output>
      GetTurnRecordResponse: MessageTypeDefinition<_memsvc_v1_GetTurnRecordResponse, _memsvc_v1_GetTurnRecordResponse__Output>
      GetTurnRequestRequest: MessageTypeDefinition<_memsvc_v1_GetTurnRequestRequest, _memsvc_v1_GetTurnRequestRequest__Output>
      GetTurnRequestResponse: MessageTypeDefinition<_memsvc_v1_GetTurnRequestResponse, _memsvc_v1_GetTurnRequestResponse__Output>
      ListAgentRecordsRequest: MessageTypeDefinition<_memsvc_v1_ListAgentRecordsRequest, _memsvc_v1_ListAgentRecordsRequest__Output>
      ListAgentRecordsResponse: MessageTypeDefinition<_memsvc_v1_ListAgentRecordsResponse, _memsvc_v1_ListAgentRecordsResponse__Output>
      ListDueConsolidationsRequest: MessageTypeDefinition<_memsvc_v1_ListDueConsolidationsRequest, _memsvc_v1_ListDueConsolidationsRequest__Output>
      ListDueConsolidationsResponse: MessageTypeDefinition<_memsvc_v1_ListDueConsolidationsResponse, _memsvc_v1_ListDueConsolidationsResponse__Output>
      ListDueTurnsRequest: MessageTypeDefinition<_memsvc_v1_ListDueTurnsRequest, _memsvc_v1_ListDueTurnsRequest__Output>
      ListDueTurnsResponse: MessageTypeDefinition<_memsvc_v1_ListDueTurnsResponse, _memsvc_v1_ListDueTurnsResponse__Output>
      ListDueWakeupsRequest: MessageTypeDefinition<_memsvc_v1_ListDueWakeupsRequest, _memsvc_v1_ListDueWakeupsRequest__Output>
      ListDueWakeupsResponse: MessageTypeDefinition<_memsvc_v1_ListDueWakeupsResponse, _memsvc_v1_ListDueWakeupsResponse__Output>
      ListTurnRecordsRequest: MessageTypeDefinition<_memsvc_v1_ListTurnRecordsRequest, _memsvc_v1_ListTurnRecordsRequest__Output>
      ListTurnRecordsResponse: MessageTypeDefinition<_memsvc_v1_ListTurnRecordsResponse, _memsvc_v1_ListTurnRecordsResponse__Output>
      ListWakeupRecordsRequest: MessageTypeDefinition<_memsvc_v1_ListWakeupRecordsRequest, _memsvc_v1_ListWakeupRecordsRequest__Output>
      ListWakeupRecordsResponse: MessageTypeDefinition<_memsvc_v1_ListWakeupRecordsResponse, _memsvc_v1_ListWakeupRecordsResponse__Output>
      LlmConfig: MessageTypeDefinition<_memsvc_v1_LlmConfig, _memsvc_v1_LlmConfig__Output>
      LoadContextRequest: MessageTypeDefinition<_memsvc_v1_LoadContextRequest, _memsvc_v1_LoadContextRequest__Output>
      LoadContextResponse: MessageTypeDefinition<_memsvc_v1_LoadContextResponse, _memsvc_v1_LoadContextResponse__Output>
      MemoryBlock: MessageTypeDefinition<_memsvc_v1_MemoryBlock, _memsvc_v1_MemoryBlock__Output>
      Message: MessageTypeDefinition<_memsvc_v1_Message, _memsvc_v1_Message__Output>
      MessageInput: MessageTypeDefinition<_memsvc_v1_MessageInput, _memsvc_v1_MessageInput__Output>
      MessageRole: EnumTypeDefinition
      PruneWakeupRecordsRequest: MessageTypeDefinition<_memsvc_v1_PruneWakeupRecordsRequest, _memsvc_v1_PruneWakeupRecordsRequest__Output>
      PruneWakeupRecordsResponse: MessageTypeDefinition<_memsvc_v1_PruneWakeupRecordsResponse, _memsvc_v1_PruneWakeupRecordsResponse__Output>
      ReleaseTurnLeaseRequest: MessageTypeDefinition<_memsvc_v1_ReleaseTurnLeaseRequest, _memsvc_v1_ReleaseTurnLeaseRequest__Output>
      ReleaseTurnLeaseResponse: MessageTypeDefinition<_memsvc_v1_ReleaseTurnLeaseResponse, _memsvc_v1_ReleaseTurnLeaseResponse__Output>
      ScheduleWakeupRecordRequest: MessageTypeDefinition<_memsvc_v1_ScheduleWakeupRecordRequest, _memsvc_v1_ScheduleWakeupRecordRequest__Output>
      ScheduleWakeupRecordResponse: MessageTypeDefinition<_memsvc_v1_ScheduleWakeupRecordResponse, _memsvc_v1_ScheduleWakeupRecordResponse__Output>
      StoredEvent: MessageTypeDefinition<_memsvc_v1_StoredEvent, _memsvc_v1_StoredEvent__Output>
      Tool: MessageTypeDefinition<_memsvc_v1_Tool, _memsvc_v1_Tool__Output>
      ToolCall: MessageTypeDefinition<_memsvc_v1_ToolCall, _memsvc_v1_ToolCall__Output>
      ToolKind: EnumTypeDefinition
      TurnRecord: MessageTypeDefinition<_memsvc_v1_TurnRecord, _memsvc_v1_TurnRecord__Output>
      UpdateAgentRecordRequest: MessageTypeDefinition<_memsvc_v1_UpdateAgentRecordRequest, _memsvc_v1_UpdateAgentRecordRequest__Output>
      UpdateAgentRecordResponse: MessageTypeDefinition<_memsvc_v1_UpdateAgentRecordResponse, _memsvc_v1_UpdateAgentRecordResponse__Output>
      Wakeup: MessageTypeDefinition<_memsvc_v1_Wakeup, _memsvc_v1_Wakeup__Output>
      WakeupFiring: MessageTypeDefinition<_memsvc_v1_WakeupFiring, _memsvc_v1_WakeupFiring__Output>
      WakeupOrigin: EnumTypeDefinition
      WakeupState: EnumTypeDefinition
      WatchTurnEventsRequest: MessageTypeDefinition<_memsvc_v1_WatchTurnEventsRequest, _memsvc_v1_WatchTurnEventsRequest__Output>
      WatchTurnEventsResponse: MessageTypeDefinition<_memsvc_v1_WatchTurnEventsResponse, _memsvc_v1_WatchTurnEventsResponse__Output>
    }
  }
}

