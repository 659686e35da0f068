// Original file: ../../proto/memsvc/v1/agent_service.proto


/**
 * Stops the running turn at its next step boundary, or ends a waiting turn.
 */
export interface CancelTurn {
}

/**
 * Stops the running turn at its next step boundary, or ends a waiting turn.
 */
export interface CancelTurn__Output {
}
