// Original file: ../../proto/memsvc/v1/memory.proto

import type { Message as _memsvc_v1_Message, Message__Output as _memsvc_v1_Message__Output } from '../../memsvc/v1/Message.js';

/**
 * A message found by a recall search.
 */
export interface RecallHit {
  /**
   * The message.
   */
  'message'?: (_memsvc_v1_Message | null);
  /**
   * Relevance to the query; higher is better. Comparable within one result only.
   */
  'score'?: (number | string);
}

/**
 * A message found by a recall search.
 */
export interface RecallHit__Output {
  /**
   * The message.
   */
  'message': (_memsvc_v1_Message__Output | null);
  /**
   * Relevance to the query; higher is better. Comparable within one result only.
   */
  'score': (number);
}
