// Original file: ../../proto/memsvc/v1/step.proto


/**
 * The LLM's private reasoning before it acts.
 */
export interface InnerThought {
  /**
   * The reasoning text.
   */
  'text'?: (string);
}

/**
 * The LLM's private reasoning before it acts.
 */
export interface InnerThought__Output {
  /**
   * The reasoning text.
   */
  'text': (string);
}
