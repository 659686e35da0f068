// Original file: ../../proto/memsvc/v1/wakeup.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';
import type { WakeupState as _memsvc_v1_WakeupState, WakeupState__Output as _memsvc_v1_WakeupState__Output } from '../../memsvc/v1/WakeupState.js';
import type { WakeupOrigin as _memsvc_v1_WakeupOrigin, WakeupOrigin__Output as _memsvc_v1_WakeupOrigin__Output } from '../../memsvc/v1/WakeupOrigin.js';

/**
 * A scheduled wake-up: at `due_time` the agent gets a turn whose input is a system
 * event naming `reason` (so it can remind the user, or check back on something).
 * Agents schedule their own with the built-in function schedule_wakeup; clients with
 * AgentService.ScheduleWakeup. A wake-up is durable and fires exactly once: it moves
 * from PENDING to FIRED in the same transaction that stores its turn's input, so it
 * survives restarts of every server and is never fired by two agent servers. It
 * waits while the agent has a turn that has not ended. One that was due while no
 * agent server ran fires when one starts, with `late` set. Once fired or cancelled it
 * is kept for the retention (MEMSVC_WAKEUP_RETENTION_DAYS, default 30 days after
 * `done_time`), then deleted; a pending one is kept until it fires or is cancelled.
 */
export interface Wakeup {
  /**
   * The wake-up's id (a UUID).
   */
  'id'?: (string);
  /**
   * The agent it wakes.
   */
  'agent_id'?: (string);
  /**
   * When it is (or was) due, UTC.
   */
  'due_time'?: (_google_protobuf_Timestamp | null);
  /**
   * Why: the text the agent reads when it wakes (1 to 1,000 characters).
   */
  'reason'?: (string);
  /**
   * Where it is in its life.
   */
  'state'?: (_memsvc_v1_WakeupState);
  /**
   * Who scheduled it.
   */
  'origin'?: (_memsvc_v1_WakeupOrigin);
  /**
   * When it was scheduled.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
  /**
   * Once FIRED: when its turn started; once CANCELLED: when it was cancelled.
   */
  'done_time'?: (_google_protobuf_Timestamp | null);
  /**
   * Once FIRED: the turn it started (AgentService.GetTurn, WatchAgent).
   */
  'turn_id'?: (string);
  /**
   * Once FIRED: true if it fired more than the late threshold (MEMSVC_WAKEUP_LATE_SECONDS,
   * default 60 s) after `due_time`, e.g. because every agent server was down then.
   * The agent's event says so too.
   */
  'late'?: (boolean);
}

/**
 * A scheduled wake-up: at `due_time` the agent gets a turn whose input is a system
 * event naming `reason` (so it can remind the user, or check back on something).
 * Agents schedule their own with the built-in function schedule_wakeup; clients with
 * AgentService.ScheduleWakeup. A wake-up is durable and fires exactly once: it moves
 * from PENDING to FIRED in the same transaction that stores its turn's input, so it
 * survives restarts of every server and is never fired by two agent servers. It
 * waits while the agent has a turn that has not ended. One that was due while no
 * agent server ran fires when one starts, with `late` set. Once fired or cancelled it
 * is kept for the retention (MEMSVC_WAKEUP_RETENTION_DAYS, default 30 days after
 * `done_time`), then deleted; a pending one is kept until it fires or is cancelled.
 */
export interface Wakeup__Output {
  /**
   * The wake-up's id (a UUID).
   */
  'id': (string);
  /**
   * The agent it wakes.
   */
  'agent_id': (string);
  /**
   * When it is (or was) due, UTC.
   */
  'due_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * Why: the text the agent reads when it wakes (1 to 1,000 characters).
   */
  'reason': (string);
  /**
   * Where it is in its life.
   */
  'state': (_memsvc_v1_WakeupState__Output);
  /**
   * Who scheduled it.
   */
  'origin': (_memsvc_v1_WakeupOrigin__Output);
  /**
   * When it was scheduled.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * Once FIRED: when its turn started; once CANCELLED: when it was cancelled.
   */
  'done_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * Once FIRED: the turn it started (AgentService.GetTurn, WatchAgent).
   */
  'turn_id': (string);
  /**
   * Once FIRED: true if it fired more than the late threshold (MEMSVC_WAKEUP_LATE_SECONDS,
   * default 60 s) after `due_time`, e.g. because every agent server was down then.
   * The agent's event says so too.
   */
  'late': (boolean);
}
