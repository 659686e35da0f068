// Original file: ../../proto/memsvc/v1/memory_service.proto

import type { Passage as _memsvc_v1_Passage, Passage__Output as _memsvc_v1_Passage__Output } from '../../memsvc/v1/Passage.js';

/**
 * Response of MemoryService.ListArchivalMemories.
 */
export interface ListArchivalMemoriesResponse {
  /**
   * The passages, oldest first.
   */
  'passages'?: (_memsvc_v1_Passage)[];
  /**
   * The token for the next page, or empty if this is the last page.
   */
  'next_page_token'?: (string);
}

/**
 * Response of MemoryService.ListArchivalMemories.
 */
export interface ListArchivalMemoriesResponse__Output {
  /**
   * The passages, oldest first.
   */
  'passages': (_memsvc_v1_Passage__Output)[];
  /**
   * The token for the next page, or empty if this is the last page.
   */
  'next_page_token': (string);
}
