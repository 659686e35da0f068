// Original file: ../../proto/memsvc/v1/message.proto

/**
 * Who wrote a message.
 */
export const MessageRole = {
  /**
   * Not set. In an input, treated as MESSAGE_ROLE_USER.
   */
  MESSAGE_ROLE_UNSPECIFIED: 'MESSAGE_ROLE_UNSPECIFIED',
  /**
   * The person talking to the agent.
   */
  MESSAGE_ROLE_USER: 'MESSAGE_ROLE_USER',
  /**
   * The LLM: inner thoughts and function calls.
   */
  MESSAGE_ROLE_ASSISTANT: 'MESSAGE_ROLE_ASSISTANT',
  /**
   * The result of a function call.
   */
  MESSAGE_ROLE_TOOL: 'MESSAGE_ROLE_TOOL',
  /**
   * The system: heartbeats, memory-pressure warnings and other events (timers,
   * documents ingested). Shown to the LLM as automated messages.
   */
  MESSAGE_ROLE_SYSTEM: 'MESSAGE_ROLE_SYSTEM',
} as const;

/**
 * Who wrote a message.
 */
export type MessageRole =
  /**
   * Not set. In an input, treated as MESSAGE_ROLE_USER.
   */
  | 'MESSAGE_ROLE_UNSPECIFIED'
  | 0
  /**
   * The person talking to the agent.
   */
  | 'MESSAGE_ROLE_USER'
  | 1
  /**
   * The LLM: inner thoughts and function calls.
   */
  | 'MESSAGE_ROLE_ASSISTANT'
  | 2
  /**
   * The result of a function call.
   */
  | 'MESSAGE_ROLE_TOOL'
  | 3
  /**
   * The system: heartbeats, memory-pressure warnings and other events (timers,
   * documents ingested). Shown to the LLM as automated messages.
   */
  | 'MESSAGE_ROLE_SYSTEM'
  | 4

/**
 * Who wrote a message.
 */
export type MessageRole__Output = typeof MessageRole[keyof typeof MessageRole]
