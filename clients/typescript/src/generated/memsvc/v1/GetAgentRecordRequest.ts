// Original file: ../../proto/memsvc/v1/agent_store_service.proto


/**
 * Request of AgentStoreService.GetAgentRecord.
 */
export interface GetAgentRecordRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
}

/**
 * Request of AgentStoreService.GetAgentRecord.
 */
export interface GetAgentRecordRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
}
