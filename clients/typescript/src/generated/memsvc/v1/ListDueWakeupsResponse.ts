// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { DueWakeup as _memsvc_v1_DueWakeup, DueWakeup__Output as _memsvc_v1_DueWakeup__Output } from '../../memsvc/v1/DueWakeup.js';

/**
 * Response of AgentStoreService.ListDueWakeups.
 */
export interface ListDueWakeupsResponse {
  /**
   * The due wake-ups, soonest first.
   */
  'wakeups'?: (_memsvc_v1_DueWakeup)[];
}

/**
 * Response of AgentStoreService.ListDueWakeups.
 */
export interface ListDueWakeupsResponse__Output {
  /**
   * The due wake-ups, soonest first.
   */
  'wakeups': (_memsvc_v1_DueWakeup__Output)[];
}
