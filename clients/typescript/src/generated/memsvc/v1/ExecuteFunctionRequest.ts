// Original file: ../../proto/memsvc/v1/executor_service.proto


/**
 * Request of ExecutorService.ExecuteFunction.
 */
export interface ExecuteFunctionRequest {
  /**
   * The agent on whose behalf the function runs. Required.
   */
  'agent_id'?: (string);
  /**
   * The function's name. Required.
   */
  'name'?: (string);
  /**
   * The arguments as a JSON object, without `inner_thoughts` and
   * `request_heartbeat` (the agent server takes those out).
   */
  'arguments'?: (string);
}

/**
 * Request of ExecutorService.ExecuteFunction.
 */
export interface ExecuteFunctionRequest__Output {
  /**
   * The agent on whose behalf the function runs. Required.
   */
  'agent_id': (string);
  /**
   * The function's name. Required.
   */
  'name': (string);
  /**
   * The arguments as a JSON object, without `inner_thoughts` and
   * `request_heartbeat` (the agent server takes those out).
   */
  'arguments': (string);
}
