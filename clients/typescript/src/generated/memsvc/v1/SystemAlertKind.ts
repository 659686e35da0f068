// Original file: ../../proto/memsvc/v1/step.proto

/**
 * Kinds of system alerts.
 */
export const SystemAlertKind = {
  /**
   * Not set.
   */
  SYSTEM_ALERT_KIND_UNSPECIFIED: 'SYSTEM_ALERT_KIND_UNSPECIFIED',
  /**
   * The prompt passed the warning threshold: save what matters now.
   */
  SYSTEM_ALERT_KIND_MEMORY_PRESSURE: 'SYSTEM_ALERT_KIND_MEMORY_PRESSURE',
  /**
   * Old messages were evicted from the queue and summarized.
   */
  SYSTEM_ALERT_KIND_CONTEXT_FLUSHED: 'SYSTEM_ALERT_KIND_CONTEXT_FLUSHED',
  /**
   * A function call was interrupted (by a crash or a cancel) and closed.
   */
  SYSTEM_ALERT_KIND_CALL_INTERRUPTED: 'SYSTEM_ALERT_KIND_CALL_INTERRUPTED',
} as const;

/**
 * Kinds of system alerts.
 */
export type SystemAlertKind =
  /**
   * Not set.
   */
  | 'SYSTEM_ALERT_KIND_UNSPECIFIED'
  | 0
  /**
   * The prompt passed the warning threshold: save what matters now.
   */
  | 'SYSTEM_ALERT_KIND_MEMORY_PRESSURE'
  | 1
  /**
   * Old messages were evicted from the queue and summarized.
   */
  | 'SYSTEM_ALERT_KIND_CONTEXT_FLUSHED'
  | 2
  /**
   * A function call was interrupted (by a crash or a cancel) and closed.
   */
  | 'SYSTEM_ALERT_KIND_CALL_INTERRUPTED'
  | 3

/**
 * Kinds of system alerts.
 */
export type SystemAlertKind__Output = typeof SystemAlertKind[keyof typeof SystemAlertKind]
