// Original file: ../../proto/memsvc/v1/memory_service.proto


/**
 * Request of MemoryService.ExportAgent.
 */
export interface ExportAgentRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
}

/**
 * Request of MemoryService.ExportAgent.
 */
export interface ExportAgentRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
}
