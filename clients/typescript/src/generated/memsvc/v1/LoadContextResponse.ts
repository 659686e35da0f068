// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { Agent as _memsvc_v1_Agent, Agent__Output as _memsvc_v1_Agent__Output } from '../../memsvc/v1/Agent.js';
import type { ContextState as _memsvc_v1_ContextState, ContextState__Output as _memsvc_v1_ContextState__Output } from '../../memsvc/v1/ContextState.js';
import type { Message as _memsvc_v1_Message, Message__Output as _memsvc_v1_Message__Output } from '../../memsvc/v1/Message.js';
import type { TurnRecord as _memsvc_v1_TurnRecord, TurnRecord__Output as _memsvc_v1_TurnRecord__Output } from '../../memsvc/v1/TurnRecord.js';
import type { Long } from '@grpc/proto-loader';

/**
 * Response of AgentStoreService.LoadContext.
 */
export interface LoadContextResponse {
  /**
   * The agent with its blocks.
   */
  'agent'?: (_memsvc_v1_Agent | null);
  /**
   * The queue manager's state.
   */
  'state'?: (_memsvc_v1_ContextState | null);
  /**
   * The messages in the queue, oldest first.
   */
  'messages'?: (_memsvc_v1_Message)[];
  /**
   * How many messages recall storage holds for the agent.
   */
  'recall_count'?: (number | string | Long);
  /**
   * How many passages archival storage holds for the agent.
   */
  'archival_count'?: (number | string | Long);
  /**
   * Evicted messages not yet folded into the summary (when `state.summary_pending`),
   * oldest first.
   */
  'unsummarized'?: (_memsvc_v1_Message)[];
  /**
   * True if the queue is the one the caller cached (see known_last_sequence): then
   * `messages` is empty.
   */
  'messages_unchanged'?: (boolean);
  /**
   * The agent's turn that has not ended (running or waiting), if any.
   */
  'open_turn'?: (_memsvc_v1_TurnRecord | null);
}

/**
 * Response of AgentStoreService.LoadContext.
 */
export interface LoadContextResponse__Output {
  /**
   * The agent with its blocks.
   */
  'agent': (_memsvc_v1_Agent__Output | null);
  /**
   * The queue manager's state.
   */
  'state': (_memsvc_v1_ContextState__Output | null);
  /**
   * The messages in the queue, oldest first.
   */
  'messages': (_memsvc_v1_Message__Output)[];
  /**
   * How many messages recall storage holds for the agent.
   */
  'recall_count': (string);
  /**
   * How many passages archival storage holds for the agent.
   */
  'archival_count': (string);
  /**
   * Evicted messages not yet folded into the summary (when `state.summary_pending`),
   * oldest first.
   */
  'unsummarized': (_memsvc_v1_Message__Output)[];
  /**
   * True if the queue is the one the caller cached (see known_last_sequence): then
   * `messages` is empty.
   */
  'messages_unchanged': (boolean);
  /**
   * The agent's turn that has not ended (running or waiting), if any.
   */
  'open_turn': (_memsvc_v1_TurnRecord__Output | null);
}
