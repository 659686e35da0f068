// Original file: ../../proto/memsvc/v1/memory_service.proto

import type { ArchivalHit as _memsvc_v1_ArchivalHit, ArchivalHit__Output as _memsvc_v1_ArchivalHit__Output } from '../../memsvc/v1/ArchivalHit.js';

/**
 * Response of MemoryService.SearchArchivalMemory.
 */
export interface SearchArchivalMemoryResponse {
  /**
   * The matches, closest first.
   */
  'hits'?: (_memsvc_v1_ArchivalHit)[];
  /**
   * The token for the next page, or empty if this is the last page.
   */
  'next_page_token'?: (string);
}

/**
 * Response of MemoryService.SearchArchivalMemory.
 */
export interface SearchArchivalMemoryResponse__Output {
  /**
   * The matches, closest first.
   */
  'hits': (_memsvc_v1_ArchivalHit__Output)[];
  /**
   * The token for the next page, or empty if this is the last page.
   */
  'next_page_token': (string);
}
