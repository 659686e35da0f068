// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { Message as _memsvc_v1_Message, Message__Output as _memsvc_v1_Message__Output } from '../../memsvc/v1/Message.js';
import type { ContextState as _memsvc_v1_ContextState, ContextState__Output as _memsvc_v1_ContextState__Output } from '../../memsvc/v1/ContextState.js';
import type { StoredEvent as _memsvc_v1_StoredEvent, StoredEvent__Output as _memsvc_v1_StoredEvent__Output } from '../../memsvc/v1/StoredEvent.js';
import type { TurnRecord as _memsvc_v1_TurnRecord, TurnRecord__Output as _memsvc_v1_TurnRecord__Output } from '../../memsvc/v1/TurnRecord.js';
import type { WakeupFiring as _memsvc_v1_WakeupFiring, WakeupFiring__Output as _memsvc_v1_WakeupFiring__Output } from '../../memsvc/v1/WakeupFiring.js';
import type { Long } from '@grpc/proto-loader';

/**
 * Request of AgentStoreService.CommitContext.
 */
export interface CommitContextRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * Messages to append, in order. `id`, `role`, `content`, `inner_thoughts`,
   * `tool_calls`, `tool_call_id`, `name`, `token_count`, `turn_id` and `in_context`
   * are read; the sequence and time are assigned.
   */
  'messages'?: (_memsvc_v1_Message)[];
  /**
   * If above 0, every queue message with a sequence up to this one leaves the queue
   * (it stays in recall storage).
   */
  'evict_through_sequence'?: (number | string | Long);
  /**
   * If set, the new context state.
   */
  'state'?: (_memsvc_v1_ContextState | null);
  /**
   * If set, the holder that must have the agent's turn lease (see AcquireTurnLease).
   */
  'lease_holder'?: (string);
  /**
   * If set, the client request these messages answer (SendMessage's request_id),
   * recorded in the same transaction with `turn_id`: ALREADY_EXISTS if seen before.
   */
  'request_id'?: (string);
  /**
   * The turn the request starts (with `request_id`).
   */
  'turn_id'?: (string);
  /**
   * Turn events to store with the messages, in order, all of one turn (`turn`'s, or
   * else the agent's open turn's). The store numbers them (`sequence` and
   * `agent_sequence` are ignored).
   */
  'events'?: (_memsvc_v1_StoredEvent)[];
  /**
   * If set, the turn's record is written (created or replaced) in the same
   * transaction; it becomes the agent's open turn unless it has ended.
   */
  'turn'?: (_memsvc_v1_TurnRecord | null);
  /**
   * If set (a turn's first commit, with `turn`), this wake-up moves from pending to
   * fired for `turn` in the same transaction; if it is not pending any more the
   * whole commit is refused: ABORTED, reason WAKEUP_NOT_PENDING.
   */
  'wakeup'?: (_memsvc_v1_WakeupFiring | null);
}

/**
 * Request of AgentStoreService.CommitContext.
 */
export interface CommitContextRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * Messages to append, in order. `id`, `role`, `content`, `inner_thoughts`,
   * `tool_calls`, `tool_call_id`, `name`, `token_count`, `turn_id` and `in_context`
   * are read; the sequence and time are assigned.
   */
  'messages': (_memsvc_v1_Message__Output)[];
  /**
   * If above 0, every queue message with a sequence up to this one leaves the queue
   * (it stays in recall storage).
   */
  'evict_through_sequence': (string);
  /**
   * If set, the new context state.
   */
  'state': (_memsvc_v1_ContextState__Output | null);
  /**
   * If set, the holder that must have the agent's turn lease (see AcquireTurnLease).
   */
  'lease_holder': (string);
  /**
   * If set, the client request these messages answer (SendMessage's request_id),
   * recorded in the same transaction with `turn_id`: ALREADY_EXISTS if seen before.
   */
  'request_id': (string);
  /**
   * The turn the request starts (with `request_id`).
   */
  'turn_id': (string);
  /**
   * Turn events to store with the messages, in order, all of one turn (`turn`'s, or
   * else the agent's open turn's). The store numbers them (`sequence` and
   * `agent_sequence` are ignored).
   */
  'events': (_memsvc_v1_StoredEvent__Output)[];
  /**
   * If set, the turn's record is written (created or replaced) in the same
   * transaction; it becomes the agent's open turn unless it has ended.
   */
  'turn': (_memsvc_v1_TurnRecord__Output | null);
  /**
   * If set (a turn's first commit, with `turn`), this wake-up moves from pending to
   * fired for `turn` in the same transaction; if it is not pending any more the
   * whole commit is refused: ABORTED, reason WAKEUP_NOT_PENDING.
   */
  'wakeup': (_memsvc_v1_WakeupFiring__Output | null);
}
