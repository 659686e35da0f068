// Original file: ../../proto/memsvc/v1/agent_store_service.proto


/**
 * Request of AgentStoreService.FinishTurnRequest.
 */
export interface FinishTurnRequestRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * The client's request id. Required.
   */
  'request_id'?: (string);
  /**
   * The turn's events as JSON.
   */
  'events_json'?: (string);
  /**
   * If set, the request is answered by this turn from now on: a retry ran the request
   * again after its first turn failed or was cut off.
   */
  'turn_id'?: (string);
}

/**
 * Request of AgentStoreService.FinishTurnRequest.
 */
export interface FinishTurnRequestRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * The client's request id. Required.
   */
  'request_id': (string);
  /**
   * The turn's events as JSON.
   */
  'events_json': (string);
  /**
   * If set, the request is answered by this turn from now on: a retry ran the request
   * again after its first turn failed or was cut off.
   */
  'turn_id': (string);
}
