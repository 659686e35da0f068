// Original file: ../../proto/memsvc/v1/executor_service.proto


/**
 * Request of ExecutorService.ListFunctions.
 */
export interface ListFunctionsRequest {
  /**
   * If true, every function gets a first required argument `inner_thoughts`.
   */
  'put_inner_thoughts_in_kwargs'?: (boolean);
}

/**
 * Request of ExecutorService.ListFunctions.
 */
export interface ListFunctionsRequest__Output {
  /**
   * If true, every function gets a first required argument `inner_thoughts`.
   */
  'put_inner_thoughts_in_kwargs': (boolean);
}
