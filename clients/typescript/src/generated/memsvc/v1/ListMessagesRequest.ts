// Original file: ../../proto/memsvc/v1/agent_service.proto


/**
 * Request of AgentService.ListMessages.
 */
export interface ListMessagesRequest {
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
   * If true, only the messages in main context now (the FIFO queue).
   */
  'in_context_only'?: (boolean);
}

/**
 * Request of AgentService.ListMessages.
 */
export interface ListMessagesRequest__Output {
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
   * If true, only the messages in main context now (the FIFO queue).
   */
  'in_context_only': (boolean);
}
