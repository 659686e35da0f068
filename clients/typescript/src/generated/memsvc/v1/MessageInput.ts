// Original file: ../../proto/memsvc/v1/message.proto

import type { MessageRole as _memsvc_v1_MessageRole, MessageRole__Output as _memsvc_v1_MessageRole__Output } from '../../memsvc/v1/MessageRole.js';

/**
 * A message sent to an agent.
 */
export interface MessageInput {
  /**
   * MESSAGE_ROLE_USER (the default) for what the person says, MESSAGE_ROLE_SYSTEM
   * for an event such as a timer or a finished upload. Other roles are rejected.
   */
  'role'?: (_memsvc_v1_MessageRole);
  /**
   * The text. Required, not blank, at most the server's message limit (default
   * 32,000 characters).
   */
  'content'?: (string);
}

/**
 * A message sent to an agent.
 */
export interface MessageInput__Output {
  /**
   * MESSAGE_ROLE_USER (the default) for what the person says, MESSAGE_ROLE_SYSTEM
   * for an event such as a timer or a finished upload. Other roles are rejected.
   */
  'role': (_memsvc_v1_MessageRole__Output);
  /**
   * The text. Required, not blank, at most the server's message limit (default
   * 32,000 characters).
   */
  'content': (string);
}
