// Original file: ../../proto/memsvc/v1/agent_service.proto

import type { Turn as _memsvc_v1_Turn, Turn__Output as _memsvc_v1_Turn__Output } from '../../memsvc/v1/Turn.js';

/**
 * Response of AgentService.CancelTurn.
 */
export interface CancelTurnResponse {
  /**
   * The turn after the call: ENDED if it was waiting; still RUNNING if it runs on
   * and stops at its next step boundary.
   */
  'turn'?: (_memsvc_v1_Turn | null);
}

/**
 * Response of AgentService.CancelTurn.
 */
export interface CancelTurnResponse__Output {
  /**
   * The turn after the call: ENDED if it was waiting; still RUNNING if it runs on
   * and stops at its next step boundary.
   */
  'turn': (_memsvc_v1_Turn__Output | null);
}
