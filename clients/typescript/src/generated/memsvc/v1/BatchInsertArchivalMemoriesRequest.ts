// Original file: ../../proto/memsvc/v1/memory_service.proto

import type { PassageInput as _memsvc_v1_PassageInput, PassageInput__Output as _memsvc_v1_PassageInput__Output } from '../../memsvc/v1/PassageInput.js';

/**
 * Request of MemoryService.BatchInsertArchivalMemories.
 */
export interface BatchInsertArchivalMemoriesRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * The passages, 1 to 1000.
   */
  'passages'?: (_memsvc_v1_PassageInput)[];
}

/**
 * Request of MemoryService.BatchInsertArchivalMemories.
 */
export interface BatchInsertArchivalMemoriesRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * The passages, 1 to 1000.
   */
  'passages': (_memsvc_v1_PassageInput__Output)[];
}
