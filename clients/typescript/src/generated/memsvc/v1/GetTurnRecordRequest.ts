// Original file: ../../proto/memsvc/v1/agent_store_service.proto


/**
 * Request of AgentStoreService.GetTurnRecord.
 */
export interface GetTurnRecordRequest {
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
 * Request of AgentStoreService.GetTurnRecord.
 */
export interface GetTurnRecordRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * The turn's id. Required.
   */
  'turn_id': (string);
}
