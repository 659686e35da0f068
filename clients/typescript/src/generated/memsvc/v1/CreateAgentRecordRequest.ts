// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { Agent as _memsvc_v1_Agent, Agent__Output as _memsvc_v1_Agent__Output } from '../../memsvc/v1/Agent.js';

/**
 * Request of AgentStoreService.CreateAgentRecord.
 */
export interface CreateAgentRecordRequest {
  /**
   * The agent, with `id` and defaults already set by the agent server.
   */
  'agent'?: (_memsvc_v1_Agent | null);
  /**
   * See CreateAgentRequest.request_id.
   */
  'request_id'?: (string);
}

/**
 * Request of AgentStoreService.CreateAgentRecord.
 */
export interface CreateAgentRecordRequest__Output {
  /**
   * The agent, with `id` and defaults already set by the agent server.
   */
  'agent': (_memsvc_v1_Agent__Output | null);
  /**
   * See CreateAgentRequest.request_id.
   */
  'request_id': (string);
}
