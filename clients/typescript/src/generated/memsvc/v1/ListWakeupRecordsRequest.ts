// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { WakeupState as _memsvc_v1_WakeupState, WakeupState__Output as _memsvc_v1_WakeupState__Output } from '../../memsvc/v1/WakeupState.js';

/**
 * Request of AgentStoreService.ListWakeupRecords.
 */
export interface ListWakeupRecordsRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * Only wake-ups in these states; all if empty.
   */
  'states'?: (_memsvc_v1_WakeupState)[];
  /**
   * The most wake-ups to return, 1 to 1000. If 0, 50.
   */
  'page_size'?: (number);
  /**
   * The `next_page_token` of the previous page, or empty for the first page.
   */
  'page_token'?: (string);
}

/**
 * Request of AgentStoreService.ListWakeupRecords.
 */
export interface ListWakeupRecordsRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * Only wake-ups in these states; all if empty.
   */
  'states': (_memsvc_v1_WakeupState__Output)[];
  /**
   * The most wake-ups to return, 1 to 1000. If 0, 50.
   */
  'page_size': (number);
  /**
   * The `next_page_token` of the previous page, or empty for the first page.
   */
  'page_token': (string);
}
