// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { StoredEvent as _memsvc_v1_StoredEvent, StoredEvent__Output as _memsvc_v1_StoredEvent__Output } from '../../memsvc/v1/StoredEvent.js';

/**
 * A message of AgentStoreService.WatchTurnEvents's stream.
 */
export interface WatchTurnEventsResponse {
  /**
   * Stored events, in agent-sequence order.
   */
  'events'?: (_memsvc_v1_StoredEvent)[];
}

/**
 * A message of AgentStoreService.WatchTurnEvents's stream.
 */
export interface WatchTurnEventsResponse__Output {
  /**
   * Stored events, in agent-sequence order.
   */
  'events': (_memsvc_v1_StoredEvent__Output)[];
}
