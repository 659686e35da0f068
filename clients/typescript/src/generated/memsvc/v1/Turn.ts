// Original file: ../../proto/memsvc/v1/turn.proto

import type { TurnStatus as _memsvc_v1_TurnStatus, TurnStatus__Output as _memsvc_v1_TurnStatus__Output } from '../../memsvc/v1/TurnStatus.js';
import type { PendingCall as _memsvc_v1_PendingCall, PendingCall__Output as _memsvc_v1_PendingCall__Output } from '../../memsvc/v1/PendingCall.js';
import type { StopReason as _memsvc_v1_StopReason, StopReason__Output as _memsvc_v1_StopReason__Output } from '../../memsvc/v1/StopReason.js';
import type { Usage as _memsvc_v1_Usage, Usage__Output as _memsvc_v1_Usage__Output } from '../../memsvc/v1/Usage.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';
import type { Status as _google_rpc_Status, Status__Output as _google_rpc_Status__Output } from '../../google/rpc/Status.js';
import type { TurnKind as _memsvc_v1_TurnKind, TurnKind__Output as _memsvc_v1_TurnKind__Output } from '../../memsvc/v1/TurnKind.js';

/**
 * A turn: everything an agent does in answer to one input. A turn is a persisted
 * state machine: RUNNING (its steps run on one agent server) -> WAITING (paused for
 * the client: tool results or approvals; held in the database, on no server) ->
 * RUNNING -> ... -> ENDED. A waiting turn survives restarts of every server and
 * continues on whichever agent server receives its answers. An agent has at most
 * one turn that has not ended.
 */
export interface Turn {
  /**
   * The turn's id (a UUID).
   */
  'id'?: (string);
  /**
   * The agent.
   */
  'agent_id'?: (string);
  /**
   * Where the turn is now.
   */
  'status'?: (_memsvc_v1_TurnStatus);
  /**
   * While WAITING: every call the turn waits for.
   */
  'pending_calls'?: (_memsvc_v1_PendingCall)[];
  /**
   * Once ENDED: why it stopped.
   */
  'stop_reason'?: (_memsvc_v1_StopReason);
  /**
   * Steps (LLM calls) made so far.
   */
  'step_count'?: (number);
  /**
   * Tokens used by the turn's LLM calls so far (counted when the turn waits or ends).
   */
  'usage'?: (_memsvc_v1_Usage | null);
  /**
   * The `sequence` of the turn's last stored event. StreamStep `attach` with
   * `after_sequence` set to it sends only what happens next.
   */
  'last_sequence'?: (number);
  /**
   * The client's request id that started the turn, if any.
   */
  'request_id'?: (string);
  /**
   * When the turn started.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
  /**
   * When the turn last changed status (started, paused, resumed, ended).
   */
  'update_time'?: (_google_protobuf_Timestamp | null);
  /**
   * Set when the turn ended on an error: the canonical code, a message, and an
   * ErrorInfo detail.
   */
  'error'?: (_google_rpc_Status | null);
  /**
   * What the turn is for: a conversation turn, or a background memory consolidation
   * run (see ConsolidationConfig).
   */
  'kind'?: (_memsvc_v1_TurnKind);
}

/**
 * A turn: everything an agent does in answer to one input. A turn is a persisted
 * state machine: RUNNING (its steps run on one agent server) -> WAITING (paused for
 * the client: tool results or approvals; held in the database, on no server) ->
 * RUNNING -> ... -> ENDED. A waiting turn survives restarts of every server and
 * continues on whichever agent server receives its answers. An agent has at most
 * one turn that has not ended.
 */
export interface Turn__Output {
  /**
   * The turn's id (a UUID).
   */
  'id': (string);
  /**
   * The agent.
   */
  'agent_id': (string);
  /**
   * Where the turn is now.
   */
  'status': (_memsvc_v1_TurnStatus__Output);
  /**
   * While WAITING: every call the turn waits for.
   */
  'pending_calls': (_memsvc_v1_PendingCall__Output)[];
  /**
   * Once ENDED: why it stopped.
   */
  'stop_reason': (_memsvc_v1_StopReason__Output);
  /**
   * Steps (LLM calls) made so far.
   */
  'step_count': (number);
  /**
   * Tokens used by the turn's LLM calls so far (counted when the turn waits or ends).
   */
  'usage': (_memsvc_v1_Usage__Output | null);
  /**
   * The `sequence` of the turn's last stored event. StreamStep `attach` with
   * `after_sequence` set to it sends only what happens next.
   */
  'last_sequence': (number);
  /**
   * The client's request id that started the turn, if any.
   */
  'request_id': (string);
  /**
   * When the turn started.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * When the turn last changed status (started, paused, resumed, ended).
   */
  'update_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * Set when the turn ended on an error: the canonical code, a message, and an
   * ErrorInfo detail.
   */
  'error': (_google_rpc_Status__Output | null);
  /**
   * What the turn is for: a conversation turn, or a background memory consolidation
   * run (see ConsolidationConfig).
   */
  'kind': (_memsvc_v1_TurnKind__Output);
}
