// Original file: ../../proto/memsvc/v1/agent_service.proto

import type { Agent as _memsvc_v1_Agent, Agent__Output as _memsvc_v1_Agent__Output } from '../../memsvc/v1/Agent.js';

/**
 * Response of AgentService.GetAgent.
 */
export interface GetAgentResponse {
  /**
   * The agent with its current blocks.
   */
  'agent'?: (_memsvc_v1_Agent | null);
}

/**
 * Response of AgentService.GetAgent.
 */
export interface GetAgentResponse__Output {
  /**
   * The agent with its current blocks.
   */
  'agent': (_memsvc_v1_Agent__Output | null);
}
