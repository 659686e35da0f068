// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Request of AgentStoreService.WatchTurnEvents.
 */
export interface WatchTurnEventsRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * Events with a greater agent sequence are sent (0: all of them).
   */
  'after_agent_sequence'?: (number | string | Long);
  /**
   * If set, only this turn's events.
   */
  'turn_id'?: (string);
}

/**
 * Request of AgentStoreService.WatchTurnEvents.
 */
export interface WatchTurnEventsRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * Events with a greater agent sequence are sent (0: all of them).
   */
  'after_agent_sequence': (string);
  /**
   * If set, only this turn's events.
   */
  'turn_id': (string);
}
