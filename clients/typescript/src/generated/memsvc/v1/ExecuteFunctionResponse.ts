// Original file: ../../proto/memsvc/v1/executor_service.proto


/**
 * Response of ExecutorService.ExecuteFunction.
 */
export interface ExecuteFunctionResponse {
  /**
   * True if the function succeeded.
   */
  'ok'?: (boolean);
  /**
   * What the function returned, or why it failed, as text for the LLM.
   */
  'result'?: (string);
  /**
   * For `send_message`: the text to show the user.
   */
  'message_to_user'?: (string);
  /**
   * True if the function changed the agent's working context (its blocks), so the
   * prompt must be rebuilt.
   */
  'memory_changed'?: (boolean);
}

/**
 * Response of ExecutorService.ExecuteFunction.
 */
export interface ExecuteFunctionResponse__Output {
  /**
   * True if the function succeeded.
   */
  'ok': (boolean);
  /**
   * What the function returned, or why it failed, as text for the LLM.
   */
  'result': (string);
  /**
   * For `send_message`: the text to show the user.
   */
  'message_to_user': (string);
  /**
   * True if the function changed the agent's working context (its blocks), so the
   * prompt must be rebuilt.
   */
  'memory_changed': (boolean);
}
