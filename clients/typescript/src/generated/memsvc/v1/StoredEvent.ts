// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { Long } from '@grpc/proto-loader';

/**
 * A turn event as the store keeps it.
 */
export interface StoredEvent {
  /**
   * The turn it belongs to.
   */
  'turn_id'?: (string);
  /**
   * Its position within the turn, from 1.
   */
  'sequence'?: (number);
  /**
   * Its position in the agent's event log (set by the store).
   */
  'agent_sequence'?: (number | string | Long);
  /**
   * The event in the agent server's JSON form (agent/events.py).
   */
  'data_json'?: (string);
}

/**
 * A turn event as the store keeps it.
 */
export interface StoredEvent__Output {
  /**
   * The turn it belongs to.
   */
  'turn_id': (string);
  /**
   * Its position within the turn, from 1.
   */
  'sequence': (number);
  /**
   * Its position in the agent's event log (set by the store).
   */
  'agent_sequence': (string);
  /**
   * The event in the agent server's JSON form (agent/events.py).
   */
  'data_json': (string);
}
