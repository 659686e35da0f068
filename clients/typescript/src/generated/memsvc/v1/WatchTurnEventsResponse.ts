// Original file: ../../proto/memsvc/v1/agent_store_service.proto


/**
 * A message of AgentStoreService.WatchTurnEvents's stream.
 */
export interface WatchTurnEventsResponse {
  /**
   * Stored events, in agent-sequence order, each as memsvc's JSON form of an event.
   */
  'events_json'?: (string)[];
}

/**
 * A message of AgentStoreService.WatchTurnEvents's stream.
 */
export interface WatchTurnEventsResponse__Output {
  /**
   * Stored events, in agent-sequence order, each as memsvc's JSON form of an event.
   */
  'events_json': (string)[];
}
