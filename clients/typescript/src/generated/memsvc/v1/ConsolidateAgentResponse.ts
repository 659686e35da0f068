// Original file: ../../proto/memsvc/v1/agent_service.proto

import type { Turn as _memsvc_v1_Turn, Turn__Output as _memsvc_v1_Turn__Output } from '../../memsvc/v1/Turn.js';

/**
 * Response of AgentService.ConsolidateAgent.
 */
export interface ConsolidateAgentResponse {
  /**
   * The consolidation run's turn, as it started (TURN_STATUS_RUNNING, kind
   * TURN_KIND_CONSOLIDATION).
   */
  'turn'?: (_memsvc_v1_Turn | null);
}

/**
 * Response of AgentService.ConsolidateAgent.
 */
export interface ConsolidateAgentResponse__Output {
  /**
   * The consolidation run's turn, as it started (TURN_STATUS_RUNNING, kind
   * TURN_KIND_CONSOLIDATION).
   */
  'turn': (_memsvc_v1_Turn__Output | null);
}
