// Original file: ../../proto/memsvc/v1/step.proto

import type { TextDeltaKind as _memsvc_v1_TextDeltaKind, TextDeltaKind__Output as _memsvc_v1_TextDeltaKind__Output } from '../../memsvc/v1/TextDeltaKind.js';

/**
 * A piece of text of a step's LLM reply, sent while the LLM generates it, before the
 * step's events are stored: a chat UI can show the agent thinking and typing.
 * 
 * Deltas are for display only. They are never stored or replayed, and the stored
 * events that follow stay the truth:
 * - the TEXT_DELTA_KIND_INNER_THOUGHT deltas of a step, concatenated, are the text of
 * the step's InnerThought event;
 * - the TEXT_DELTA_KIND_ASSISTANT_MESSAGE deltas of one `call_id`, concatenated, are
 * the content of the AssistantMessage event that send_message call leads to.
 * Text that no stored event confirms was never said: a call that is then refused
 * (unparseable or oversized arguments) sends no AssistantMessage, and a step whose LLM
 * call fails or is cancelled after its first delta stores nothing of its reply (the
 * call is not retried once a delta was sent: the turn ends with
 * STOP_REASON_LLM_ERROR, or STOP_REASON_CANCELLED). Calls that need approval stream
 * no message.
 */
export interface TextDelta {
  /**
   * Which text this piece continues.
   */
  'kind'?: (_memsvc_v1_TextDeltaKind);
  /**
   * The next piece of the text: whole characters (never half of a UTF-8 sequence or
   * of a surrogate pair), JSON escapes decoded. Pieces after the first part of a
   * step's inner thoughts (the reasoning, then each call's thoughts) start with "\n",
   * as the InnerThought text joins them.
   */
  'text'?: (string);
  /**
   * With TEXT_DELTA_KIND_ASSISTANT_MESSAGE: the id of the send_message call whose
   * `message` this is; the step's FunctionCall event with this `call_id` follows.
   * Empty for inner thoughts.
   */
  'call_id'?: (string);
}

/**
 * A piece of text of a step's LLM reply, sent while the LLM generates it, before the
 * step's events are stored: a chat UI can show the agent thinking and typing.
 * 
 * Deltas are for display only. They are never stored or replayed, and the stored
 * events that follow stay the truth:
 * - the TEXT_DELTA_KIND_INNER_THOUGHT deltas of a step, concatenated, are the text of
 * the step's InnerThought event;
 * - the TEXT_DELTA_KIND_ASSISTANT_MESSAGE deltas of one `call_id`, concatenated, are
 * the content of the AssistantMessage event that send_message call leads to.
 * Text that no stored event confirms was never said: a call that is then refused
 * (unparseable or oversized arguments) sends no AssistantMessage, and a step whose LLM
 * call fails or is cancelled after its first delta stores nothing of its reply (the
 * call is not retried once a delta was sent: the turn ends with
 * STOP_REASON_LLM_ERROR, or STOP_REASON_CANCELLED). Calls that need approval stream
 * no message.
 */
export interface TextDelta__Output {
  /**
   * Which text this piece continues.
   */
  'kind': (_memsvc_v1_TextDeltaKind__Output);
  /**
   * The next piece of the text: whole characters (never half of a UTF-8 sequence or
   * of a surrogate pair), JSON escapes decoded. Pieces after the first part of a
   * step's inner thoughts (the reasoning, then each call's thoughts) start with "\n",
   * as the InnerThought text joins them.
   */
  'text': (string);
  /**
   * With TEXT_DELTA_KIND_ASSISTANT_MESSAGE: the id of the send_message call whose
   * `message` this is; the step's FunctionCall event with this `call_id` follows.
   * Empty for inner thoughts.
   */
  'call_id': (string);
}
