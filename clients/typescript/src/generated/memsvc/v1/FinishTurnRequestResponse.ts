// Original file: ../../proto/memsvc/v1/agent_store_service.proto


/**
 * Response of AgentStoreService.FinishTurnRequest.
 */
export interface FinishTurnRequestResponse {
}

/**
 * Response of AgentStoreService.FinishTurnRequest.
 */
export interface FinishTurnRequestResponse__Output {
}
