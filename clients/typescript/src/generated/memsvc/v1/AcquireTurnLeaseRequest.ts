// Original file: ../../proto/memsvc/v1/agent_store_service.proto


/**
 * Request of AgentStoreService.AcquireTurnLease.
 */
export interface AcquireTurnLeaseRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * Who takes the lease: a stable name of the agent server (host and port), so that
   * a server restarted after a crash gets its own lease back at once.
   */
  'holder'?: (string);
  /**
   * How long the lease lasts unless extended, 1 to 3600 seconds.
   */
  'ttl_seconds'?: (number);
}

/**
 * Request of AgentStoreService.AcquireTurnLease.
 */
export interface AcquireTurnLeaseRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * Who takes the lease: a stable name of the agent server (host and port), so that
   * a server restarted after a crash gets its own lease back at once.
   */
  'holder': (string);
  /**
   * How long the lease lasts unless extended, 1 to 3600 seconds.
   */
  'ttl_seconds': (number);
}
