// Original file: ../../proto/memsvc/v1/agent_file.proto

import type { Long } from '@grpc/proto-loader';

/**
 * The queue manager's durable state, as kept in an agent file.
 */
export interface QueueState {
  /**
   * The recursive summary of every message evicted from the queue so far.
   */
  'summary'?: (string);
  /**
   * The summary's size in tokens.
   */
  'summary_token_count'?: (number);
  /**
   * True if evicted messages still wait to be folded into the summary.
   */
  'summary_pending'?: (boolean);
  /**
   * True if the memory-pressure warning was given since the last flush.
   */
  'warned'?: (boolean);
  /**
   * Messages with a sequence up to this one have left the queue.
   */
  'evicted_through_sequence'?: (number | string | Long);
  /**
   * Messages with a sequence up to this one are folded into `summary`.
   */
  'summarized_through_sequence'?: (number | string | Long);
}

/**
 * The queue manager's durable state, as kept in an agent file.
 */
export interface QueueState__Output {
  /**
   * The recursive summary of every message evicted from the queue so far.
   */
  'summary': (string);
  /**
   * The summary's size in tokens.
   */
  'summary_token_count': (number);
  /**
   * True if evicted messages still wait to be folded into the summary.
   */
  'summary_pending': (boolean);
  /**
   * True if the memory-pressure warning was given since the last flush.
   */
  'warned': (boolean);
  /**
   * Messages with a sequence up to this one have left the queue.
   */
  'evicted_through_sequence': (string);
  /**
   * Messages with a sequence up to this one are folded into `summary`.
   */
  'summarized_through_sequence': (string);
}
