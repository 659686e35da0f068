// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { Message as _memsvc_v1_Message, Message__Output as _memsvc_v1_Message__Output } from '../../memsvc/v1/Message.js';

/**
 * Response of AgentStoreService.CommitContext.
 */
export interface CommitContextResponse {
  /**
   * The appended messages as stored.
   */
  'messages'?: (_memsvc_v1_Message)[];
}

/**
 * Response of AgentStoreService.CommitContext.
 */
export interface CommitContextResponse__Output {
  /**
   * The appended messages as stored.
   */
  'messages': (_memsvc_v1_Message__Output)[];
}
