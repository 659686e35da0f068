// Original file: ../../proto/memsvc/v1/message.proto


/**
 * A function call the LLM made.
 */
export interface ToolCall {
  /**
   * The call's id, as the LLM gave it.
   */
  'id'?: (string);
  /**
   * The function's name.
   */
  'name'?: (string);
  /**
   * The arguments as a JSON object, as the LLM wrote them.
   */
  'arguments'?: (string);
}

/**
 * A function call the LLM made.
 */
export interface ToolCall__Output {
  /**
   * The call's id, as the LLM gave it.
   */
  'id': (string);
  /**
   * The function's name.
   */
  'name': (string);
  /**
   * The arguments as a JSON object, as the LLM wrote them.
   */
  'arguments': (string);
}
