// Original file: ../../proto/memsvc/v1/wakeup.proto

/**
 * Who scheduled a wake-up.
 */
export const WakeupOrigin = {
  /**
   * Not set.
   */
  WAKEUP_ORIGIN_UNSPECIFIED: 'WAKEUP_ORIGIN_UNSPECIFIED',
  /**
   * The agent, with the built-in function schedule_wakeup.
   */
  WAKEUP_ORIGIN_AGENT: 'WAKEUP_ORIGIN_AGENT',
  /**
   * A client, with AgentService.ScheduleWakeup.
   */
  WAKEUP_ORIGIN_CLIENT: 'WAKEUP_ORIGIN_CLIENT',
  /**
   * MemoryService.IngestDocument with `notify_agent`: due at once, its event says
   * which document arrived.
   */
  WAKEUP_ORIGIN_DOCUMENT: 'WAKEUP_ORIGIN_DOCUMENT',
} as const;

/**
 * Who scheduled a wake-up.
 */
export type WakeupOrigin =
  /**
   * Not set.
   */
  | 'WAKEUP_ORIGIN_UNSPECIFIED'
  | 0
  /**
   * The agent, with the built-in function schedule_wakeup.
   */
  | 'WAKEUP_ORIGIN_AGENT'
  | 1
  /**
   * A client, with AgentService.ScheduleWakeup.
   */
  | 'WAKEUP_ORIGIN_CLIENT'
  | 2
  /**
   * MemoryService.IngestDocument with `notify_agent`: due at once, its event says
   * which document arrived.
   */
  | 'WAKEUP_ORIGIN_DOCUMENT'
  | 3

/**
 * Who scheduled a wake-up.
 */
export type WakeupOrigin__Output = typeof WakeupOrigin[keyof typeof WakeupOrigin]
