// Original file: ../../proto/memsvc/v1/step.proto


/**
 * The LLM is called again within the same turn.
 */
export interface Heartbeat {
  /**
   * Why, as the LLM is told: the function asked for a heartbeat ("... Function called
   * using request_heartbeat=true, returning control") or a function failed ("...
   * Function call failed, returning control").
   */
  'reason'?: (string);
}

/**
 * The LLM is called again within the same turn.
 */
export interface Heartbeat__Output {
  /**
   * Why, as the LLM is told: the function asked for a heartbeat ("... Function called
   * using request_heartbeat=true, returning control") or a function failed ("...
   * Function call failed, returning control").
   */
  'reason': (string);
}
