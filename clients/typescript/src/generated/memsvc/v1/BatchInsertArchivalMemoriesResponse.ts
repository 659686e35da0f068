// Original file: ../../proto/memsvc/v1/memory_service.proto

import type { InsertedPassage as _memsvc_v1_InsertedPassage, InsertedPassage__Output as _memsvc_v1_InsertedPassage__Output } from '../../memsvc/v1/InsertedPassage.js';

/**
 * Response of MemoryService.BatchInsertArchivalMemories.
 */
export interface BatchInsertArchivalMemoriesResponse {
  /**
   * One result per input passage, in order.
   */
  'results'?: (_memsvc_v1_InsertedPassage)[];
}

/**
 * Response of MemoryService.BatchInsertArchivalMemories.
 */
export interface BatchInsertArchivalMemoriesResponse__Output {
  /**
   * One result per input passage, in order.
   */
  'results': (_memsvc_v1_InsertedPassage__Output)[];
}
