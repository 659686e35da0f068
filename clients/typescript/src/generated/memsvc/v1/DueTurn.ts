// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';

/**
 * A turn that needs an agent server's attention.
 */
export interface DueTurn {
  /**
   * The tenant that owns the agent.
   */
  'tenant'?: (string);
  /**
   * The agent's id.
   */
  'agent_id'?: (string);
  /**
   * The turn's id.
   */
  'turn_id'?: (string);
  /**
   * When it became due.
   */
  'due_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * A turn that needs an agent server's attention.
 */
export interface DueTurn__Output {
  /**
   * The tenant that owns the agent.
   */
  'tenant': (string);
  /**
   * The agent's id.
   */
  'agent_id': (string);
  /**
   * The turn's id.
   */
  'turn_id': (string);
  /**
   * When it became due.
   */
  'due_time': (_google_protobuf_Timestamp__Output | null);
}
