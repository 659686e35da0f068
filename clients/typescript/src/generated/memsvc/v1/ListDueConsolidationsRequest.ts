// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';

/**
 * Request of AgentStoreService.ListDueConsolidations.
 */
export interface ListDueConsolidationsRequest {
  /**
   * Agents whose consolidation is due before this time are listed.
   */
  'due_before'?: (_google_protobuf_Timestamp | null);
  /**
   * The most agents to return, 1 to 1000.
   */
  'page_size'?: (number);
}

/**
 * Request of AgentStoreService.ListDueConsolidations.
 */
export interface ListDueConsolidationsRequest__Output {
  /**
   * Agents whose consolidation is due before this time are listed.
   */
  'due_before': (_google_protobuf_Timestamp__Output | null);
  /**
   * The most agents to return, 1 to 1000.
   */
  'page_size': (number);
}
