// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { Wakeup as _memsvc_v1_Wakeup, Wakeup__Output as _memsvc_v1_Wakeup__Output } from '../../memsvc/v1/Wakeup.js';

/**
 * Response of AgentStoreService.ScheduleWakeupRecord.
 */
export interface ScheduleWakeupRecordResponse {
  /**
   * The wake-up as stored.
   */
  'wakeup'?: (_memsvc_v1_Wakeup | null);
}

/**
 * Response of AgentStoreService.ScheduleWakeupRecord.
 */
export interface ScheduleWakeupRecordResponse__Output {
  /**
   * The wake-up as stored.
   */
  'wakeup': (_memsvc_v1_Wakeup__Output | null);
}
