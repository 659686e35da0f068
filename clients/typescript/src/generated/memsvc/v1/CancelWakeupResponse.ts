// Original file: ../../proto/memsvc/v1/agent_service.proto

import type { Wakeup as _memsvc_v1_Wakeup, Wakeup__Output as _memsvc_v1_Wakeup__Output } from '../../memsvc/v1/Wakeup.js';

/**
 * Response of AgentService.CancelWakeup.
 */
export interface CancelWakeupResponse {
  /**
   * The wake-up, CANCELLED.
   */
  'wakeup'?: (_memsvc_v1_Wakeup | null);
}

/**
 * Response of AgentService.CancelWakeup.
 */
export interface CancelWakeupResponse__Output {
  /**
   * The wake-up, CANCELLED.
   */
  'wakeup': (_memsvc_v1_Wakeup__Output | null);
}
