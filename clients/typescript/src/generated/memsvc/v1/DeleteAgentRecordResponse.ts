// Original file: ../../proto/memsvc/v1/agent_store_service.proto


/**
 * Response of AgentStoreService.DeleteAgentRecord.
 */
export interface DeleteAgentRecordResponse {
}

/**
 * Response of AgentStoreService.DeleteAgentRecord.
 */
export interface DeleteAgentRecordResponse__Output {
}
