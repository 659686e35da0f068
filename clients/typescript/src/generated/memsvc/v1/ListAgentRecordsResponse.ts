// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { Agent as _memsvc_v1_Agent, Agent__Output as _memsvc_v1_Agent__Output } from '../../memsvc/v1/Agent.js';

/**
 * Response of AgentStoreService.ListAgentRecords.
 */
export interface ListAgentRecordsResponse {
  /**
   * The agents, newest first.
   */
  'agents'?: (_memsvc_v1_Agent)[];
  /**
   * The token for the next page, or empty if this is the last page.
   */
  'next_page_token'?: (string);
}

/**
 * Response of AgentStoreService.ListAgentRecords.
 */
export interface ListAgentRecordsResponse__Output {
  /**
   * The agents, newest first.
   */
  'agents': (_memsvc_v1_Agent__Output)[];
  /**
   * The token for the next page, or empty if this is the last page.
   */
  'next_page_token': (string);
}
