// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { Long } from '@grpc/proto-loader';

/**
 * The queue manager's durable state for one agent.
 */
export interface ContextState {
  /**
   * The recursive summary of every message evicted from the queue so far.
   */
  'summary'?: (string);
  /**
   * The summary's size in tokens.
   */
  'summary_token_count'?: (number);
  /**
   * True if the last flush could not write a summary (the LLM failed); the queue
   * manager tries again at the next step.
   */
  'summary_pending'?: (boolean);
  /**
   * True once the memory-pressure warning was given since the last flush.
   */
  'warned'?: (boolean);
  /**
   * Messages with a sequence up to this one have been evicted.
   */
  'evicted_through_sequence'?: (number | string | Long);
  /**
   * Messages with a sequence up to this one are folded into `summary`. Evicted
   * messages after it are summarized at the next retry.
   */
  'summarized_through_sequence'?: (number | string | Long);
}

/**
 * The queue manager's durable state for one agent.
 */
export interface ContextState__Output {
  /**
   * The recursive summary of every message evicted from the queue so far.
   */
  'summary': (string);
  /**
   * The summary's size in tokens.
   */
  'summary_token_count': (number);
  /**
   * True if the last flush could not write a summary (the LLM failed); the queue
   * manager tries again at the next step.
   */
  'summary_pending': (boolean);
  /**
   * True once the memory-pressure warning was given since the last flush.
   */
  'warned': (boolean);
  /**
   * Messages with a sequence up to this one have been evicted.
   */
  'evicted_through_sequence': (string);
  /**
   * Messages with a sequence up to this one are folded into `summary`. Evicted
   * messages after it are summarized at the next retry.
   */
  'summarized_through_sequence': (string);
}
