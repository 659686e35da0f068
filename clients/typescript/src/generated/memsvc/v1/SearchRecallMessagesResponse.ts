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
  /**
   * How many of the agent's user and agent messages still wait to be embedded for
   * search by meaning (it happens in the background, in batches, a moment after
   * they are stored). 0 means the index has caught up: every message can be found
   * by meaning as well as by words. Until then they are found by words only. An
   * empty query with page_size 1 asks cheaply. Counted up to 1,000.
   */
  'unindexed_messages'?: (number);
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
  /**
   * How many of the agent's user and agent messages still wait to be embedded for
   * search by meaning (it happens in the background, in batches, a moment after
   * they are stored). 0 means the index has caught up: every message can be found
   * by meaning as well as by words. Until then they are found by words only. An
   * empty query with page_size 1 asks cheaply. Counted up to 1,000.
   */
  'unindexed_messages': (number);
}
