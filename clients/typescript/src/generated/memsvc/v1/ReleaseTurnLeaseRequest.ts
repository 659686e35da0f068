// Original file: ../../proto/memsvc/v1/agent_store_service.proto


/**
 * Request of AgentStoreService.ReleaseTurnLease.
 */
export interface ReleaseTurnLeaseRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * The holder giving the lease back.
   */
  'holder'?: (string);
}

/**
 * Request of AgentStoreService.ReleaseTurnLease.
 */
export interface ReleaseTurnLeaseRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * The holder giving the lease back.
   */
  'holder': (string);
}
