// Original file: ../../proto/memsvc/v1/agent_store_service.proto


/**
 * Response of AgentStoreService.AcquireTurnLease.
 */
export interface AcquireTurnLeaseResponse {
  /**
   * True if the holder now has the lease (or already had it).
   */
  'acquired'?: (boolean);
}

/**
 * Response of AgentStoreService.AcquireTurnLease.
 */
export interface AcquireTurnLeaseResponse__Output {
  /**
   * True if the holder now has the lease (or already had it).
   */
  'acquired': (boolean);
}
