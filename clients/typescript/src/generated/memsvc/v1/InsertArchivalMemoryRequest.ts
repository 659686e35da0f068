// Original file: ../../proto/memsvc/v1/memory_service.proto


/**
 * Request of MemoryService.InsertArchivalMemory.
 */
export interface InsertArchivalMemoryRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * The text. Required, not blank, at most the server's passage limit (default
   * 32,000 characters).
   */
  'content'?: (string);
  /**
   * Labels for filtering, each 1 to 64 characters; at most 32.
   */
  'tags'?: (string)[];
}

/**
 * Request of MemoryService.InsertArchivalMemory.
 */
export interface InsertArchivalMemoryRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * The text. Required, not blank, at most the server's passage limit (default
   * 32,000 characters).
   */
  'content': (string);
  /**
   * Labels for filtering, each 1 to 64 characters; at most 32.
   */
  'tags': (string)[];
}
