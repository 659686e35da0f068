import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ExecuteFunctionRequest as _memsvc_v1_ExecuteFunctionRequest, ExecuteFunctionRequest__Output as _memsvc_v1_ExecuteFunctionRequest__Output } from './memsvc/v1/ExecuteFunctionRequest.js';
import type { ExecuteFunctionResponse as _memsvc_v1_ExecuteFunctionResponse, ExecuteFunctionResponse__Output as _memsvc_v1_ExecuteFunctionResponse__Output } from './memsvc/v1/ExecuteFunctionResponse.js';
import type { ExecutorServiceClient as _memsvc_v1_ExecutorServiceClient, ExecutorServiceDefinition as _memsvc_v1_ExecutorServiceDefinition } from './memsvc/v1/ExecutorService.js';
import type { FunctionSchema as _memsvc_v1_FunctionSchema, FunctionSchema__Output as _memsvc_v1_FunctionSchema__Output } from './memsvc/v1/FunctionSchema.js';
import type { ListFunctionsRequest as _memsvc_v1_ListFunctionsRequest, ListFunctionsRequest__Output as _memsvc_v1_ListFunctionsRequest__Output } from './memsvc/v1/ListFunctionsRequest.js';
import type { ListFunctionsResponse as _memsvc_v1_ListFunctionsResponse, ListFunctionsResponse__Output as _memsvc_v1_ListFunctionsResponse__Output } from './memsvc/v1/ListFunctionsResponse.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  memsvc: {
    v1: {
      ExecuteFunctionRequest: MessageTypeDefinition<_memsvc_v1_ExecuteFunctionRequest, _memsvc_v1_ExecuteFunctionRequest__Output>
      ExecuteFunctionResponse: MessageTypeDefinition<_memsvc_v1_ExecuteFunctionResponse, _memsvc_v1_ExecuteFunctionResponse__Output>
      /**
       * ExecutorService runs on the executor server (the function executor). It owns the
       * functions the LLM may call (their JSON schemas) and runs one call at a time
       * against the memory server. It keeps no state.
       */
      ExecutorService: SubtypeConstructor<typeof grpc.Client, _memsvc_v1_ExecutorServiceClient> & { service: _memsvc_v1_ExecutorServiceDefinition }
      FunctionSchema: MessageTypeDefinition<_memsvc_v1_FunctionSchema, _memsvc_v1_FunctionSchema__Output>
      ListFunctionsRequest: MessageTypeDefinition<_memsvc_v1_ListFunctionsRequest, _memsvc_v1_ListFunctionsRequest__Output>
      ListFunctionsResponse: MessageTypeDefinition<_memsvc_v1_ListFunctionsResponse, _memsvc_v1_ListFunctionsResponse__Output>
    }
  }
}

