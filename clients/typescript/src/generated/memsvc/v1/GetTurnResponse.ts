// Original file: ../../proto/memsvc/v1/agent_service.proto

import type { Turn as _memsvc_v1_Turn, Turn__Output as _memsvc_v1_Turn__Output } from '../../memsvc/v1/Turn.js';

/**
 * Response of AgentService.GetTurn.
 */
export interface GetTurnResponse {
  /**
   * The turn.
   */
  'turn'?: (_memsvc_v1_Turn | null);
}

/**
 * Response of AgentService.GetTurn.
 */
export interface GetTurnResponse__Output {
  /**
   * The turn.
   */
  'turn': (_memsvc_v1_Turn__Output | null);
}
