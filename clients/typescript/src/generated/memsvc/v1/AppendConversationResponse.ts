// Original file: ../../proto/memsvc/v1/agent_service.proto

import type { Message as _memsvc_v1_Message, Message__Output as _memsvc_v1_Message__Output } from '../../memsvc/v1/Message.js';
import type { StepEvent as _memsvc_v1_StepEvent, StepEvent__Output as _memsvc_v1_StepEvent__Output } from '../../memsvc/v1/StepEvent.js';
import type { Usage as _memsvc_v1_Usage, Usage__Output as _memsvc_v1_Usage__Output } from '../../memsvc/v1/Usage.js';

/**
 * Response of AgentService.AppendConversation.
 */
export interface AppendConversationResponse {
  /**
   * The stored messages, in order.
   */
  'messages'?: (_memsvc_v1_Message)[];
  /**
   * The extraction's events (inner thoughts, function calls and their results, and
   * a TurnEnd); empty without `extract_facts`.
   */
  'events'?: (_memsvc_v1_StepEvent)[];
  /**
   * Tokens the extraction used.
   */
  'usage'?: (_memsvc_v1_Usage | null);
}

/**
 * Response of AgentService.AppendConversation.
 */
export interface AppendConversationResponse__Output {
  /**
   * The stored messages, in order.
   */
  'messages': (_memsvc_v1_Message__Output)[];
  /**
   * The extraction's events (inner thoughts, function calls and their results, and
   * a TurnEnd); empty without `extract_facts`.
   */
  'events': (_memsvc_v1_StepEvent__Output)[];
  /**
   * Tokens the extraction used.
   */
  'usage': (_memsvc_v1_Usage__Output | null);
}
