// Original file: ../../proto/memsvc/v1/executor_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ExecuteFunctionRequest as _memsvc_v1_ExecuteFunctionRequest, ExecuteFunctionRequest__Output as _memsvc_v1_ExecuteFunctionRequest__Output } from '../../memsvc/v1/ExecuteFunctionRequest.js';
import type { ExecuteFunctionResponse as _memsvc_v1_ExecuteFunctionResponse, ExecuteFunctionResponse__Output as _memsvc_v1_ExecuteFunctionResponse__Output } from '../../memsvc/v1/ExecuteFunctionResponse.js';
import type { ListFunctionsRequest as _memsvc_v1_ListFunctionsRequest, ListFunctionsRequest__Output as _memsvc_v1_ListFunctionsRequest__Output } from '../../memsvc/v1/ListFunctionsRequest.js';
import type { ListFunctionsResponse as _memsvc_v1_ListFunctionsResponse, ListFunctionsResponse__Output as _memsvc_v1_ListFunctionsResponse__Output } from '../../memsvc/v1/ListFunctionsResponse.js';

/**
 * ExecutorService runs on the executor server (the function executor). It owns the
 * functions the LLM may call (their JSON schemas) and runs one call at a time
 * against the memory server. It keeps no state.
 */
export interface ExecutorServiceClient extends grpc.Client {
  /**
   * Runs one function call for an agent. A call that fails because of the LLM's
   * arguments, or because memory refuses it (a block over its limit, text not found),
   * is not an RPC error: it returns `ok` false with a result the LLM can act on.
   * RPC errors are reserved for the caller's mistakes: NOT_FOUND for an unknown
   * agent, INVALID_ARGUMENT if `arguments` is not a JSON object.
   */
  ExecuteFunction(argument: _memsvc_v1_ExecuteFunctionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ExecuteFunctionResponse__Output>): grpc.ClientUnaryCall;
  ExecuteFunction(argument: _memsvc_v1_ExecuteFunctionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ExecuteFunctionResponse__Output>): grpc.ClientUnaryCall;
  ExecuteFunction(argument: _memsvc_v1_ExecuteFunctionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ExecuteFunctionResponse__Output>): grpc.ClientUnaryCall;
  ExecuteFunction(argument: _memsvc_v1_ExecuteFunctionRequest, callback: grpc.requestCallback<_memsvc_v1_ExecuteFunctionResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Runs one function call for an agent. A call that fails because of the LLM's
   * arguments, or because memory refuses it (a block over its limit, text not found),
   * is not an RPC error: it returns `ok` false with a result the LLM can act on.
   * RPC errors are reserved for the caller's mistakes: NOT_FOUND for an unknown
   * agent, INVALID_ARGUMENT if `arguments` is not a JSON object.
   */
  executeFunction(argument: _memsvc_v1_ExecuteFunctionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ExecuteFunctionResponse__Output>): grpc.ClientUnaryCall;
  executeFunction(argument: _memsvc_v1_ExecuteFunctionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ExecuteFunctionResponse__Output>): grpc.ClientUnaryCall;
  executeFunction(argument: _memsvc_v1_ExecuteFunctionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ExecuteFunctionResponse__Output>): grpc.ClientUnaryCall;
  executeFunction(argument: _memsvc_v1_ExecuteFunctionRequest, callback: grpc.requestCallback<_memsvc_v1_ExecuteFunctionResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Returns the schemas of every function, in the OpenAI tools format.
   */
  ListFunctions(argument: _memsvc_v1_ListFunctionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListFunctionsResponse__Output>): grpc.ClientUnaryCall;
  ListFunctions(argument: _memsvc_v1_ListFunctionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListFunctionsResponse__Output>): grpc.ClientUnaryCall;
  ListFunctions(argument: _memsvc_v1_ListFunctionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListFunctionsResponse__Output>): grpc.ClientUnaryCall;
  ListFunctions(argument: _memsvc_v1_ListFunctionsRequest, callback: grpc.requestCallback<_memsvc_v1_ListFunctionsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Returns the schemas of every function, in the OpenAI tools format.
   */
  listFunctions(argument: _memsvc_v1_ListFunctionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListFunctionsResponse__Output>): grpc.ClientUnaryCall;
  listFunctions(argument: _memsvc_v1_ListFunctionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListFunctionsResponse__Output>): grpc.ClientUnaryCall;
  listFunctions(argument: _memsvc_v1_ListFunctionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListFunctionsResponse__Output>): grpc.ClientUnaryCall;
  listFunctions(argument: _memsvc_v1_ListFunctionsRequest, callback: grpc.requestCallback<_memsvc_v1_ListFunctionsResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * ExecutorService runs on the executor server (the function executor). It owns the
 * functions the LLM may call (their JSON schemas) and runs one call at a time
 * against the memory server. It keeps no state.
 */
export interface ExecutorServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Runs one function call for an agent. A call that fails because of the LLM's
   * arguments, or because memory refuses it (a block over its limit, text not found),
   * is not an RPC error: it returns `ok` false with a result the LLM can act on.
   * RPC errors are reserved for the caller's mistakes: NOT_FOUND for an unknown
   * agent, INVALID_ARGUMENT if `arguments` is not a JSON object.
   */
  ExecuteFunction: grpc.handleUnaryCall<_memsvc_v1_ExecuteFunctionRequest__Output, _memsvc_v1_ExecuteFunctionResponse>;
  
  /**
   * Returns the schemas of every function, in the OpenAI tools format.
   */
  ListFunctions: grpc.handleUnaryCall<_memsvc_v1_ListFunctionsRequest__Output, _memsvc_v1_ListFunctionsResponse>;
  
}

export interface ExecutorServiceDefinition extends grpc.ServiceDefinition {
  ExecuteFunction: MethodDefinition<_memsvc_v1_ExecuteFunctionRequest, _memsvc_v1_ExecuteFunctionResponse, _memsvc_v1_ExecuteFunctionRequest__Output, _memsvc_v1_ExecuteFunctionResponse__Output>
  ListFunctions: MethodDefinition<_memsvc_v1_ListFunctionsRequest, _memsvc_v1_ListFunctionsResponse, _memsvc_v1_ListFunctionsRequest__Output, _memsvc_v1_ListFunctionsResponse__Output>
}
