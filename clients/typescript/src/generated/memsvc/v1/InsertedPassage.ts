// Original file: ../../proto/memsvc/v1/memory_service.proto

import type { Passage as _memsvc_v1_Passage, Passage__Output as _memsvc_v1_Passage__Output } from '../../memsvc/v1/Passage.js';

/**
 * The outcome of storing one passage.
 */
export interface InsertedPassage {
  /**
   * The stored passage (the existing one if the content was already stored).
   */
  'passage'?: (_memsvc_v1_Passage | null);
  /**
   * False if the agent already had this exact content.
   */
  'created'?: (boolean);
}

/**
 * The outcome of storing one passage.
 */
export interface InsertedPassage__Output {
  /**
   * The stored passage (the existing one if the content was already stored).
   */
  'passage': (_memsvc_v1_Passage__Output | null);
  /**
   * False if the agent already had this exact content.
   */
  'created': (boolean);
}
