// Original file: ../../proto/memsvc/v1/agent_service.proto


/**
 * Request of AgentService.ListTools.
 */
export interface ListToolsRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
}

/**
 * Request of AgentService.ListTools.
 */
export interface ListToolsRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
}
