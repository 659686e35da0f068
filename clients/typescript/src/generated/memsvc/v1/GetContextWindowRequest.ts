// Original file: ../../proto/memsvc/v1/agent_service.proto


/**
 * Request of AgentService.GetContextWindow.
 */
export interface GetContextWindowRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
}

/**
 * Request of AgentService.GetContextWindow.
 */
export interface GetContextWindowRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
}
