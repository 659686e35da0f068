// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { Agent as _memsvc_v1_Agent, Agent__Output as _memsvc_v1_Agent__Output } from '../../memsvc/v1/Agent.js';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../google/protobuf/FieldMask.js';

/**
 * Request of AgentStoreService.UpdateAgentRecord.
 */
export interface UpdateAgentRecordRequest {
  /**
   * The agent with `id` set and the new values.
   */
  'agent'?: (_memsvc_v1_Agent | null);
  /**
   * The fields to change. See UpdateAgentRequest.update_mask.
   */
  'update_mask'?: (_google_protobuf_FieldMask | null);
}

/**
 * Request of AgentStoreService.UpdateAgentRecord.
 */
export interface UpdateAgentRecordRequest__Output {
  /**
   * The agent with `id` set and the new values.
   */
  'agent': (_memsvc_v1_Agent__Output | null);
  /**
   * The fields to change. See UpdateAgentRequest.update_mask.
   */
  'update_mask': (_google_protobuf_FieldMask__Output | null);
}
