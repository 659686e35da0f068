// Original file: ../../proto/memsvc/v1/agent_service.proto


/**
 * Request of AgentService.DeleteAgent.
 */
export interface DeleteAgentRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
}

/**
 * Request of AgentService.DeleteAgent.
 */
export interface DeleteAgentRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
}
