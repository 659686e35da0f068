// Original file: ../../proto/memsvc/v1/agent.proto


/**
 * Thresholds of the queue manager, as fractions of the prompt budget: the context
 * window minus the reply reserve (llm_config.max_tokens).
 */
export interface ContextConfig {
  /**
   * When the prompt reaches this fraction of the budget, the agent gets one memory
   * pressure warning. If 0, 0.7. Must lie in (0, flush_threshold].
   */
  'warning_threshold'?: (number | string);
  /**
   * When the prompt would pass this fraction of the budget, the oldest messages
   * are evicted and summarized. If 0, 1.0. Must lie in (0, 1].
   */
  'flush_threshold'?: (number | string);
  /**
   * The fraction of the message queue evicted at a flush. If 0, 0.5. Must lie in
   * (0, 1).
   */
  'evict_fraction'?: (number | string);
}

/**
 * Thresholds of the queue manager, as fractions of the prompt budget: the context
 * window minus the reply reserve (llm_config.max_tokens).
 */
export interface ContextConfig__Output {
  /**
   * When the prompt reaches this fraction of the budget, the agent gets one memory
   * pressure warning. If 0, 0.7. Must lie in (0, flush_threshold].
   */
  'warning_threshold': (number);
  /**
   * When the prompt would pass this fraction of the budget, the oldest messages
   * are evicted and summarized. If 0, 1.0. Must lie in (0, 1].
   */
  'flush_threshold': (number);
  /**
   * The fraction of the message queue evicted at a flush. If 0, 0.5. Must lie in
   * (0, 1).
   */
  'evict_fraction': (number);
}
