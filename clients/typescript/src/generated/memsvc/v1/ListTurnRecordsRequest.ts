// Original file: ../../proto/memsvc/v1/agent_store_service.proto


/**
 * Request of AgentStoreService.ListTurnRecords.
 */
export interface ListTurnRecordsRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * The most turns to return, 1 to 1000. If 0, 50.
   */
  'page_size'?: (number);
  /**
   * The `next_page_token` of the previous page, or empty for the first page.
   */
  'page_token'?: (string);
}

/**
 * Request of AgentStoreService.ListTurnRecords.
 */
export interface ListTurnRecordsRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * The most turns to return, 1 to 1000. If 0, 50.
   */
  'page_size': (number);
  /**
   * The `next_page_token` of the previous page, or empty for the first page.
   */
  'page_token': (string);
}
