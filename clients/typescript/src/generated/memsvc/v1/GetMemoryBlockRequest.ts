// Original file: ../../proto/memsvc/v1/memory_service.proto


/**
 * Request of MemoryService.GetMemoryBlock.
 */
export interface GetMemoryBlockRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * The block's label. Required.
   */
  'label'?: (string);
}

/**
 * Request of MemoryService.GetMemoryBlock.
 */
export interface GetMemoryBlockRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * The block's label. Required.
   */
  'label': (string);
}
