// Original file: ../../proto/memsvc/v1/agent_service.proto


/**
 * Re-attaches a StreamStep stream to a turn: the stream gets the turn's stored
 * events after `after_sequence`, then its live ones up to its TurnEnd, and may answer
 * its pending calls.
 */
export interface AttachTurn {
  /**
   * The turn's id. If empty, the agent's turn that has not ended (NOT_FOUND, reason
   * TURN_NOT_FOUND, if it has none).
   */
  'turn_id'?: (string);
  /**
   * Only events with a greater `sequence` are sent; 0 sends them all.
   */
  'after_sequence'?: (number);
}

/**
 * Re-attaches a StreamStep stream to a turn: the stream gets the turn's stored
 * events after `after_sequence`, then its live ones up to its TurnEnd, and may answer
 * its pending calls.
 */
export interface AttachTurn__Output {
  /**
   * The turn's id. If empty, the agent's turn that has not ended (NOT_FOUND, reason
   * TURN_NOT_FOUND, if it has none).
   */
  'turn_id': (string);
  /**
   * Only events with a greater `sequence` are sent; 0 sends them all.
   */
  'after_sequence': (number);
}
