// Original file: ../../proto/memsvc/v1/agent_store_service.proto


/**
 * A turn record as the store keeps it (memsvc's own JSON form of a turn's state).
 */
export interface TurnRecord {
  /**
   * The turn's state as JSON: id, status, pending calls, step, usage, times.
   */
  'state_json'?: (string);
}

/**
 * A turn record as the store keeps it (memsvc's own JSON form of a turn's state).
 */
export interface TurnRecord__Output {
  /**
   * The turn's state as JSON: id, status, pending calls, step, usage, times.
   */
  'state_json': (string);
}
