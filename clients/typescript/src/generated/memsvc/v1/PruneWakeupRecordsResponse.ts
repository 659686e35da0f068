// Original file: ../../proto/memsvc/v1/agent_store_service.proto


/**
 * Response of AgentStoreService.PruneWakeupRecords.
 */
export interface PruneWakeupRecordsResponse {
  /**
   * How many were deleted (fewer than `limit`: none older is left).
   */
  'deleted'?: (number);
}

/**
 * Response of AgentStoreService.PruneWakeupRecords.
 */
export interface PruneWakeupRecordsResponse__Output {
  /**
   * How many were deleted (fewer than `limit`: none older is left).
   */
  'deleted': (number);
}
