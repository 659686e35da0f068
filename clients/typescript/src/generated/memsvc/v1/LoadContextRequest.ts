// Original file: ../../proto/memsvc/v1/agent_store_service.proto


/**
 * Request of AgentStoreService.LoadContext.
 */
export interface LoadContextRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
}

/**
 * Request of AgentStoreService.LoadContext.
 */
export interface LoadContextRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
}
