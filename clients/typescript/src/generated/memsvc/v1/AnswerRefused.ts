// Original file: ../../proto/memsvc/v1/step.proto


/**
 * A StreamStep answer (`tool_result` or `approval`) the turn did not take. ResumeTurn
 * reports the same refusals as a FAILED_PRECONDITION status with these reasons.
 */
export interface AnswerRefused {
  /**
   * The call id the answer named.
   */
  'call_id'?: (string);
  /**
   * Why, as a stable reason: UNKNOWN_TOOL_CALL (the turn has no pending call with this
   * id), TOOL_CALL_ALREADY_ANSWERED, TOOL_CALL_AWAITING_APPROVAL (a result for a call
   * not yet approved), TOOL_CALL_NOT_AWAITING_APPROVAL (a decision on a call that
   * waits for a result), TURN_NOT_WAITING (the turn ended or runs).
   */
  'reason'?: (string);
  /**
   * What to fix, for people (e.g. the call ids the turn waits for).
   */
  'message'?: (string);
}

/**
 * A StreamStep answer (`tool_result` or `approval`) the turn did not take. ResumeTurn
 * reports the same refusals as a FAILED_PRECONDITION status with these reasons.
 */
export interface AnswerRefused__Output {
  /**
   * The call id the answer named.
   */
  'call_id': (string);
  /**
   * Why, as a stable reason: UNKNOWN_TOOL_CALL (the turn has no pending call with this
   * id), TOOL_CALL_ALREADY_ANSWERED, TOOL_CALL_AWAITING_APPROVAL (a result for a call
   * not yet approved), TOOL_CALL_NOT_AWAITING_APPROVAL (a decision on a call that
   * waits for a result), TURN_NOT_WAITING (the turn ended or runs).
   */
  'reason': (string);
  /**
   * What to fix, for people (e.g. the call ids the turn waits for).
   */
  'message': (string);
}
