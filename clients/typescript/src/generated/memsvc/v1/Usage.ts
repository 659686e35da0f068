// Original file: ../../proto/memsvc/v1/step.proto


/**
 * Token usage of LLM calls, as the LLM endpoint reported it.
 */
export interface Usage {
  /**
   * Tokens in the prompts.
   */
  'prompt_tokens'?: (number);
  /**
   * Tokens in the replies.
   */
  'completion_tokens'?: (number);
  /**
   * prompt_tokens + completion_tokens.
   */
  'total_tokens'?: (number);
}

/**
 * Token usage of LLM calls, as the LLM endpoint reported it.
 */
export interface Usage__Output {
  /**
   * Tokens in the prompts.
   */
  'prompt_tokens': (number);
  /**
   * Tokens in the replies.
   */
  'completion_tokens': (number);
  /**
   * prompt_tokens + completion_tokens.
   */
  'total_tokens': (number);
}
