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
   * If set, only this turn's events, from its first event with a sequence greater
   * than `after_sequence` (after_agent_sequence is ignored).
   */
  'turn_id'?: (string);
  /**
   * With turn_id: see turn_id.
   */
  'after_sequence'?: (number);
  /**
   * If true, only events stored from now on (after_agent_sequence is ignored).
   */
  'only_new'?: (boolean);
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
   * If set, only this turn's events, from its first event with a sequence greater
   * than `after_sequence` (after_agent_sequence is ignored).
   */
  'turn_id': (string);
  /**
   * With turn_id: see turn_id.
   */
  'after_sequence': (number);
  /**
   * If true, only events stored from now on (after_agent_sequence is ignored).
   */
  'only_new': (boolean);
}
