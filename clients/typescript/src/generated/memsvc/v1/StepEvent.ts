// Original file: ../../proto/memsvc/v1/step.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';
import type { InputReceived as _memsvc_v1_InputReceived, InputReceived__Output as _memsvc_v1_InputReceived__Output } from '../../memsvc/v1/InputReceived.js';
import type { InnerThought as _memsvc_v1_InnerThought, InnerThought__Output as _memsvc_v1_InnerThought__Output } from '../../memsvc/v1/InnerThought.js';
import type { FunctionCall as _memsvc_v1_FunctionCall, FunctionCall__Output as _memsvc_v1_FunctionCall__Output } from '../../memsvc/v1/FunctionCall.js';
import type { FunctionResult as _memsvc_v1_FunctionResult, FunctionResult__Output as _memsvc_v1_FunctionResult__Output } from '../../memsvc/v1/FunctionResult.js';
import type { Heartbeat as _memsvc_v1_Heartbeat, Heartbeat__Output as _memsvc_v1_Heartbeat__Output } from '../../memsvc/v1/Heartbeat.js';
import type { AssistantMessage as _memsvc_v1_AssistantMessage, AssistantMessage__Output as _memsvc_v1_AssistantMessage__Output } from '../../memsvc/v1/AssistantMessage.js';
import type { SystemAlert as _memsvc_v1_SystemAlert, SystemAlert__Output as _memsvc_v1_SystemAlert__Output } from '../../memsvc/v1/SystemAlert.js';
import type { TurnEnd as _memsvc_v1_TurnEnd, TurnEnd__Output as _memsvc_v1_TurnEnd__Output } from '../../memsvc/v1/TurnEnd.js';

/**
 * A turn is everything an agent does in answer to one input: one or more steps, each
 * one LLM call followed by the functions it called. Steps chain while the LLM asks
 * for a heartbeat (or a function fails), up to the agent's max_steps.
 * 
 * A StepEvent is one thing that happened in a turn. Every event that reports a
 * stored message is sent only after that message is durably in recall storage.
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
   * What happened.
   */
  'event'?: "input_received"|"inner_thought"|"function_call"|"function_result"|"heartbeat"|"assistant_message"|"system_alert"|"turn_end";
}

/**
 * A turn is everything an agent does in answer to one input: one or more steps, each
 * one LLM call followed by the functions it called. Steps chain while the LLM asks
 * for a heartbeat (or a function fails), up to the agent's max_steps.
 * 
 * A StepEvent is one thing that happened in a turn. Every event that reports a
 * stored message is sent only after that message is durably in recall storage.
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
   * What happened.
   */
  'event'?: "input_received"|"inner_thought"|"function_call"|"function_result"|"heartbeat"|"assistant_message"|"system_alert"|"turn_end";
}
