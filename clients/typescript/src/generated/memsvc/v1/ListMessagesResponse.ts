// Original file: ../../proto/memsvc/v1/agent_service.proto

import type { Message as _memsvc_v1_Message, Message__Output as _memsvc_v1_Message__Output } from '../../memsvc/v1/Message.js';

/**
 * Response of AgentService.ListMessages.
 */
export interface ListMessagesResponse {
  /**
   * The messages, oldest first.
   */
  'messages'?: (_memsvc_v1_Message)[];
  /**
   * The token for the next page, or empty if this is the last page.
   */
  'next_page_token'?: (string);
}

/**
 * Response of AgentService.ListMessages.
 */
export interface ListMessagesResponse__Output {
  /**
   * The messages, oldest first.
   */
  'messages': (_memsvc_v1_Message__Output)[];
  /**
   * The token for the next page, or empty if this is the last page.
   */
  'next_page_token': (string);
}
