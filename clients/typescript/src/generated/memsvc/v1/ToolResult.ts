// Original file: ../../proto/memsvc/v1/turn.proto


/**
 * The client's result of a client tool call.
 */
export interface ToolResult {
  /**
   * The `call_id` of the pending call it answers. Required.
   */
  'call_id'?: (string);
  /**
   * The tool succeeded: its output, as text for the LLM (up to 256 KiB; the LLM
   * sees at most a fifth of its prompt budget of it).
   */
  'output'?: (string);
  /**
   * The tool failed: why, as text for the LLM, which gets a failed result and is
   * called again to recover (up to 256 KiB).
   */
  'error'?: (string);
  /**
   * How the call went. Required: one of the two.
   */
  'outcome'?: "output"|"error";
}

/**
 * The client's result of a client tool call.
 */
export interface ToolResult__Output {
  /**
   * The `call_id` of the pending call it answers. Required.
   */
  'call_id': (string);
  /**
   * The tool succeeded: its output, as text for the LLM (up to 256 KiB; the LLM
   * sees at most a fifth of its prompt budget of it).
   */
  'output'?: (string);
  /**
   * The tool failed: why, as text for the LLM, which gets a failed result and is
   * called again to recover (up to 256 KiB).
   */
  'error'?: (string);
  /**
   * How the call went. Required: one of the two.
   */
  'outcome'?: "output"|"error";
}
