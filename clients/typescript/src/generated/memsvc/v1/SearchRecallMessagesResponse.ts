// Original file: ../../proto/memsvc/v1/memory_service.proto

import type { RecallHit as _memsvc_v1_RecallHit, RecallHit__Output as _memsvc_v1_RecallHit__Output } from '../../memsvc/v1/RecallHit.js';

/**
 * Response of MemoryService.SearchRecallMessages.
 */
export interface SearchRecallMessagesResponse {
  /**
   * The matches, best first.
   */
  'hits'?: (_memsvc_v1_RecallHit)[];
  /**
   * The token for the next page, or empty if this is the last page.
   */
  'next_page_token'?: (string);
  /**
   * How many results the ranking holds in all (paging reaches each of them).
   */
  'total_size'?: (number);
}

/**
 * Response of MemoryService.SearchRecallMessages.
 */
export interface SearchRecallMessagesResponse__Output {
  /**
   * The matches, best first.
   */
  'hits': (_memsvc_v1_RecallHit__Output)[];
  /**
   * The token for the next page, or empty if this is the last page.
   */
  'next_page_token': (string);
  /**
   * How many results the ranking holds in all (paging reaches each of them).
   */
  'total_size': (number);
}
