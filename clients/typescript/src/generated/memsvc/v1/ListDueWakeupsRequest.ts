// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';

/**
 * Request of AgentStoreService.ListDueWakeups.
 */
export interface ListDueWakeupsRequest {
  /**
   * Wake-ups due at or before this time are listed.
   */
  'due_before'?: (_google_protobuf_Timestamp | null);
  /**
   * The most wake-ups to return, 1 to 1000.
   */
  'page_size'?: (number);
}

/**
 * Request of AgentStoreService.ListDueWakeups.
 */
export interface ListDueWakeupsRequest__Output {
  /**
   * Wake-ups due at or before this time are listed.
   */
  'due_before': (_google_protobuf_Timestamp__Output | null);
  /**
   * The most wake-ups to return, 1 to 1000.
   */
  'page_size': (number);
}
