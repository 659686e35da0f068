// Original file: ../../proto/memsvc/v1/memory_service.proto


/**
 * Request of MemoryService.DeleteArchivalMemory.
 */
export interface DeleteArchivalMemoryRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * The passage's id. Required.
   */
  'passage_id'?: (string);
}

/**
 * Request of MemoryService.DeleteArchivalMemory.
 */
export interface DeleteArchivalMemoryRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * The passage's id. Required.
   */
  'passage_id': (string);
}
