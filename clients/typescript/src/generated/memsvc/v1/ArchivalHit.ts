// Original file: ../../proto/memsvc/v1/memory.proto

import type { Passage as _memsvc_v1_Passage, Passage__Output as _memsvc_v1_Passage__Output } from '../../memsvc/v1/Passage.js';

/**
 * A passage found by an archival search.
 */
export interface ArchivalHit {
  /**
   * The passage.
   */
  'passage'?: (_memsvc_v1_Passage | null);
  /**
   * Relevance to the query, from 0 (words and meaning fused; scaled within one
   * search); higher is closer. Comparable within one result only.
   */
  'score'?: (number | string);
}

/**
 * A passage found by an archival search.
 */
export interface ArchivalHit__Output {
  /**
   * The passage.
   */
  'passage': (_memsvc_v1_Passage__Output | null);
  /**
   * Relevance to the query, from 0 (words and meaning fused; scaled within one
   * search); higher is closer. Comparable within one result only.
   */
  'score': (number);
}
