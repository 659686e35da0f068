// Original file: ../../proto/memsvc/v1/agent_service.proto

import type { Turn as _memsvc_v1_Turn, Turn__Output as _memsvc_v1_Turn__Output } from '../../memsvc/v1/Turn.js';

/**
 * Response of AgentService.ListTurns.
 */
export interface ListTurnsResponse {
  /**
   * The turns, newest first.
   */
  'turns'?: (_memsvc_v1_Turn)[];
  /**
   * The token for the next page, or empty if this is the last page.
   */
  'next_page_token'?: (string);
}

/**
 * Response of AgentService.ListTurns.
 */
export interface ListTurnsResponse__Output {
  /**
   * The turns, newest first.
   */
  'turns': (_memsvc_v1_Turn__Output)[];
  /**
   * The token for the next page, or empty if this is the last page.
   */
  'next_page_token': (string);
}
