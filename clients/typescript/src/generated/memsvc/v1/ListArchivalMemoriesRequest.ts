// Original file: ../../proto/memsvc/v1/memory_service.proto


/**
 * Request of MemoryService.ListArchivalMemories.
 */
export interface ListArchivalMemoriesRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * The most passages to return, 1 to 1000. If 0, 100. A page
   * holds fewer when its items are large (pages are kept under 4 MiB).
   */
  'page_size'?: (number);
  /**
   * The `next_page_token` of the previous page, or empty for the first page.
   */
  'page_token'?: (string);
}

/**
 * Request of MemoryService.ListArchivalMemories.
 */
export interface ListArchivalMemoriesRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * The most passages to return, 1 to 1000. If 0, 100. A page
   * holds fewer when its items are large (pages are kept under 4 MiB).
   */
  'page_size': (number);
  /**
   * The `next_page_token` of the previous page, or empty for the first page.
   */
  'page_token': (string);
}
