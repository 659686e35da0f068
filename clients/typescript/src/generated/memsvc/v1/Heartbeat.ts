// Original file: ../../proto/memsvc/v1/step.proto


/**
 * The LLM is called again within the same turn.
 */
export interface Heartbeat {
  /**
   * Why: "function requested a heartbeat" or "function failed".
   */
  'reason'?: (string);
}

/**
 * The LLM is called again within the same turn.
 */
export interface Heartbeat__Output {
  /**
   * Why: "function requested a heartbeat" or "function failed".
   */
  'reason': (string);
}
