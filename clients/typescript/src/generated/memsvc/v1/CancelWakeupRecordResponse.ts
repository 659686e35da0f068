// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { Wakeup as _memsvc_v1_Wakeup, Wakeup__Output as _memsvc_v1_Wakeup__Output } from '../../memsvc/v1/Wakeup.js';

/**
 * Response of AgentStoreService.CancelWakeupRecord.
 */
export interface CancelWakeupRecordResponse {
  /**
   * The wake-up after the call.
   */
  'wakeup'?: (_memsvc_v1_Wakeup | null);
}

/**
 * Response of AgentStoreService.CancelWakeupRecord.
 */
export interface CancelWakeupRecordResponse__Output {
  /**
   * The wake-up after the call.
   */
  'wakeup': (_memsvc_v1_Wakeup__Output | null);
}
