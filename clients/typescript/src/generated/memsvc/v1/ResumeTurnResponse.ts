// Original file: ../../proto/memsvc/v1/agent_service.proto

import type { StepEvent as _memsvc_v1_StepEvent, StepEvent__Output as _memsvc_v1_StepEvent__Output } from '../../memsvc/v1/StepEvent.js';
import type { StopReason as _memsvc_v1_StopReason, StopReason__Output as _memsvc_v1_StopReason__Output } from '../../memsvc/v1/StopReason.js';
import type { Usage as _memsvc_v1_Usage, Usage__Output as _memsvc_v1_Usage__Output } from '../../memsvc/v1/Usage.js';
import type { PendingCall as _memsvc_v1_PendingCall, PendingCall__Output as _memsvc_v1_PendingCall__Output } from '../../memsvc/v1/PendingCall.js';

/**
 * Response of AgentService.ResumeTurn.
 */
export interface ResumeTurnResponse {
  /**
   * The events of the turn since the answers were recorded, in order: the results,
   * then whatever the turn did until it ended or paused again.
   */
  'events'?: (_memsvc_v1_StepEvent)[];
  /**
   * The turn's id.
   */
  'turn_id'?: (string);
  /**
   * Why the turn stopped, or STOP_REASON_WAITING_FOR_CLIENT if it waits (again).
   */
  'stop_reason'?: (_memsvc_v1_StopReason);
  /**
   * Tokens used by the turn so far.
   */
  'usage'?: (_memsvc_v1_Usage | null);
  /**
   * With STOP_REASON_WAITING_FOR_CLIENT: the calls the turn waits for.
   */
  'pending_calls'?: (_memsvc_v1_PendingCall)[];
}

/**
 * Response of AgentService.ResumeTurn.
 */
export interface ResumeTurnResponse__Output {
  /**
   * The events of the turn since the answers were recorded, in order: the results,
   * then whatever the turn did until it ended or paused again.
   */
  'events': (_memsvc_v1_StepEvent__Output)[];
  /**
   * The turn's id.
   */
  'turn_id': (string);
  /**
   * Why the turn stopped, or STOP_REASON_WAITING_FOR_CLIENT if it waits (again).
   */
  'stop_reason': (_memsvc_v1_StopReason__Output);
  /**
   * Tokens used by the turn so far.
   */
  'usage': (_memsvc_v1_Usage__Output | null);
  /**
   * With STOP_REASON_WAITING_FOR_CLIENT: the calls the turn waits for.
   */
  'pending_calls': (_memsvc_v1_PendingCall__Output)[];
}
