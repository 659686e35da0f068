// Original file: ../../proto/memsvc/v1/agent_service.proto

import type { StepEvent as _memsvc_v1_StepEvent, StepEvent__Output as _memsvc_v1_StepEvent__Output } from '../../memsvc/v1/StepEvent.js';

/**
 * A message of AgentService.WatchAgent's stream.
 */
export interface WatchAgentResponse {
  /**
   * One event of one of the agent's turns.
   */
  'event'?: (_memsvc_v1_StepEvent | null);
}

/**
 * A message of AgentService.WatchAgent's stream.
 */
export interface WatchAgentResponse__Output {
  /**
   * One event of one of the agent's turns.
   */
  'event': (_memsvc_v1_StepEvent__Output | null);
}
