// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';

/**
 * A turn record as the store keeps it: the fields it indexes, and the agent server's
 * whole turn state as JSON.
 */
export interface TurnRecord {
  /**
   * The turn's id (a UUID).
   */
  'id'?: (string);
  /**
   * "running", "waiting" or "ended".
   */
  'status'?: (string);
  /**
   * While waiting: when the first pending call's wait expires.
   */
  'due_time'?: (_google_protobuf_Timestamp | null);
  /**
   * The client request that started the turn, if any.
   */
  'request_id'?: (string);
  /**
   * When the turn started.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
  /**
   * When its status last changed.
   */
  'update_time'?: (_google_protobuf_Timestamp | null);
  /**
   * The turn's state as the agent server keeps it (agent/turn_state.py), as JSON.
   */
  'state_json'?: (string);
  /**
   * Output only. The sequence of the turn's last stored event.
   */
  'last_sequence'?: (number);
}

/**
 * A turn record as the store keeps it: the fields it indexes, and the agent server's
 * whole turn state as JSON.
 */
export interface TurnRecord__Output {
  /**
   * The turn's id (a UUID).
   */
  'id': (string);
  /**
   * "running", "waiting" or "ended".
   */
  'status': (string);
  /**
   * While waiting: when the first pending call's wait expires.
   */
  'due_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * The client request that started the turn, if any.
   */
  'request_id': (string);
  /**
   * When the turn started.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * When its status last changed.
   */
  'update_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * The turn's state as the agent server keeps it (agent/turn_state.py), as JSON.
   */
  'state_json': (string);
  /**
   * Output only. The sequence of the turn's last stored event.
   */
  'last_sequence': (number);
}
