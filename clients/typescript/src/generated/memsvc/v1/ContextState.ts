// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';
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
  /**
   * Messages with a sequence up to this one were read by the last successful
   * consolidation run; the next one reads those after it.
   */
  'consolidated_through_sequence'?: (number | string | Long);
  /**
   * Conversation turns ended since the last consolidation run (kept only while the
   * agent's consolidation is enabled).
   */
  'turns_since_consolidation'?: (number);
  /**
   * When the next consolidation run is due; unset if none is.
   */
  'consolidation_due_time'?: (_google_protobuf_Timestamp | null);
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
  /**
   * Messages with a sequence up to this one were read by the last successful
   * consolidation run; the next one reads those after it.
   */
  'consolidated_through_sequence': (string);
  /**
   * Conversation turns ended since the last consolidation run (kept only while the
   * agent's consolidation is enabled).
   */
  'turns_since_consolidation': (number);
  /**
   * When the next consolidation run is due; unset if none is.
   */
  'consolidation_due_time': (_google_protobuf_Timestamp__Output | null);
}
