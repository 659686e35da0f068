// Original file: ../../proto/memsvc/v1/agent_store_service.proto


/**
 * A wake-up that a turn's first commit fires.
 */
export interface WakeupFiring {
  /**
   * The wake-up's id.
   */
  'wakeup_id'?: (string);
  /**
   * Whether it fires late (recorded on the wake-up).
   */
  'late'?: (boolean);
}

/**
 * A wake-up that a turn's first commit fires.
 */
export interface WakeupFiring__Output {
  /**
   * The wake-up's id.
   */
  'wakeup_id': (string);
  /**
   * Whether it fires late (recorded on the wake-up).
   */
  'late': (boolean);
}
