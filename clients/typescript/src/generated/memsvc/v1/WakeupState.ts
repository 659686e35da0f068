// Original file: ../../proto/memsvc/v1/wakeup.proto

/**
 * Where a wake-up is in its life.
 */
export const WakeupState = {
  /**
   * Not set.
   */
  WAKEUP_STATE_UNSPECIFIED: 'WAKEUP_STATE_UNSPECIFIED',
  /**
   * Waiting for its time.
   */
  WAKEUP_STATE_PENDING: 'WAKEUP_STATE_PENDING',
  /**
   * Fired: its turn started (`turn_id`).
   */
  WAKEUP_STATE_FIRED: 'WAKEUP_STATE_FIRED',
  /**
   * Cancelled before it fired; it never will.
   */
  WAKEUP_STATE_CANCELLED: 'WAKEUP_STATE_CANCELLED',
} as const;

/**
 * Where a wake-up is in its life.
 */
export type WakeupState =
  /**
   * Not set.
   */
  | 'WAKEUP_STATE_UNSPECIFIED'
  | 0
  /**
   * Waiting for its time.
   */
  | 'WAKEUP_STATE_PENDING'
  | 1
  /**
   * Fired: its turn started (`turn_id`).
   */
  | 'WAKEUP_STATE_FIRED'
  | 2
  /**
   * Cancelled before it fired; it never will.
   */
  | 'WAKEUP_STATE_CANCELLED'
  | 3

/**
 * Where a wake-up is in its life.
 */
export type WakeupState__Output = typeof WakeupState[keyof typeof WakeupState]
