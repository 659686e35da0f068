// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';

/**
 * An agent whose background memory consolidation is due.
 */
export interface DueConsolidation {
  /**
   * The tenant that owns the agent.
   */
  'tenant'?: (string);
  /**
   * The agent's id.
   */
  'agent_id'?: (string);
  /**
   * When it became due.
   */
  'due_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * An agent whose background memory consolidation is due.
 */
export interface DueConsolidation__Output {
  /**
   * The tenant that owns the agent.
   */
  'tenant': (string);
  /**
   * The agent's id.
   */
  'agent_id': (string);
  /**
   * When it became due.
   */
  'due_time': (_google_protobuf_Timestamp__Output | null);
}
