// Original file: ../../proto/memsvc/v1/step.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';
import type { TurnKind as _memsvc_v1_TurnKind, TurnKind__Output as _memsvc_v1_TurnKind__Output } from '../../memsvc/v1/TurnKind.js';
import type { InputReceived as _memsvc_v1_InputReceived, InputReceived__Output as _memsvc_v1_InputReceived__Output } from '../../memsvc/v1/InputReceived.js';
import type { InnerThought as _memsvc_v1_InnerThought, InnerThought__Output as _memsvc_v1_InnerThought__Output } from '../../memsvc/v1/InnerThought.js';
import type { FunctionCall as _memsvc_v1_FunctionCall, FunctionCall__Output as _memsvc_v1_FunctionCall__Output } from '../../memsvc/v1/FunctionCall.js';
import type { FunctionResult as _memsvc_v1_FunctionResult, FunctionResult__Output as _memsvc_v1_FunctionResult__Output } from '../../memsvc/v1/FunctionResult.js';
import type { Heartbeat as _memsvc_v1_Heartbeat, Heartbeat__Output as _memsvc_v1_Heartbeat__Output } from '../../memsvc/v1/Heartbeat.js';
import type { AssistantMessage as _memsvc_v1_AssistantMessage, AssistantMessage__Output as _memsvc_v1_AssistantMessage__Output } from '../../memsvc/v1/AssistantMessage.js';
import type { SystemAlert as _memsvc_v1_SystemAlert, SystemAlert__Output as _memsvc_v1_SystemAlert__Output } from '../../memsvc/v1/SystemAlert.js';
import type { TurnEnd as _memsvc_v1_TurnEnd, TurnEnd__Output as _memsvc_v1_TurnEnd__Output } from '../../memsvc/v1/TurnEnd.js';
import type { TurnWaiting as _memsvc_v1_TurnWaiting, TurnWaiting__Output as _memsvc_v1_TurnWaiting__Output } from '../../memsvc/v1/TurnWaiting.js';
import type { TextDelta as _memsvc_v1_TextDelta, TextDelta__Output as _memsvc_v1_TextDelta__Output } from '../../memsvc/v1/TextDelta.js';
import type { AnswerRefused as _memsvc_v1_AnswerRefused, AnswerRefused__Output as _memsvc_v1_AnswerRefused__Output } from '../../memsvc/v1/AnswerRefused.js';
import type { Long } from '@grpc/proto-loader';

/**
 * A turn is everything an agent does in answer to one input: one or more steps, each
 * one LLM call followed by the functions it called. Steps chain while the LLM asks
 * for a heartbeat (or a function fails), up to the agent's max_steps.
 * 
 * A StepEvent is one thing that happened in a turn. Every event is stored (with the
 * messages it reports, in one transaction) before it is sent, so a client that
 * re-attaches to a turn (StreamStep `attach`) or watches an agent (WatchAgent) gets
 * exactly the events others got, in the same order.
 * Clients must ignore `event` arms they do not know: new arms may be added.
 */
export interface StepEvent {
  /**
   * The turn this event belongs to (a UUID).
   */
  'turn_id'?: (string);
  /**
   * The step within the turn, from 1. 0 for events before the first LLM call.
   */
  'step'?: (number);
  /**
   * The event's position within its turn, from 1.
   */
  'sequence'?: (number);
  /**
   * The id of the stored message this event reports, if any.
   */
  'message_id'?: (string);
  /**
   * When the event happened.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
  /**
   * The event's position in its agent's event log: every stored event of every turn
   * of the agent, in the order they were stored, from 1, without gaps. WatchAgent
   * resumes after it.
   */
  'agent_sequence'?: (number | string | Long);
  /**
   * The kind of the turn this event belongs to: TURN_KIND_CONVERSATION (an answer to
   * input) or TURN_KIND_CONSOLIDATION (a background memory consolidation run; see
   * ConsolidationConfig). Lets a watcher (WatchAgent) tell them apart.
   */
  'turn_kind'?: (_memsvc_v1_TurnKind);
  /**
   * An input message was stored and the turn started.
   */
  'input_received'?: (_memsvc_v1_InputReceived | null);
  /**
   * The LLM's private reasoning.
   */
  'inner_thought'?: (_memsvc_v1_InnerThought | null);
  /**
   * The LLM called a function.
   */
  'function_call'?: (_memsvc_v1_FunctionCall | null);
  /**
   * A function returned (or failed).
   */
  'function_result'?: (_memsvc_v1_FunctionResult | null);
  /**
   * The LLM is called again at once, because a function asked for a heartbeat or
   * failed.
   */
  'heartbeat'?: (_memsvc_v1_Heartbeat | null);
  /**
   * The agent said something to the user (through `send_message`).
   */
  'assistant_message'?: (_memsvc_v1_AssistantMessage | null);
  /**
   * The system told the LLM something: memory pressure, a flush, an interrupted call.
   */
  'system_alert'?: (_memsvc_v1_SystemAlert | null);
  /**
   * The turn ended. Always the last event of a turn.
   */
  'turn_end'?: (_memsvc_v1_TurnEnd | null);
  /**
   * The turn paused: it waits for the client, to run tools (`client_tools`) or to
   * approve calls (`tools_requiring_approval`). Sent again whenever the set of
   * pending calls changes kind (an approved client tool now waits for its result).
   * The turn continues once every pending call is answered (StreamStep
   * `tool_result` / `approval`, or ResumeTurn), or its wait expires.
   */
  'turn_waiting'?: (_memsvc_v1_TurnWaiting | null);
  /**
   * A piece of the step's LLM reply as the LLM generates it (token streaming).
   * Never stored: `sequence`, `agent_sequence` and `message_id` are 0 / empty. Only
   * sent on the StreamStep stream whose request runs the step (see
   * StepInput.stream_tokens); never by SendMessage, ResumeTurn, WatchAgent or a
   * re-attach. See TextDelta.
   */
  'text_delta'?: (_memsvc_v1_TextDelta | null);
  /**
   * An answer this StreamStep stream sent (`tool_result` or `approval`) was refused
   * by the turn the stream follows: an unknown call id, a call answered already, an
   * answer of the wrong kind, or a turn that no longer waits. Nothing was recorded
   * and the stream stays open; the turn goes on as before (a waiting turn keeps
   * waiting: answer again with the right call id). Never stored: `sequence`,
   * `agent_sequence` and `message_id` are 0 / empty. Only sent on the StreamStep
   * stream that sent the answer. See AnswerRefused.
   */
  'answer_refused'?: (_memsvc_v1_AnswerRefused | null);
  /**
   * What happened.
   */
  'event'?: "input_received"|"inner_thought"|"function_call"|"function_result"|"heartbeat"|"assistant_message"|"system_alert"|"turn_end"|"turn_waiting"|"text_delta"|"answer_refused";
}

/**
 * A turn is everything an agent does in answer to one input: one or more steps, each
 * one LLM call followed by the functions it called. Steps chain while the LLM asks
 * for a heartbeat (or a function fails), up to the agent's max_steps.
 * 
 * A StepEvent is one thing that happened in a turn. Every event is stored (with the
 * messages it reports, in one transaction) before it is sent, so a client that
 * re-attaches to a turn (StreamStep `attach`) or watches an agent (WatchAgent) gets
 * exactly the events others got, in the same order.
 * Clients must ignore `event` arms they do not know: new arms may be added.
 */
export interface StepEvent__Output {
  /**
   * The turn this event belongs to (a UUID).
   */
  'turn_id': (string);
  /**
   * The step within the turn, from 1. 0 for events before the first LLM call.
   */
  'step': (number);
  /**
   * The event's position within its turn, from 1.
   */
  'sequence': (number);
  /**
   * The id of the stored message this event reports, if any.
   */
  'message_id': (string);
  /**
   * When the event happened.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * The event's position in its agent's event log: every stored event of every turn
   * of the agent, in the order they were stored, from 1, without gaps. WatchAgent
   * resumes after it.
   */
  'agent_sequence': (string);
  /**
   * The kind of the turn this event belongs to: TURN_KIND_CONVERSATION (an answer to
   * input) or TURN_KIND_CONSOLIDATION (a background memory consolidation run; see
   * ConsolidationConfig). Lets a watcher (WatchAgent) tell them apart.
   */
  'turn_kind': (_memsvc_v1_TurnKind__Output);
  /**
   * An input message was stored and the turn started.
   */
  'input_received'?: (_memsvc_v1_InputReceived__Output | null);
  /**
   * The LLM's private reasoning.
   */
  'inner_thought'?: (_memsvc_v1_InnerThought__Output | null);
  /**
   * The LLM called a function.
   */
  'function_call'?: (_memsvc_v1_FunctionCall__Output | null);
  /**
   * A function returned (or failed).
   */
  'function_result'?: (_memsvc_v1_FunctionResult__Output | null);
  /**
   * The LLM is called again at once, because a function asked for a heartbeat or
   * failed.
   */
  'heartbeat'?: (_memsvc_v1_Heartbeat__Output | null);
  /**
   * The agent said something to the user (through `send_message`).
   */
  'assistant_message'?: (_memsvc_v1_AssistantMessage__Output | null);
  /**
   * The system told the LLM something: memory pressure, a flush, an interrupted call.
   */
  'system_alert'?: (_memsvc_v1_SystemAlert__Output | null);
  /**
   * The turn ended. Always the last event of a turn.
   */
  'turn_end'?: (_memsvc_v1_TurnEnd__Output | null);
  /**
   * The turn paused: it waits for the client, to run tools (`client_tools`) or to
   * approve calls (`tools_requiring_approval`). Sent again whenever the set of
   * pending calls changes kind (an approved client tool now waits for its result).
   * The turn continues once every pending call is answered (StreamStep
   * `tool_result` / `approval`, or ResumeTurn), or its wait expires.
   */
  'turn_waiting'?: (_memsvc_v1_TurnWaiting__Output | null);
  /**
   * A piece of the step's LLM reply as the LLM generates it (token streaming).
   * Never stored: `sequence`, `agent_sequence` and `message_id` are 0 / empty. Only
   * sent on the StreamStep stream whose request runs the step (see
   * StepInput.stream_tokens); never by SendMessage, ResumeTurn, WatchAgent or a
   * re-attach. See TextDelta.
   */
  'text_delta'?: (_memsvc_v1_TextDelta__Output | null);
  /**
   * An answer this StreamStep stream sent (`tool_result` or `approval`) was refused
   * by the turn the stream follows: an unknown call id, a call answered already, an
   * answer of the wrong kind, or a turn that no longer waits. Nothing was recorded
   * and the stream stays open; the turn goes on as before (a waiting turn keeps
   * waiting: answer again with the right call id). Never stored: `sequence`,
   * `agent_sequence` and `message_id` are 0 / empty. Only sent on the StreamStep
   * stream that sent the answer. See AnswerRefused.
   */
  'answer_refused'?: (_memsvc_v1_AnswerRefused__Output | null);
  /**
   * What happened.
   */
  'event'?: "input_received"|"inner_thought"|"function_call"|"function_result"|"heartbeat"|"assistant_message"|"system_alert"|"turn_end"|"turn_waiting"|"text_delta"|"answer_refused";
}
