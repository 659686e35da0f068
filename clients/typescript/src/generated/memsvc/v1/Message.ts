// Original file: ../../proto/memsvc/v1/message.proto

import type { MessageRole as _memsvc_v1_MessageRole, MessageRole__Output as _memsvc_v1_MessageRole__Output } from '../../memsvc/v1/MessageRole.js';
import type { ToolCall as _memsvc_v1_ToolCall, ToolCall__Output as _memsvc_v1_ToolCall__Output } from '../../memsvc/v1/ToolCall.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';
import type { Long } from '@grpc/proto-loader';

/**
 * A message as kept in recall storage: every message ever exchanged, in order.
 */
export interface Message {
  /**
   * Output only. The message's id (a UUID).
   */
  'id'?: (string);
  /**
   * Output only. The agent the message belongs to.
   */
  'agent_id'?: (string);
  /**
   * Output only. The message's position in the agent's history, from 1, without gaps.
   */
  'sequence'?: (number | string | Long);
  /**
   * Who wrote it.
   */
  'role'?: (_memsvc_v1_MessageRole);
  /**
   * The text. For MESSAGE_ROLE_TOOL, the function's JSON result.
   */
  'content'?: (string);
  /**
   * For MESSAGE_ROLE_ASSISTANT: the LLM's inner thoughts (private reasoning).
   */
  'inner_thoughts'?: (string);
  /**
   * For MESSAGE_ROLE_ASSISTANT: the functions the LLM called.
   */
  'tool_calls'?: (_memsvc_v1_ToolCall)[];
  /**
   * For MESSAGE_ROLE_TOOL: the id of the call this result answers.
   */
  'tool_call_id'?: (string);
  /**
   * For MESSAGE_ROLE_TOOL: the function's name.
   */
  'name'?: (string);
  /**
   * Output only. Whether the message is in the agent's main context now (the FIFO
   * queue). Evicted messages stay in recall storage with this set to false.
   */
  'in_context'?: (boolean);
  /**
   * Output only. The message's size in tokens as the LLM sees it.
   */
  'token_count'?: (number);
  /**
   * Output only. The turn that produced the message.
   */
  'turn_id'?: (string);
  /**
   * Output only. When the message was stored.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * A message as kept in recall storage: every message ever exchanged, in order.
 */
export interface Message__Output {
  /**
   * Output only. The message's id (a UUID).
   */
  'id': (string);
  /**
   * Output only. The agent the message belongs to.
   */
  'agent_id': (string);
  /**
   * Output only. The message's position in the agent's history, from 1, without gaps.
   */
  'sequence': (string);
  /**
   * Who wrote it.
   */
  'role': (_memsvc_v1_MessageRole__Output);
  /**
   * The text. For MESSAGE_ROLE_TOOL, the function's JSON result.
   */
  'content': (string);
  /**
   * For MESSAGE_ROLE_ASSISTANT: the LLM's inner thoughts (private reasoning).
   */
  'inner_thoughts': (string);
  /**
   * For MESSAGE_ROLE_ASSISTANT: the functions the LLM called.
   */
  'tool_calls': (_memsvc_v1_ToolCall__Output)[];
  /**
   * For MESSAGE_ROLE_TOOL: the id of the call this result answers.
   */
  'tool_call_id': (string);
  /**
   * For MESSAGE_ROLE_TOOL: the function's name.
   */
  'name': (string);
  /**
   * Output only. Whether the message is in the agent's main context now (the FIFO
   * queue). Evicted messages stay in recall storage with this set to false.
   */
  'in_context': (boolean);
  /**
   * Output only. The message's size in tokens as the LLM sees it.
   */
  'token_count': (number);
  /**
   * Output only. The turn that produced the message.
   */
  'turn_id': (string);
  /**
   * Output only. When the message was stored.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
}
