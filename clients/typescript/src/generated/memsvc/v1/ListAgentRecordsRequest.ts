// Original file: ../../proto/memsvc/v1/agent_store_service.proto


/**
 * Request of AgentStoreService.ListAgentRecords.
 */
export interface ListAgentRecordsRequest {
  /**
   * The most agents to return, 1 to 1000. If 0, 50. A page
   * holds fewer when its items are large (pages are kept under 4 MiB).
   */
  'page_size'?: (number);
  /**
   * The `next_page_token` of the previous page, or empty for the first page.
   */
  'page_token'?: (string);
}

/**
 * Request of AgentStoreService.ListAgentRecords.
 */
export interface ListAgentRecordsRequest__Output {
  /**
   * The most agents to return, 1 to 1000. If 0, 50. A page
   * holds fewer when its items are large (pages are kept under 4 MiB).
   */
  'page_size': (number);
  /**
   * The `next_page_token` of the previous page, or empty for the first page.
   */
  'page_token': (string);
}
