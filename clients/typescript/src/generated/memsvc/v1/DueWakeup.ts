// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';
import type { WakeupOrigin as _memsvc_v1_WakeupOrigin, WakeupOrigin__Output as _memsvc_v1_WakeupOrigin__Output } from '../../memsvc/v1/WakeupOrigin.js';

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
  /**
   * Who scheduled it: a document's wake-up carries its whole event text as `reason`.
   */
  'origin'?: (_memsvc_v1_WakeupOrigin);
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
  /**
   * Who scheduled it: a document's wake-up carries its whole event text as `reason`.
   */
  'origin': (_memsvc_v1_WakeupOrigin__Output);
}
