// Original file: ../../proto/memsvc/v1/agent_service.proto

import type { StepEvent as _memsvc_v1_StepEvent, StepEvent__Output as _memsvc_v1_StepEvent__Output } from '../../memsvc/v1/StepEvent.js';

/**
 * A server message on the StreamStep stream.
 */
export interface StreamStepResponse {
  /**
   * One event of a turn: a stored event, or a TextDelta (`event.text_delta`, not
   * stored, sequence 0) while the LLM generates a step's reply.
   */
  'event'?: (_memsvc_v1_StepEvent | null);
}

/**
 * A server message on the StreamStep stream.
 */
export interface StreamStepResponse__Output {
  /**
   * One event of a turn: a stored event, or a TextDelta (`event.text_delta`, not
   * stored, sequence 0) while the LLM generates a step's reply.
   */
  'event': (_memsvc_v1_StepEvent__Output | null);
}
