// Original file: ../../proto/memsvc/v1/executor_service.proto


/**
 * A function the LLM may call.
 */
export interface FunctionSchema {
  /**
   * The function's name, e.g. "core_memory_append".
   */
  'name'?: (string);
  /**
   * What it does, for the LLM.
   */
  'description'?: (string);
  /**
   * Its parameters as a JSON Schema object (always with `request_heartbeat`).
   */
  'parameters'?: (string);
}

/**
 * A function the LLM may call.
 */
export interface FunctionSchema__Output {
  /**
   * The function's name, e.g. "core_memory_append".
   */
  'name': (string);
  /**
   * What it does, for the LLM.
   */
  'description': (string);
  /**
   * Its parameters as a JSON Schema object (always with `request_heartbeat`).
   */
  'parameters': (string);
}
