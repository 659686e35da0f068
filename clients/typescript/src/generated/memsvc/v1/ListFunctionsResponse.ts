// Original file: ../../proto/memsvc/v1/executor_service.proto

import type { FunctionSchema as _memsvc_v1_FunctionSchema, FunctionSchema__Output as _memsvc_v1_FunctionSchema__Output } from '../../memsvc/v1/FunctionSchema.js';

/**
 * Response of ExecutorService.ListFunctions.
 */
export interface ListFunctionsResponse {
  /**
   * The functions.
   */
  'functions'?: (_memsvc_v1_FunctionSchema)[];
}

/**
 * Response of ExecutorService.ListFunctions.
 */
export interface ListFunctionsResponse__Output {
  /**
   * The functions.
   */
  'functions': (_memsvc_v1_FunctionSchema__Output)[];
}
