// Original file: ../../proto/memsvc/v1/message.proto

/**
 * Who wrote a message.
 * 
 * Each role also has a lowercase alias, the name Letta and OpenAI use ("user",
 * "assistant", "tool", "system"), so that their JSON bodies work unchanged through
 * grpcurl, buf curl and the HTTP/JSON gateway: `{"role": "user"}` reads as
 * MESSAGE_ROLE_USER. Responses always write the MESSAGE_ROLE_* name.
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
  /**
   * Alias of MESSAGE_ROLE_USER (Letta's and OpenAI's name).
   */
  user: 'user',
  /**
   * Alias of MESSAGE_ROLE_ASSISTANT (Letta's and OpenAI's name).
   */
  assistant: 'assistant',
  /**
   * Alias of MESSAGE_ROLE_TOOL (Letta's and OpenAI's name).
   */
  tool: 'tool',
  /**
   * Alias of MESSAGE_ROLE_SYSTEM (Letta's and OpenAI's name).
   */
  system: 'system',
} as const;

/**
 * Who wrote a message.
 * 
 * Each role also has a lowercase alias, the name Letta and OpenAI use ("user",
 * "assistant", "tool", "system"), so that their JSON bodies work unchanged through
 * grpcurl, buf curl and the HTTP/JSON gateway: `{"role": "user"}` reads as
 * MESSAGE_ROLE_USER. Responses always write the MESSAGE_ROLE_* name.
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
   * Alias of MESSAGE_ROLE_USER (Letta's and OpenAI's name).
   */
  | 'user'
  | 1
  /**
   * Alias of MESSAGE_ROLE_ASSISTANT (Letta's and OpenAI's name).
   */
  | 'assistant'
  | 2
  /**
   * Alias of MESSAGE_ROLE_TOOL (Letta's and OpenAI's name).
   */
  | 'tool'
  | 3
  /**
   * Alias of MESSAGE_ROLE_SYSTEM (Letta's and OpenAI's name).
   */
  | 'system'
  | 4

/**
 * Who wrote a message.
 * 
 * Each role also has a lowercase alias, the name Letta and OpenAI use ("user",
 * "assistant", "tool", "system"), so that their JSON bodies work unchanged through
 * grpcurl, buf curl and the HTTP/JSON gateway: `{"role": "user"}` reads as
 * MESSAGE_ROLE_USER. Responses always write the MESSAGE_ROLE_* name.
 */
export type MessageRole__Output = typeof MessageRole[keyof typeof MessageRole]
