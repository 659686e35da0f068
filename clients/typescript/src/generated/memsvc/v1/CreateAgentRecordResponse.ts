// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { Agent as _memsvc_v1_Agent, Agent__Output as _memsvc_v1_Agent__Output } from '../../memsvc/v1/Agent.js';

/**
 * Response of AgentStoreService.CreateAgentRecord.
 */
export interface CreateAgentRecordResponse {
  /**
   * The stored agent.
   */
  'agent'?: (_memsvc_v1_Agent | null);
}

/**
 * Response of AgentStoreService.CreateAgentRecord.
 */
export interface CreateAgentRecordResponse__Output {
  /**
   * The stored agent.
   */
  'agent': (_memsvc_v1_Agent__Output | null);
}
