// Original file: ../../proto/memsvc/v1/memory_service.proto


/**
 * Request of MemoryService.ListRecallMessages.
 */
export interface ListRecallMessagesRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * The most messages to return, 1 to 1000. If 0, 100. A page
   * holds fewer when its items are large (pages are kept under 4 MiB).
   */
  'page_size'?: (number);
  /**
   * The `next_page_token` of the previous page, or empty for the first page.
   */
  'page_token'?: (string);
  /**
   * If true, only the messages in main context now.
   */
  'in_context_only'?: (boolean);
}

/**
 * Request of MemoryService.ListRecallMessages.
 */
export interface ListRecallMessagesRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * The most messages to return, 1 to 1000. If 0, 100. A page
   * holds fewer when its items are large (pages are kept under 4 MiB).
   */
  'page_size': (number);
  /**
   * The `next_page_token` of the previous page, or empty for the first page.
   */
  'page_token': (string);
  /**
   * If true, only the messages in main context now.
   */
  'in_context_only': (boolean);
}
