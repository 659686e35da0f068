// Original file: ../../proto/memsvc/v1/agent_service.proto

import type { MessageInput as _memsvc_v1_MessageInput, MessageInput__Output as _memsvc_v1_MessageInput__Output } from '../../memsvc/v1/MessageInput.js';

/**
 * The input of one turn on the StreamStep stream.
 */
export interface StepInput {
  /**
   * The messages, stored in order before the LLM is called. Required.
   */
  'messages'?: (_memsvc_v1_MessageInput)[];
  /**
   * Overrides the agent's max_steps for this turn, if above 0.
   */
  'max_steps'?: (number);
  /**
   * See SendMessageRequest.request_id.
   */
  'request_id'?: (string);
  /**
   * If true, the turn is cancelled when this stream goes away before the turn ends
   * (as StreamStep did before turns outlived their streams). If false, the turn
   * carries on without the stream.
   */
  'cancel_on_disconnect'?: (boolean);
  /**
   * Token streaming: whether this stream gets TextDelta events (the inner thoughts and
   * the user-visible message as the LLM generates them, ahead of the stored events) for
   * this turn's steps, including steps that run after this stream's answers
   * (`tool_result`, `approval`). Unset or true: deltas are sent; false: only the
   * stored events, as before. Deltas only go to the stream whose request runs the
   * step: re-attached streams (`attach`), WatchAgent and SendMessage never get them.
   */
  'stream_tokens'?: (boolean);
  '_stream_tokens'?: "stream_tokens";
}

/**
 * The input of one turn on the StreamStep stream.
 */
export interface StepInput__Output {
  /**
   * The messages, stored in order before the LLM is called. Required.
   */
  'messages': (_memsvc_v1_MessageInput__Output)[];
  /**
   * Overrides the agent's max_steps for this turn, if above 0.
   */
  'max_steps': (number);
  /**
   * See SendMessageRequest.request_id.
   */
  'request_id': (string);
  /**
   * If true, the turn is cancelled when this stream goes away before the turn ends
   * (as StreamStep did before turns outlived their streams). If false, the turn
   * carries on without the stream.
   */
  'cancel_on_disconnect': (boolean);
  /**
   * Token streaming: whether this stream gets TextDelta events (the inner thoughts and
   * the user-visible message as the LLM generates them, ahead of the stored events) for
   * this turn's steps, including steps that run after this stream's answers
   * (`tool_result`, `approval`). Unset or true: deltas are sent; false: only the
   * stored events, as before. Deltas only go to the stream whose request runs the
   * step: re-attached streams (`attach`), WatchAgent and SendMessage never get them.
   */
  'stream_tokens'?: (boolean);
  '_stream_tokens'?: "stream_tokens";
}
