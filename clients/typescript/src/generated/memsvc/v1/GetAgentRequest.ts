// Original file: ../../proto/memsvc/v1/agent_service.proto


/**
 * Request of AgentService.GetAgent.
 */
export interface GetAgentRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
}

/**
 * Request of AgentService.GetAgent.
 */
export interface GetAgentRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
}
