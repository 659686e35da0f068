// Original file: ../../proto/memsvc/v1/memory_service.proto


/**
 * Request of MemoryService.ListMemoryBlocks.
 */
export interface ListMemoryBlocksRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
}

/**
 * Request of MemoryService.ListMemoryBlocks.
 */
export interface ListMemoryBlocksRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
}
