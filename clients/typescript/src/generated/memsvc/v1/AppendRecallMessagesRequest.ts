// Original file: ../../proto/memsvc/v1/memory_service.proto

import type { MessageInput as _memsvc_v1_MessageInput, MessageInput__Output as _memsvc_v1_MessageInput__Output } from '../../memsvc/v1/MessageInput.js';

/**
 * Request of MemoryService.AppendRecallMessages.
 */
export interface AppendRecallMessagesRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * The messages, in order: role, content and create_time. Required.
   */
  'messages'?: (_memsvc_v1_MessageInput)[];
}

/**
 * Request of MemoryService.AppendRecallMessages.
 */
export interface AppendRecallMessagesRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * The messages, in order: role, content and create_time. Required.
   */
  'messages': (_memsvc_v1_MessageInput__Output)[];
}
