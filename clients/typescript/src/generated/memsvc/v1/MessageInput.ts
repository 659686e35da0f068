// Original file: ../../proto/memsvc/v1/message.proto

import type { MessageRole as _memsvc_v1_MessageRole, MessageRole__Output as _memsvc_v1_MessageRole__Output } from '../../memsvc/v1/MessageRole.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';

/**
 * A message sent to an agent.
 */
export interface MessageInput {
  /**
   * MESSAGE_ROLE_USER (the default) for what the person says, MESSAGE_ROLE_SYSTEM
   * for an event such as a timer or a finished upload. A turn's input
   * (SendMessage, StreamStep) takes only these two; AppendRecallMessages also takes
   * MESSAGE_ROLE_ASSISTANT (what an external agent loop's LLM said).
   */
  'role'?: (_memsvc_v1_MessageRole);
  /**
   * The text. Required, not blank, at most the server's message limit (default
   * 32,000 characters).
   */
  'content'?: (string);
  /**
   * When the message was written, for history kept elsewhere first (an external
   * agent loop, an import): MemoryService.AppendRecallMessages stores it with this
   * time, so date searches find it where it happened. If not set, now. A turn's
   * input (SendMessage, StreamStep) is stored now: INVALID_ARGUMENT if set there.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * A message sent to an agent.
 */
export interface MessageInput__Output {
  /**
   * MESSAGE_ROLE_USER (the default) for what the person says, MESSAGE_ROLE_SYSTEM
   * for an event such as a timer or a finished upload. A turn's input
   * (SendMessage, StreamStep) takes only these two; AppendRecallMessages also takes
   * MESSAGE_ROLE_ASSISTANT (what an external agent loop's LLM said).
   */
  'role': (_memsvc_v1_MessageRole__Output);
  /**
   * The text. Required, not blank, at most the server's message limit (default
   * 32,000 characters).
   */
  'content': (string);
  /**
   * When the message was written, for history kept elsewhere first (an external
   * agent loop, an import): MemoryService.AppendRecallMessages stores it with this
   * time, so date searches find it where it happened. If not set, now. A turn's
   * input (SendMessage, StreamStep) is stored now: INVALID_ARGUMENT if set there.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
}
