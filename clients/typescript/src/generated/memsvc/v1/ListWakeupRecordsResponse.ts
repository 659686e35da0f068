// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { Wakeup as _memsvc_v1_Wakeup, Wakeup__Output as _memsvc_v1_Wakeup__Output } from '../../memsvc/v1/Wakeup.js';

/**
 * Response of AgentStoreService.ListWakeupRecords.
 */
export interface ListWakeupRecordsResponse {
  /**
   * The wake-ups, soonest due first.
   */
  'wakeups'?: (_memsvc_v1_Wakeup)[];
  /**
   * The token for the next page, or empty if this is the last page.
   */
  'next_page_token'?: (string);
}

/**
 * Response of AgentStoreService.ListWakeupRecords.
 */
export interface ListWakeupRecordsResponse__Output {
  /**
   * The wake-ups, soonest due first.
   */
  'wakeups': (_memsvc_v1_Wakeup__Output)[];
  /**
   * The token for the next page, or empty if this is the last page.
   */
  'next_page_token': (string);
}
