// Original file: ../../proto/memsvc/v1/memory_service.proto

import type { Message as _memsvc_v1_Message, Message__Output as _memsvc_v1_Message__Output } from '../../memsvc/v1/Message.js';

/**
 * Response of MemoryService.AppendRecallMessages.
 */
export interface AppendRecallMessagesResponse {
  /**
   * The stored messages.
   */
  'messages'?: (_memsvc_v1_Message)[];
}

/**
 * Response of MemoryService.AppendRecallMessages.
 */
export interface AppendRecallMessagesResponse__Output {
  /**
   * The stored messages.
   */
  'messages': (_memsvc_v1_Message__Output)[];
}
