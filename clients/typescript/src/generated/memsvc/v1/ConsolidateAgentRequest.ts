// Original file: ../../proto/memsvc/v1/agent_service.proto


/**
 * Request of AgentService.ConsolidateAgent.
 */
export interface ConsolidateAgentRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
}

/**
 * Request of AgentService.ConsolidateAgent.
 */
export interface ConsolidateAgentRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
}
