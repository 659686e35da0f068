// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { DueTurn as _memsvc_v1_DueTurn, DueTurn__Output as _memsvc_v1_DueTurn__Output } from '../../memsvc/v1/DueTurn.js';

/**
 * Response of AgentStoreService.ListDueTurns.
 */
export interface ListDueTurnsResponse {
  /**
   * The due turns, soonest first.
   */
  'turns'?: (_memsvc_v1_DueTurn)[];
}

/**
 * Response of AgentStoreService.ListDueTurns.
 */
export interface ListDueTurnsResponse__Output {
  /**
   * The due turns, soonest first.
   */
  'turns': (_memsvc_v1_DueTurn__Output)[];
}
