// Original file: ../../proto/memsvc/v1/memory_service.proto


/**
 * Request of MemoryService.ListArchivalMemoryVersions.
 */
export interface ListArchivalMemoryVersionsRequest {
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
 * Request of MemoryService.ListArchivalMemoryVersions.
 */
export interface ListArchivalMemoryVersionsRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * The passage's id. Required.
   */
  'passage_id': (string);
}
