// Original file: ../../proto/memsvc/v1/step.proto


/**
 * A function call made by the LLM.
 */
export interface FunctionCall {
  /**
   * The call's id.
   */
  'call_id'?: (string);
  /**
   * The function's name.
   */
  'name'?: (string);
  /**
   * The arguments as a JSON object (inner thoughts removed).
   */
  'arguments'?: (string);
  /**
   * Whether the LLM asked to be called again after the function returns.
   */
  'request_heartbeat'?: (boolean);
}

/**
 * A function call made by the LLM.
 */
export interface FunctionCall__Output {
  /**
   * The call's id.
   */
  'call_id': (string);
  /**
   * The function's name.
   */
  'name': (string);
  /**
   * The arguments as a JSON object (inner thoughts removed).
   */
  'arguments': (string);
  /**
   * Whether the LLM asked to be called again after the function returns.
   */
  'request_heartbeat': (boolean);
}
