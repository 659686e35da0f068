// Original file: ../../proto/memsvc/v1/agent_store_service.proto


/**
 * Request of AgentStoreService.CancelWakeupRecord.
 */
export interface CancelWakeupRecordRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * The wake-up's id. Required.
   */
  'wakeup_id'?: (string);
}

/**
 * Request of AgentStoreService.CancelWakeupRecord.
 */
export interface CancelWakeupRecordRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * The wake-up's id. Required.
   */
  'wakeup_id': (string);
}
