import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp.js';
import type { ArchivalHit as _memsvc_v1_ArchivalHit, ArchivalHit__Output as _memsvc_v1_ArchivalHit__Output } from './memsvc/v1/ArchivalHit.js';
import type { Message as _memsvc_v1_Message, Message__Output as _memsvc_v1_Message__Output } from './memsvc/v1/Message.js';
import type { MessageInput as _memsvc_v1_MessageInput, MessageInput__Output as _memsvc_v1_MessageInput__Output } from './memsvc/v1/MessageInput.js';
import type { Passage as _memsvc_v1_Passage, Passage__Output as _memsvc_v1_Passage__Output } from './memsvc/v1/Passage.js';
import type { PassageVersion as _memsvc_v1_PassageVersion, PassageVersion__Output as _memsvc_v1_PassageVersion__Output } from './memsvc/v1/PassageVersion.js';
import type { RecallHit as _memsvc_v1_RecallHit, RecallHit__Output as _memsvc_v1_RecallHit__Output } from './memsvc/v1/RecallHit.js';
import type { ToolCall as _memsvc_v1_ToolCall, ToolCall__Output as _memsvc_v1_ToolCall__Output } from './memsvc/v1/ToolCall.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
  memsvc: {
    v1: {
      ArchivalHit: MessageTypeDefinition<_memsvc_v1_ArchivalHit, _memsvc_v1_ArchivalHit__Output>
      Message: MessageTypeDefinition<_memsvc_v1_Message, _memsvc_v1_Message__Output>
      MessageInput: MessageTypeDefinition<_memsvc_v1_MessageInput, _memsvc_v1_MessageInput__Output>
      MessageRole: EnumTypeDefinition
      Passage: MessageTypeDefinition<_memsvc_v1_Passage, _memsvc_v1_Passage__Output>
      PassageVersion: MessageTypeDefinition<_memsvc_v1_PassageVersion, _memsvc_v1_PassageVersion__Output>
      RecallHit: MessageTypeDefinition<_memsvc_v1_RecallHit, _memsvc_v1_RecallHit__Output>
      TagMatchMode: EnumTypeDefinition
      ToolCall: MessageTypeDefinition<_memsvc_v1_ToolCall, _memsvc_v1_ToolCall__Output>
    }
  }
}

