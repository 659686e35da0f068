// Original file: ../../proto/memsvc/v1/memory_service.proto

import type { Passage as _memsvc_v1_Passage, Passage__Output as _memsvc_v1_Passage__Output } from '../../memsvc/v1/Passage.js';

/**
 * Response of MemoryService.InsertArchivalMemory.
 */
export interface InsertArchivalMemoryResponse {
  /**
   * The stored passage (the existing one if the content was already stored).
   */
  'passage'?: (_memsvc_v1_Passage | null);
  /**
   * False if the agent already had this content (see InsertArchivalMemory).
   */
  'created'?: (boolean);
  /**
   * When `created` is false because of a passage of nearly the same meaning: the
   * cosine similarity of the two (else 0).
   */
  'similarity'?: (number | string);
}

/**
 * Response of MemoryService.InsertArchivalMemory.
 */
export interface InsertArchivalMemoryResponse__Output {
  /**
   * The stored passage (the existing one if the content was already stored).
   */
  'passage': (_memsvc_v1_Passage__Output | null);
  /**
   * False if the agent already had this content (see InsertArchivalMemory).
   */
  'created': (boolean);
  /**
   * When `created` is false because of a passage of nearly the same meaning: the
   * cosine similarity of the two (else 0).
   */
  'similarity': (number);
}
