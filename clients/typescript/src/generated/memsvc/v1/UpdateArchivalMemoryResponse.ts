// Original file: ../../proto/memsvc/v1/memory_service.proto

import type { Passage as _memsvc_v1_Passage, Passage__Output as _memsvc_v1_Passage__Output } from '../../memsvc/v1/Passage.js';

/**
 * Response of MemoryService.UpdateArchivalMemory.
 */
export interface UpdateArchivalMemoryResponse {
  /**
   * The passage after the update (its version one more).
   */
  'passage'?: (_memsvc_v1_Passage | null);
}

/**
 * Response of MemoryService.UpdateArchivalMemory.
 */
export interface UpdateArchivalMemoryResponse__Output {
  /**
   * The passage after the update (its version one more).
   */
  'passage': (_memsvc_v1_Passage__Output | null);
}
