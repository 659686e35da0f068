// Original file: ../../proto/memsvc/v1/agent_service.proto

import type { Agent as _memsvc_v1_Agent, Agent__Output as _memsvc_v1_Agent__Output } from '../../memsvc/v1/Agent.js';

/**
 * Response of AgentService.UpdateAgent.
 */
export interface UpdateAgentResponse {
  /**
   * The agent after the change.
   */
  'agent'?: (_memsvc_v1_Agent | null);
}

/**
 * Response of AgentService.UpdateAgent.
 */
export interface UpdateAgentResponse__Output {
  /**
   * The agent after the change.
   */
  'agent': (_memsvc_v1_Agent__Output | null);
}
