// Original file: ../../proto/memsvc/v1/agent_store_service.proto


/**
 * Request of AgentStoreService.DeleteAgentRecord.
 */
export interface DeleteAgentRecordRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
}

/**
 * Request of AgentStoreService.DeleteAgentRecord.
 */
export interface DeleteAgentRecordRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
}
