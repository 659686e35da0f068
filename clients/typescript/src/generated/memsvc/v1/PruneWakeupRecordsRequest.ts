// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';

/**
 * Request of AgentStoreService.PruneWakeupRecords.
 */
export interface PruneWakeupRecordsRequest {
  /**
   * Wake-ups that fired or were cancelled before this time are deleted. Required.
   */
  'done_before'?: (_google_protobuf_Timestamp | null);
  /**
   * The most wake-ups to delete, 1 to 10000.
   */
  'limit'?: (number);
}

/**
 * Request of AgentStoreService.PruneWakeupRecords.
 */
export interface PruneWakeupRecordsRequest__Output {
  /**
   * Wake-ups that fired or were cancelled before this time are deleted. Required.
   */
  'done_before': (_google_protobuf_Timestamp__Output | null);
  /**
   * The most wake-ups to delete, 1 to 10000.
   */
  'limit': (number);
}
