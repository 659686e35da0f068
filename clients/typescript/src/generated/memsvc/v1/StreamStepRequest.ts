// Original file: ../../proto/memsvc/v1/agent_service.proto

import type { StepInput as _memsvc_v1_StepInput, StepInput__Output as _memsvc_v1_StepInput__Output } from '../../memsvc/v1/StepInput.js';
import type { CancelTurn as _memsvc_v1_CancelTurn, CancelTurn__Output as _memsvc_v1_CancelTurn__Output } from '../../memsvc/v1/CancelTurn.js';

/**
 * A client message on the StreamStep stream.
 */
export interface StreamStepRequest {
  /**
   * The agent this stream drives. Required on the first request; later requests may
   * leave it empty or repeat it, and may not name another agent.
   */
  'agent_id'?: (string);
  /**
   * Runs one turn with these messages.
   */
  'input'?: (_memsvc_v1_StepInput | null);
  /**
   * Stops the running turn at its next step boundary.
   */
  'cancel'?: (_memsvc_v1_CancelTurn | null);
  /**
   * What the client wants.
   */
  'request'?: "input"|"cancel";
}

/**
 * A client message on the StreamStep stream.
 */
export interface StreamStepRequest__Output {
  /**
   * The agent this stream drives. Required on the first request; later requests may
   * leave it empty or repeat it, and may not name another agent.
   */
  'agent_id': (string);
  /**
   * Runs one turn with these messages.
   */
  'input'?: (_memsvc_v1_StepInput__Output | null);
  /**
   * Stops the running turn at its next step boundary.
   */
  'cancel'?: (_memsvc_v1_CancelTurn__Output | null);
  /**
   * What the client wants.
   */
  'request'?: "input"|"cancel";
}
