// Original file: ../../proto/memsvc/v1/agent_service.proto


/**
 * Request of AgentService.CancelWakeup.
 */
export interface CancelWakeupRequest {
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
 * Request of AgentService.CancelWakeup.
 */
export interface CancelWakeupRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * The wake-up's id. Required.
   */
  'wakeup_id': (string);
}
