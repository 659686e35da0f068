import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { ClientTool as _memsvc_v1_ClientTool, ClientTool__Output as _memsvc_v1_ClientTool__Output } from './memsvc/v1/ClientTool.js';
import type { Tool as _memsvc_v1_Tool, Tool__Output as _memsvc_v1_Tool__Output } from './memsvc/v1/Tool.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  memsvc: {
    v1: {
      ClientTool: MessageTypeDefinition<_memsvc_v1_ClientTool, _memsvc_v1_ClientTool__Output>
      Tool: MessageTypeDefinition<_memsvc_v1_Tool, _memsvc_v1_Tool__Output>
      ToolKind: EnumTypeDefinition
    }
  }
}

