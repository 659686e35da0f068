// Original file: ../../proto/memsvc/v1/step.proto

import type { StopReason as _memsvc_v1_StopReason, StopReason__Output as _memsvc_v1_StopReason__Output } from '../../memsvc/v1/StopReason.js';
import type { Usage as _memsvc_v1_Usage, Usage__Output as _memsvc_v1_Usage__Output } from '../../memsvc/v1/Usage.js';
import type { Status as _google_rpc_Status, Status__Output as _google_rpc_Status__Output } from '../../google/rpc/Status.js';

/**
 * The end of a turn.
 */
export interface TurnEnd {
  /**
   * Why the turn stopped.
   */
  'stop_reason'?: (_memsvc_v1_StopReason);
  /**
   * Tokens used by the turn's LLM calls.
   */
  'usage'?: (_memsvc_v1_Usage | null);
  /**
   * The number of steps (LLM calls) the turn made.
   */
  'step_count'?: (number);
  /**
   * Set when the turn stopped on an error: the canonical code, a message that says
   * what to fix, and an ErrorInfo detail.
   */
  'error'?: (_google_rpc_Status | null);
}

/**
 * The end of a turn.
 */
export interface TurnEnd__Output {
  /**
   * Why the turn stopped.
   */
  'stop_reason': (_memsvc_v1_StopReason__Output);
  /**
   * Tokens used by the turn's LLM calls.
   */
  'usage': (_memsvc_v1_Usage__Output | null);
  /**
   * The number of steps (LLM calls) the turn made.
   */
  'step_count': (number);
  /**
   * Set when the turn stopped on an error: the canonical code, a message that says
   * what to fix, and an ErrorInfo detail.
   */
  'error': (_google_rpc_Status__Output | null);
}
