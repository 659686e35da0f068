// Original file: ../../proto/memsvc/v1/agent_store_service.proto


/**
 * Request of AgentStoreService.GetTurnRequest.
 */
export interface GetTurnRequestRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * The client's request id. Required.
   */
  'request_id'?: (string);
}

/**
 * Request of AgentStoreService.GetTurnRequest.
 */
export interface GetTurnRequestRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * The client's request id. Required.
   */
  'request_id': (string);
}
