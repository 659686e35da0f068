// Original file: ../../proto/memsvc/v1/agent_service.proto

import type { StepEvent as _memsvc_v1_StepEvent, StepEvent__Output as _memsvc_v1_StepEvent__Output } from '../../memsvc/v1/StepEvent.js';
import type { StopReason as _memsvc_v1_StopReason, StopReason__Output as _memsvc_v1_StopReason__Output } from '../../memsvc/v1/StopReason.js';
import type { Usage as _memsvc_v1_Usage, Usage__Output as _memsvc_v1_Usage__Output } from '../../memsvc/v1/Usage.js';
import type { PendingCall as _memsvc_v1_PendingCall, PendingCall__Output as _memsvc_v1_PendingCall__Output } from '../../memsvc/v1/PendingCall.js';

/**
 * Response of AgentService.SendMessage.
 */
export interface SendMessageResponse {
  /**
   * Every event of the turn, in order; the last one is the TurnEnd.
   */
  'events'?: (_memsvc_v1_StepEvent)[];
  /**
   * The turn's id.
   */
  'turn_id'?: (string);
  /**
   * Why the turn stopped (the same as in the TurnEnd event), or
   * STOP_REASON_WAITING_FOR_CLIENT if it paused.
   */
  'stop_reason'?: (_memsvc_v1_StopReason);
  /**
   * Tokens used by the turn (the same as in the TurnEnd event).
   */
  'usage'?: (_memsvc_v1_Usage | null);
  /**
   * With STOP_REASON_WAITING_FOR_CLIENT: the calls the turn waits for. Answer them
   * with ResumeTurn.
   */
  'pending_calls'?: (_memsvc_v1_PendingCall)[];
}

/**
 * Response of AgentService.SendMessage.
 */
export interface SendMessageResponse__Output {
  /**
   * Every event of the turn, in order; the last one is the TurnEnd.
   */
  'events': (_memsvc_v1_StepEvent__Output)[];
  /**
   * The turn's id.
   */
  'turn_id': (string);
  /**
   * Why the turn stopped (the same as in the TurnEnd event), or
   * STOP_REASON_WAITING_FOR_CLIENT if it paused.
   */
  'stop_reason': (_memsvc_v1_StopReason__Output);
  /**
   * Tokens used by the turn (the same as in the TurnEnd event).
   */
  'usage': (_memsvc_v1_Usage__Output | null);
  /**
   * With STOP_REASON_WAITING_FOR_CLIENT: the calls the turn waits for. Answer them
   * with ResumeTurn.
   */
  'pending_calls': (_memsvc_v1_PendingCall__Output)[];
}
