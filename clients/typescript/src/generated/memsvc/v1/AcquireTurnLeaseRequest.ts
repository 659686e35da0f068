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
   * Who takes the lease, as "<server>/<turn>": the agent server's stable name (host and
   * port) and the turn. A holder takes over a lease of the same server at once (an
   * earlier turn's lease not yet released, or the server restarted after a crash);
   * other servers wait until it is released or lapses.
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
   * Who takes the lease, as "<server>/<turn>": the agent server's stable name (host and
   * port) and the turn. A holder takes over a lease of the same server at once (an
   * earlier turn's lease not yet released, or the server restarted after a crash);
   * other servers wait until it is released or lapses.
   */
  'holder': (string);
  /**
   * How long the lease lasts unless extended, 1 to 3600 seconds.
   */
  'ttl_seconds': (number);
}
