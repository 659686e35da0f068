// Original file: ../../proto/memsvc/v1/agent_service.proto

import type { Wakeup as _memsvc_v1_Wakeup, Wakeup__Output as _memsvc_v1_Wakeup__Output } from '../../memsvc/v1/Wakeup.js';

/**
 * Response of AgentService.ScheduleWakeup.
 */
export interface ScheduleWakeupResponse {
  /**
   * The wake-up, PENDING.
   */
  'wakeup'?: (_memsvc_v1_Wakeup | null);
}

/**
 * Response of AgentService.ScheduleWakeup.
 */
export interface ScheduleWakeupResponse__Output {
  /**
   * The wake-up, PENDING.
   */
  'wakeup': (_memsvc_v1_Wakeup__Output | null);
}
