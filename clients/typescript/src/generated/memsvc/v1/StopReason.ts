// Original file: ../../proto/memsvc/v1/step.proto

/**
 * Why a turn stopped.
 */
export const StopReason = {
  /**
   * Not set.
   */
  STOP_REASON_UNSPECIFIED: 'STOP_REASON_UNSPECIFIED',
  /**
   * The LLM's last function did not ask for a heartbeat: it yields until the next input.
   */
  STOP_REASON_END_TURN: 'STOP_REASON_END_TURN',
  /**
   * The turn reached the agent's max_steps.
   */
  STOP_REASON_MAX_STEPS: 'STOP_REASON_MAX_STEPS',
  /**
   * The LLM replied without calling a function; its text is kept as inner thoughts.
   */
  STOP_REASON_NO_TOOL_CALL: 'STOP_REASON_NO_TOOL_CALL',
  /**
   * The LLM endpoint failed (unreachable, rate limited past the retries, rejected
   * the request). Everything stored before stays stored.
   */
  STOP_REASON_LLM_ERROR: 'STOP_REASON_LLM_ERROR',
  /**
   * The turn was cancelled by the client; it stopped at a step boundary.
   */
  STOP_REASON_CANCELLED: 'STOP_REASON_CANCELLED',
  /**
   * The prompt could not be made to fit the context window.
   */
  STOP_REASON_CONTEXT_WINDOW_EXCEEDED: 'STOP_REASON_CONTEXT_WINDOW_EXCEEDED',
  /**
   * An internal error; see `error`.
   */
  STOP_REASON_ERROR: 'STOP_REASON_ERROR',
  /**
   * Not an end: the turn is paused and waits for the client (see TurnWaiting and
   * `pending_calls`). Returned by SendMessage and ResumeTurn; never in a TurnEnd.
   */
  STOP_REASON_WAITING_FOR_CLIENT: 'STOP_REASON_WAITING_FOR_CLIENT',
  /**
   * A consolidation run stopped before an LLM call that could have passed its token
   * bound (ConsolidationConfig.max_tokens). What it did before is kept.
   */
  STOP_REASON_MAX_TOKENS: 'STOP_REASON_MAX_TOKENS',
} as const;

/**
 * Why a turn stopped.
 */
export type StopReason =
  /**
   * Not set.
   */
  | 'STOP_REASON_UNSPECIFIED'
  | 0
  /**
   * The LLM's last function did not ask for a heartbeat: it yields until the next input.
   */
  | 'STOP_REASON_END_TURN'
  | 1
  /**
   * The turn reached the agent's max_steps.
   */
  | 'STOP_REASON_MAX_STEPS'
  | 2
  /**
   * The LLM replied without calling a function; its text is kept as inner thoughts.
   */
  | 'STOP_REASON_NO_TOOL_CALL'
  | 3
  /**
   * The LLM endpoint failed (unreachable, rate limited past the retries, rejected
   * the request). Everything stored before stays stored.
   */
  | 'STOP_REASON_LLM_ERROR'
  | 4
  /**
   * The turn was cancelled by the client; it stopped at a step boundary.
   */
  | 'STOP_REASON_CANCELLED'
  | 5
  /**
   * The prompt could not be made to fit the context window.
   */
  | 'STOP_REASON_CONTEXT_WINDOW_EXCEEDED'
  | 6
  /**
   * An internal error; see `error`.
   */
  | 'STOP_REASON_ERROR'
  | 7
  /**
   * Not an end: the turn is paused and waits for the client (see TurnWaiting and
   * `pending_calls`). Returned by SendMessage and ResumeTurn; never in a TurnEnd.
   */
  | 'STOP_REASON_WAITING_FOR_CLIENT'
  | 8
  /**
   * A consolidation run stopped before an LLM call that could have passed its token
   * bound (ConsolidationConfig.max_tokens). What it did before is kept.
   */
  | 'STOP_REASON_MAX_TOKENS'
  | 9

/**
 * Why a turn stopped.
 */
export type StopReason__Output = typeof StopReason[keyof typeof StopReason]
