// Original file: ../../proto/memsvc/v1/step.proto


/**
 * The outcome of a function call.
 */
export interface FunctionResult {
  /**
   * The id of the call this answers.
   */
  'call_id'?: (string);
  /**
   * The function's name.
   */
  'name'?: (string);
  /**
   * True if the function succeeded.
   */
  'ok'?: (boolean);
  /**
   * The result as shown to the LLM: a JSON object with `status`, `message`, `time`.
   */
  'result'?: (string);
}

/**
 * The outcome of a function call.
 */
export interface FunctionResult__Output {
  /**
   * The id of the call this answers.
   */
  'call_id': (string);
  /**
   * The function's name.
   */
  'name': (string);
  /**
   * True if the function succeeded.
   */
  'ok': (boolean);
  /**
   * The result as shown to the LLM: a JSON object with `status`, `message`, `time`.
   */
  'result': (string);
}
