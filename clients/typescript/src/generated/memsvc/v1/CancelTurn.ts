// Original file: ../../proto/memsvc/v1/agent_service.proto


/**
 * Stops the running turn at its next step boundary.
 */
export interface CancelTurn {
}

/**
 * Stops the running turn at its next step boundary.
 */
export interface CancelTurn__Output {
}
