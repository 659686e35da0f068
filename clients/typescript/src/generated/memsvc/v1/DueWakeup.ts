// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';

/**
 * A pending wake-up whose time has come.
 */
export interface DueWakeup {
  /**
   * The tenant that owns the agent.
   */
  'tenant'?: (string);
  /**
   * The agent's id.
   */
  'agent_id'?: (string);
  /**
   * The wake-up's id.
   */
  'wakeup_id'?: (string);
  /**
   * When it is due.
   */
  'due_time'?: (_google_protobuf_Timestamp | null);
  /**
   * Why.
   */
  'reason'?: (string);
  /**
   * When it was scheduled.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * A pending wake-up whose time has come.
 */
export interface DueWakeup__Output {
  /**
   * The tenant that owns the agent.
   */
  'tenant': (string);
  /**
   * The agent's id.
   */
  'agent_id': (string);
  /**
   * The wake-up's id.
   */
  'wakeup_id': (string);
  /**
   * When it is due.
   */
  'due_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * Why.
   */
  'reason': (string);
  /**
   * When it was scheduled.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
}
