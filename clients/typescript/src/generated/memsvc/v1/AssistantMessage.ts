// Original file: ../../proto/memsvc/v1/step.proto


/**
 * A message from the agent to the user.
 */
export interface AssistantMessage {
  /**
   * The text the user reads.
   */
  'content'?: (string);
}

/**
 * A message from the agent to the user.
 */
export interface AssistantMessage__Output {
  /**
   * The text the user reads.
   */
  'content': (string);
}
