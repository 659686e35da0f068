// Original file: ../../proto/memsvc/v1/agent_service.proto

import type { WakeupState as _memsvc_v1_WakeupState, WakeupState__Output as _memsvc_v1_WakeupState__Output } from '../../memsvc/v1/WakeupState.js';

/**
 * Request of AgentService.ListWakeups.
 */
export interface ListWakeupsRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * Only wake-ups in these states. If empty, the pending ones. Fired and cancelled
   * ones are listed for as long as the server keeps them (see ListWakeups).
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
 * Request of AgentService.ListWakeups.
 */
export interface ListWakeupsRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * Only wake-ups in these states. If empty, the pending ones. Fired and cancelled
   * ones are listed for as long as the server keeps them (see ListWakeups).
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
