// Original file: ../../proto/memsvc/v1/agent_store_service.proto


/**
 * Response of AgentStoreService.ReleaseTurnLease.
 */
export interface ReleaseTurnLeaseResponse {
}

/**
 * Response of AgentStoreService.ReleaseTurnLease.
 */
export interface ReleaseTurnLeaseResponse__Output {
}
