// Original file: ../../proto/memsvc/v1/memory_service.proto

import type { PassageVersion as _memsvc_v1_PassageVersion, PassageVersion__Output as _memsvc_v1_PassageVersion__Output } from '../../memsvc/v1/PassageVersion.js';
import type { Passage as _memsvc_v1_Passage, Passage__Output as _memsvc_v1_Passage__Output } from '../../memsvc/v1/Passage.js';

/**
 * Response of MemoryService.ListArchivalMemoryVersions.
 */
export interface ListArchivalMemoryVersionsResponse {
  /**
   * The earlier versions, oldest first.
   */
  'versions'?: (_memsvc_v1_PassageVersion)[];
  /**
   * The passage as it is now; unset if it was deleted.
   */
  'current'?: (_memsvc_v1_Passage | null);
}

/**
 * Response of MemoryService.ListArchivalMemoryVersions.
 */
export interface ListArchivalMemoryVersionsResponse__Output {
  /**
   * The earlier versions, oldest first.
   */
  'versions': (_memsvc_v1_PassageVersion__Output)[];
  /**
   * The passage as it is now; unset if it was deleted.
   */
  'current': (_memsvc_v1_Passage__Output | null);
}
