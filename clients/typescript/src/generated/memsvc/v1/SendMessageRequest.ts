// Original file: ../../proto/memsvc/v1/agent_service.proto

import type { MessageInput as _memsvc_v1_MessageInput, MessageInput__Output as _memsvc_v1_MessageInput__Output } from '../../memsvc/v1/MessageInput.js';

/**
 * Request of AgentService.SendMessage.
 */
export interface SendMessageRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * The input: one or more messages, stored in order before the LLM is called.
   * Required.
   */
  'messages'?: (_memsvc_v1_MessageInput)[];
  /**
   * Overrides the agent's max_steps for this turn, if above 0.
   */
  'max_steps'?: (number);
  /**
   * A client-chosen id (up to 128 characters) that makes the call idempotent: a
   * retry with the same id returns the events of the first call's turn instead of
   * running the input again.
   */
  'request_id'?: (string);
  /**
   * Letta's request flag, accepted so that a Letta `POST /v1/agents/{id}/messages`
   * body works unchanged. SendMessage always answers with the whole turn at once,
   * whatever it says; StreamStep streams the events as they happen.
   */
  'stream'?: (boolean);
}

/**
 * Request of AgentService.SendMessage.
 */
export interface SendMessageRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * The input: one or more messages, stored in order before the LLM is called.
   * Required.
   */
  'messages': (_memsvc_v1_MessageInput__Output)[];
  /**
   * Overrides the agent's max_steps for this turn, if above 0.
   */
  'max_steps': (number);
  /**
   * A client-chosen id (up to 128 characters) that makes the call idempotent: a
   * retry with the same id returns the events of the first call's turn instead of
   * running the input again.
   */
  'request_id': (string);
  /**
   * Letta's request flag, accepted so that a Letta `POST /v1/agents/{id}/messages`
   * body works unchanged. SendMessage always answers with the whole turn at once,
   * whatever it says; StreamStep streams the events as they happen.
   */
  'stream': (boolean);
}
