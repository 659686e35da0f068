// Original file: ../../proto/memsvc/v1/agent_service.proto

import type { Agent as _memsvc_v1_Agent, Agent__Output as _memsvc_v1_Agent__Output } from '../../memsvc/v1/Agent.js';

/**
 * Response of AgentService.CreateAgent.
 */
export interface CreateAgentResponse {
  /**
   * The new agent.
   */
  'agent'?: (_memsvc_v1_Agent | null);
}

/**
 * Response of AgentService.CreateAgent.
 */
export interface CreateAgentResponse__Output {
  /**
   * The new agent.
   */
  'agent': (_memsvc_v1_Agent__Output | null);
}
