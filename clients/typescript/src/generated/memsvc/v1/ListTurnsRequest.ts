// Original file: ../../proto/memsvc/v1/agent_service.proto


/**
 * Request of AgentService.ListTurns.
 */
export interface ListTurnsRequest {
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
 * Request of AgentService.ListTurns.
 */
export interface ListTurnsRequest__Output {
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
