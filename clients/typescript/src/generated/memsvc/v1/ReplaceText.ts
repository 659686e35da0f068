// Original file: ../../proto/memsvc/v1/memory_service.proto


/**
 * Replaces every occurrence of `old_content` in a block with `new_content`.
 */
export interface ReplaceText {
  /**
   * The text to find. Required, must occur in the block.
   */
  'old_content'?: (string);
  /**
   * The replacement; empty deletes `old_content`.
   */
  'new_content'?: (string);
}

/**
 * Replaces every occurrence of `old_content` in a block with `new_content`.
 */
export interface ReplaceText__Output {
  /**
   * The text to find. Required, must occur in the block.
   */
  'old_content': (string);
  /**
   * The replacement; empty deletes `old_content`.
   */
  'new_content': (string);
}
