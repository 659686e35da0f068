// Original file: ../../proto/memsvc/v1/step.proto

import type { MessageRole as _memsvc_v1_MessageRole, MessageRole__Output as _memsvc_v1_MessageRole__Output } from '../../memsvc/v1/MessageRole.js';

/**
 * An input message was stored.
 */
export interface InputReceived {
  /**
   * The input's role: MESSAGE_ROLE_USER or MESSAGE_ROLE_SYSTEM.
   */
  'role'?: (_memsvc_v1_MessageRole);
  /**
   * The input's text.
   */
  'content'?: (string);
}

/**
 * An input message was stored.
 */
export interface InputReceived__Output {
  /**
   * The input's role: MESSAGE_ROLE_USER or MESSAGE_ROLE_SYSTEM.
   */
  'role': (_memsvc_v1_MessageRole__Output);
  /**
   * The input's text.
   */
  'content': (string);
}
