// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';

/**
 * Request of AgentStoreService.ListDueTurns.
 */
export interface ListDueTurnsRequest {
  /**
   * Waiting turns whose wait expires before this time are due.
   */
  'due_before'?: (_google_protobuf_Timestamp | null);
  /**
   * The most turns to return, 1 to 1000.
   */
  'page_size'?: (number);
}

/**
 * Request of AgentStoreService.ListDueTurns.
 */
export interface ListDueTurnsRequest__Output {
  /**
   * Waiting turns whose wait expires before this time are due.
   */
  'due_before': (_google_protobuf_Timestamp__Output | null);
  /**
   * The most turns to return, 1 to 1000.
   */
  'page_size': (number);
}
