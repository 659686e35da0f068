// Original file: ../../proto/memsvc/v1/agent_service.proto

import type { Agent as _memsvc_v1_Agent, Agent__Output as _memsvc_v1_Agent__Output } from '../../memsvc/v1/Agent.js';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../google/protobuf/FieldMask.js';

/**
 * Request of AgentService.UpdateAgent.
 */
export interface UpdateAgentRequest {
  /**
   * The agent with `id` set and the fields to change.
   */
  'agent'?: (_memsvc_v1_Agent | null);
  /**
   * The fields to change: "name", "system", "llm_config", "embedding_config",
   * "context_config", "max_steps", "client_tools", "tools_requiring_approval",
   * "client_tool_timeout_seconds", "approval_timeout_seconds", "enable_wakeups",
   * "consolidation_config" (replaced as a whole; unset turns it off). Required. A turn
   * waiting on a client tool keeps waiting for it even if the tool is removed.
   */
  'update_mask'?: (_google_protobuf_FieldMask | null);
}

/**
 * Request of AgentService.UpdateAgent.
 */
export interface UpdateAgentRequest__Output {
  /**
   * The agent with `id` set and the fields to change.
   */
  'agent': (_memsvc_v1_Agent__Output | null);
  /**
   * The fields to change: "name", "system", "llm_config", "embedding_config",
   * "context_config", "max_steps", "client_tools", "tools_requiring_approval",
   * "client_tool_timeout_seconds", "approval_timeout_seconds", "enable_wakeups",
   * "consolidation_config" (replaced as a whole; unset turns it off). Required. A turn
   * waiting on a client tool keeps waiting for it even if the tool is removed.
   */
  'update_mask': (_google_protobuf_FieldMask__Output | null);
}
