// Original file: ../../proto/memsvc/v1/agent_store_service.proto


/**
 * Request of AgentStoreService.LoadContext.
 */
export interface LoadContextRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * If set, the context is loaded under the agent's turn lease, taken for this holder
   * in the same transaction (see AcquireTurnLease): ABORTED (reason AGENT_BUSY) while
   * another holder has it.
   */
  'lease_holder'?: (string);
  /**
   * How long the lease lasts unless extended, 1 to 3600 seconds (with lease_holder).
   */
  'lease_ttl_seconds'?: (number);
}

/**
 * Request of AgentStoreService.LoadContext.
 */
export interface LoadContextRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * If set, the context is loaded under the agent's turn lease, taken for this holder
   * in the same transaction (see AcquireTurnLease): ABORTED (reason AGENT_BUSY) while
   * another holder has it.
   */
  'lease_holder': (string);
  /**
   * How long the lease lasts unless extended, 1 to 3600 seconds (with lease_holder).
   */
  'lease_ttl_seconds': (number);
}
