// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { Agent as _memsvc_v1_Agent, Agent__Output as _memsvc_v1_Agent__Output } from '../../memsvc/v1/Agent.js';

/**
 * Response of AgentStoreService.GetAgentRecord.
 */
export interface GetAgentRecordResponse {
  /**
   * The agent with its blocks.
   */
  'agent'?: (_memsvc_v1_Agent | null);
}

/**
 * Response of AgentStoreService.GetAgentRecord.
 */
export interface GetAgentRecordResponse__Output {
  /**
   * The agent with its blocks.
   */
  'agent': (_memsvc_v1_Agent__Output | null);
}
