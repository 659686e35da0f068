import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Any as _google_protobuf_Any, Any__Output as _google_protobuf_Any__Output } from './google/protobuf/Any.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp.js';
import type { Status as _google_rpc_Status, Status__Output as _google_rpc_Status__Output } from './google/rpc/Status.js';
import type { AnswerRefused as _memsvc_v1_AnswerRefused, AnswerRefused__Output as _memsvc_v1_AnswerRefused__Output } from './memsvc/v1/AnswerRefused.js';
import type { ApprovalDecision as _memsvc_v1_ApprovalDecision, ApprovalDecision__Output as _memsvc_v1_ApprovalDecision__Output } from './memsvc/v1/ApprovalDecision.js';
import type { AssistantMessage as _memsvc_v1_AssistantMessage, AssistantMessage__Output as _memsvc_v1_AssistantMessage__Output } from './memsvc/v1/AssistantMessage.js';
import type { FunctionCall as _memsvc_v1_FunctionCall, FunctionCall__Output as _memsvc_v1_FunctionCall__Output } from './memsvc/v1/FunctionCall.js';
import type { FunctionResult as _memsvc_v1_FunctionResult, FunctionResult__Output as _memsvc_v1_FunctionResult__Output } from './memsvc/v1/FunctionResult.js';
import type { Heartbeat as _memsvc_v1_Heartbeat, Heartbeat__Output as _memsvc_v1_Heartbeat__Output } from './memsvc/v1/Heartbeat.js';
import type { InnerThought as _memsvc_v1_InnerThought, InnerThought__Output as _memsvc_v1_InnerThought__Output } from './memsvc/v1/InnerThought.js';
import type { InputReceived as _memsvc_v1_InputReceived, InputReceived__Output as _memsvc_v1_InputReceived__Output } from './memsvc/v1/InputReceived.js';
import type { Message as _memsvc_v1_Message, Message__Output as _memsvc_v1_Message__Output } from './memsvc/v1/Message.js';
import type { MessageInput as _memsvc_v1_MessageInput, MessageInput__Output as _memsvc_v1_MessageInput__Output } from './memsvc/v1/MessageInput.js';
import type { PendingCall as _memsvc_v1_PendingCall, PendingCall__Output as _memsvc_v1_PendingCall__Output } from './memsvc/v1/PendingCall.js';
import type { StepEvent as _memsvc_v1_StepEvent, StepEvent__Output as _memsvc_v1_StepEvent__Output } from './memsvc/v1/StepEvent.js';
import type { SystemAlert as _memsvc_v1_SystemAlert, SystemAlert__Output as _memsvc_v1_SystemAlert__Output } from './memsvc/v1/SystemAlert.js';
import type { TextDelta as _memsvc_v1_TextDelta, TextDelta__Output as _memsvc_v1_TextDelta__Output } from './memsvc/v1/TextDelta.js';
import type { ToolCall as _memsvc_v1_ToolCall, ToolCall__Output as _memsvc_v1_ToolCall__Output } from './memsvc/v1/ToolCall.js';
import type { ToolResult as _memsvc_v1_ToolResult, ToolResult__Output as _memsvc_v1_ToolResult__Output } from './memsvc/v1/ToolResult.js';
import type { Turn as _memsvc_v1_Turn, Turn__Output as _memsvc_v1_Turn__Output } from './memsvc/v1/Turn.js';
import type { TurnEnd as _memsvc_v1_TurnEnd, TurnEnd__Output as _memsvc_v1_TurnEnd__Output } from './memsvc/v1/TurnEnd.js';
import type { TurnWaiting as _memsvc_v1_TurnWaiting, TurnWaiting__Output as _memsvc_v1_TurnWaiting__Output } from './memsvc/v1/TurnWaiting.js';
import type { Usage as _memsvc_v1_Usage, Usage__Output as _memsvc_v1_Usage__Output } from './memsvc/v1/Usage.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      Any: MessageTypeDefinition<_google_protobuf_Any, _google_protobuf_Any__Output>
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
    rpc: {
      Status: MessageTypeDefinition<_google_rpc_Status, _google_rpc_Status__Output>
    }
  }
  memsvc: {
    v1: {
      AnswerRefused: MessageTypeDefinition<_memsvc_v1_AnswerRefused, _memsvc_v1_AnswerRefused__Output>
      ApprovalDecision: MessageTypeDefinition<_memsvc_v1_ApprovalDecision, _memsvc_v1_ApprovalDecision__Output>
      AssistantMessage: MessageTypeDefinition<_memsvc_v1_AssistantMessage, _memsvc_v1_AssistantMessage__Output>
      FunctionCall: MessageTypeDefinition<_memsvc_v1_FunctionCall, _memsvc_v1_FunctionCall__Output>
      FunctionResult: MessageTypeDefinition<_memsvc_v1_FunctionResult, _memsvc_v1_FunctionResult__Output>
      Heartbeat: MessageTypeDefinition<_memsvc_v1_Heartbeat, _memsvc_v1_Heartbeat__Output>
      InnerThought: MessageTypeDefinition<_memsvc_v1_InnerThought, _memsvc_v1_InnerThought__Output>
      InputReceived: MessageTypeDefinition<_memsvc_v1_InputReceived, _memsvc_v1_InputReceived__Output>
      Message: MessageTypeDefinition<_memsvc_v1_Message, _memsvc_v1_Message__Output>
      MessageInput: MessageTypeDefinition<_memsvc_v1_MessageInput, _memsvc_v1_MessageInput__Output>
      MessageRole: EnumTypeDefinition
      PendingCall: MessageTypeDefinition<_memsvc_v1_PendingCall, _memsvc_v1_PendingCall__Output>
      PendingCallKind: EnumTypeDefinition
      StepEvent: MessageTypeDefinition<_memsvc_v1_StepEvent, _memsvc_v1_StepEvent__Output>
      StopReason: EnumTypeDefinition
      SystemAlert: MessageTypeDefinition<_memsvc_v1_SystemAlert, _memsvc_v1_SystemAlert__Output>
      SystemAlertKind: EnumTypeDefinition
      TextDelta: MessageTypeDefinition<_memsvc_v1_TextDelta, _memsvc_v1_TextDelta__Output>
      TextDeltaKind: EnumTypeDefinition
      ToolCall: MessageTypeDefinition<_memsvc_v1_ToolCall, _memsvc_v1_ToolCall__Output>
      ToolResult: MessageTypeDefinition<_memsvc_v1_ToolResult, _memsvc_v1_ToolResult__Output>
      Turn: MessageTypeDefinition<_memsvc_v1_Turn, _memsvc_v1_Turn__Output>
      TurnEnd: MessageTypeDefinition<_memsvc_v1_TurnEnd, _memsvc_v1_TurnEnd__Output>
      TurnKind: EnumTypeDefinition
      TurnStatus: EnumTypeDefinition
      TurnWaiting: MessageTypeDefinition<_memsvc_v1_TurnWaiting, _memsvc_v1_TurnWaiting__Output>
      Usage: MessageTypeDefinition<_memsvc_v1_Usage, _memsvc_v1_Usage__Output>
    }
  }
}

