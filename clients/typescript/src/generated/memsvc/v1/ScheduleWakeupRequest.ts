// Original file: ../../proto/memsvc/v1/agent_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';

/**
 * Request of AgentService.ScheduleWakeup.
 */
export interface ScheduleWakeupRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * Why: the text the agent reads when it wakes. Required, 1 to 1,000 characters.
   */
  'reason'?: (string);
  /**
   * At this time (UTC), at most 366 days ahead; up to 60 s in the past fires at once.
   */
  'at'?: (_google_protobuf_Timestamp | null);
  /**
   * After this many seconds from now: a finite number from 0 to 31,622,400 (366 days).
   */
  'delay_seconds'?: (number | string);
  /**
   * When the wake-up is due. Required: one of the two.
   */
  'when'?: "at"|"delay_seconds";
}

/**
 * Request of AgentService.ScheduleWakeup.
 */
export interface ScheduleWakeupRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * Why: the text the agent reads when it wakes. Required, 1 to 1,000 characters.
   */
  'reason': (string);
  /**
   * At this time (UTC), at most 366 days ahead; up to 60 s in the past fires at once.
   */
  'at'?: (_google_protobuf_Timestamp__Output | null);
  /**
   * After this many seconds from now: a finite number from 0 to 31,622,400 (366 days).
   */
  'delay_seconds'?: (number);
  /**
   * When the wake-up is due. Required: one of the two.
   */
  'when'?: "at"|"delay_seconds";
}
