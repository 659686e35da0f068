// Original file: ../../proto/memsvc/v1/agent_service.proto

import type { MessageInput as _memsvc_v1_MessageInput, MessageInput__Output as _memsvc_v1_MessageInput__Output } from '../../memsvc/v1/MessageInput.js';

/**
 * Request of AgentService.AppendConversation.
 */
export interface AppendConversationRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * The messages, oldest first: user, assistant and system messages, each with its
   * `create_time` if known (else now). 1 to 1000.
   */
  'messages'?: (_memsvc_v1_MessageInput)[];
  /**
   * If true, the agent's LLM extracts durable facts from the messages into archival
   * memory and the working-context blocks.
   */
  'extract_facts'?: (boolean);
  /**
   * The most LLM calls the extraction may make, 1 to 20. If 0, 8.
   */
  'max_steps'?: (number);
}

/**
 * Request of AgentService.AppendConversation.
 */
export interface AppendConversationRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * The messages, oldest first: user, assistant and system messages, each with its
   * `create_time` if known (else now). 1 to 1000.
   */
  'messages': (_memsvc_v1_MessageInput__Output)[];
  /**
   * If true, the agent's LLM extracts durable facts from the messages into archival
   * memory and the working-context blocks.
   */
  'extract_facts': (boolean);
  /**
   * The most LLM calls the extraction may make, 1 to 20. If 0, 8.
   */
  'max_steps': (number);
}
