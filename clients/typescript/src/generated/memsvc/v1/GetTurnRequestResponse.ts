// Original file: ../../proto/memsvc/v1/agent_store_service.proto


/**
 * Response of AgentStoreService.GetTurnRequest.
 */
export interface GetTurnRequestResponse {
  /**
   * The turn the request started.
   */
  'turn_id'?: (string);
  /**
   * The turn's events as JSON, or empty if the turn has not ended (or was cut off).
   */
  'events_json'?: (string);
}

/**
 * Response of AgentStoreService.GetTurnRequest.
 */
export interface GetTurnRequestResponse__Output {
  /**
   * The turn the request started.
   */
  'turn_id': (string);
  /**
   * The turn's events as JSON, or empty if the turn has not ended (or was cut off).
   */
  'events_json': (string);
}
