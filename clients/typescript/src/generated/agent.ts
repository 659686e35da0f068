import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp.js';
import type { Agent as _memsvc_v1_Agent, Agent__Output as _memsvc_v1_Agent__Output } from './memsvc/v1/Agent.js';
import type { ClientTool as _memsvc_v1_ClientTool, ClientTool__Output as _memsvc_v1_ClientTool__Output } from './memsvc/v1/ClientTool.js';
import type { ConsolidationConfig as _memsvc_v1_ConsolidationConfig, ConsolidationConfig__Output as _memsvc_v1_ConsolidationConfig__Output } from './memsvc/v1/ConsolidationConfig.js';
import type { ContextConfig as _memsvc_v1_ContextConfig, ContextConfig__Output as _memsvc_v1_ContextConfig__Output } from './memsvc/v1/ContextConfig.js';
import type { EmbeddingConfig as _memsvc_v1_EmbeddingConfig, EmbeddingConfig__Output as _memsvc_v1_EmbeddingConfig__Output } from './memsvc/v1/EmbeddingConfig.js';
import type { LlmConfig as _memsvc_v1_LlmConfig, LlmConfig__Output as _memsvc_v1_LlmConfig__Output } from './memsvc/v1/LlmConfig.js';
import type { MemoryBlock as _memsvc_v1_MemoryBlock, MemoryBlock__Output as _memsvc_v1_MemoryBlock__Output } from './memsvc/v1/MemoryBlock.js';
import type { Tool as _memsvc_v1_Tool, Tool__Output as _memsvc_v1_Tool__Output } from './memsvc/v1/Tool.js';

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
      Agent: MessageTypeDefinition<_memsvc_v1_Agent, _memsvc_v1_Agent__Output>
      ClientTool: MessageTypeDefinition<_memsvc_v1_ClientTool, _memsvc_v1_ClientTool__Output>
      ConsolidationConfig: MessageTypeDefinition<_memsvc_v1_ConsolidationConfig, _memsvc_v1_ConsolidationConfig__Output>
      ContextConfig: MessageTypeDefinition<_memsvc_v1_ContextConfig, _memsvc_v1_ContextConfig__Output>
      EmbeddingConfig: MessageTypeDefinition<_memsvc_v1_EmbeddingConfig, _memsvc_v1_EmbeddingConfig__Output>
      LlmConfig: MessageTypeDefinition<_memsvc_v1_LlmConfig, _memsvc_v1_LlmConfig__Output>
      MemoryBlock: MessageTypeDefinition<_memsvc_v1_MemoryBlock, _memsvc_v1_MemoryBlock__Output>
      Tool: MessageTypeDefinition<_memsvc_v1_Tool, _memsvc_v1_Tool__Output>
      ToolKind: EnumTypeDefinition
    }
  }
}

