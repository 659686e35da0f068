// Original file: ../../proto/memsvc/v1/step.proto

import type { PendingCall as _memsvc_v1_PendingCall, PendingCall__Output as _memsvc_v1_PendingCall__Output } from '../../memsvc/v1/PendingCall.js';

/**
 * A turn waits for the client.
 */
export interface TurnWaiting {
  /**
   * Every call the turn waits for, in the order the LLM made them.
   */
  'pending_calls'?: (_memsvc_v1_PendingCall)[];
}

/**
 * A turn waits for the client.
 */
export interface TurnWaiting__Output {
  /**
   * Every call the turn waits for, in the order the LLM made them.
   */
  'pending_calls': (_memsvc_v1_PendingCall__Output)[];
}
