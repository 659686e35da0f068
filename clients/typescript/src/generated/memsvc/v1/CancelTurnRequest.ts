// Original file: ../../proto/memsvc/v1/agent_service.proto


/**
 * Request of AgentService.CancelTurn.
 */
export interface CancelTurnRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * The turn's id. Required.
   */
  'turn_id'?: (string);
}

/**
 * Request of AgentService.CancelTurn.
 */
export interface CancelTurnRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * The turn's id. Required.
   */
  'turn_id': (string);
}
