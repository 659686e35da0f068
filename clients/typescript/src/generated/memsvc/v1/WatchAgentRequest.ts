// Original file: ../../proto/memsvc/v1/agent_service.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Request of AgentService.WatchAgent.
 */
export interface WatchAgentRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * If set, the stored events after this `agent_sequence` are sent first (0: every
   * stored event of the agent), then the live ones. If not set, only events stored
   * after the watch starts.
   */
  'after_agent_sequence'?: (number | string | Long);
  '_after_agent_sequence'?: "after_agent_sequence";
}

/**
 * Request of AgentService.WatchAgent.
 */
export interface WatchAgentRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * If set, the stored events after this `agent_sequence` are sent first (0: every
   * stored event of the agent), then the live ones. If not set, only events stored
   * after the watch starts.
   */
  'after_agent_sequence'?: (string);
  '_after_agent_sequence'?: "after_agent_sequence";
}
