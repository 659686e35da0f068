// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { TurnRecord as _memsvc_v1_TurnRecord, TurnRecord__Output as _memsvc_v1_TurnRecord__Output } from '../../memsvc/v1/TurnRecord.js';

/**
 * Response of AgentStoreService.ListTurnRecords.
 */
export interface ListTurnRecordsResponse {
  /**
   * The turns, newest first.
   */
  'turns'?: (_memsvc_v1_TurnRecord)[];
  /**
   * The token for the next page, or empty if this is the last page.
   */
  'next_page_token'?: (string);
}

/**
 * Response of AgentStoreService.ListTurnRecords.
 */
export interface ListTurnRecordsResponse__Output {
  /**
   * The turns, newest first.
   */
  'turns': (_memsvc_v1_TurnRecord__Output)[];
  /**
   * The token for the next page, or empty if this is the last page.
   */
  'next_page_token': (string);
}
