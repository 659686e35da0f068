// Original file: ../../proto/memsvc/v1/memory_service.proto


/**
 * Appends `content` to a block, after a newline if the block is not empty.
 */
export interface AppendText {
  /**
   * The text to append. Required.
   */
  'content'?: (string);
}

/**
 * Appends `content` to a block, after a newline if the block is not empty.
 */
export interface AppendText__Output {
  /**
   * The text to append. Required.
   */
  'content': (string);
}
