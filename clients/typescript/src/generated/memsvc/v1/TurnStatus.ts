// Original file: ../../proto/memsvc/v1/turn.proto

/**
 * Where a turn is in its life.
 */
export const TurnStatus = {
  /**
   * Not set.
   */
  TURN_STATUS_UNSPECIFIED: 'TURN_STATUS_UNSPECIFIED',
  /**
   * Its steps are running on an agent server.
   */
  TURN_STATUS_RUNNING: 'TURN_STATUS_RUNNING',
  /**
   * Paused until the client answers its pending calls (or the wait expires).
   */
  TURN_STATUS_WAITING: 'TURN_STATUS_WAITING',
  /**
   * Over; see `stop_reason`.
   */
  TURN_STATUS_ENDED: 'TURN_STATUS_ENDED',
} as const;

/**
 * Where a turn is in its life.
 */
export type TurnStatus =
  /**
   * Not set.
   */
  | 'TURN_STATUS_UNSPECIFIED'
  | 0
  /**
   * Its steps are running on an agent server.
   */
  | 'TURN_STATUS_RUNNING'
  | 1
  /**
   * Paused until the client answers its pending calls (or the wait expires).
   */
  | 'TURN_STATUS_WAITING'
  | 2
  /**
   * Over; see `stop_reason`.
   */
  | 'TURN_STATUS_ENDED'
  | 3

/**
 * Where a turn is in its life.
 */
export type TurnStatus__Output = typeof TurnStatus[keyof typeof TurnStatus]
