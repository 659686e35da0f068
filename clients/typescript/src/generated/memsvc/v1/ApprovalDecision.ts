// Original file: ../../proto/memsvc/v1/turn.proto


/**
 * A decision on a call that waits for approval.
 */
export interface ApprovalDecision {
  /**
   * The `call_id` of the pending call it decides. Required.
   */
  'call_id'?: (string);
  /**
   * True runs the call (a client tool then waits for its ToolResult); false denies it.
   */
  'approve'?: (boolean);
  /**
   * Why, shown to the LLM with a denial (at most 4,096 characters). Optional.
   */
  'reason'?: (string);
}

/**
 * A decision on a call that waits for approval.
 */
export interface ApprovalDecision__Output {
  /**
   * The `call_id` of the pending call it decides. Required.
   */
  'call_id': (string);
  /**
   * True runs the call (a client tool then waits for its ToolResult); false denies it.
   */
  'approve': (boolean);
  /**
   * Why, shown to the LLM with a denial (at most 4,096 characters). Optional.
   */
  'reason': (string);
}
