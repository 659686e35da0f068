// Original file: ../../proto/memsvc/v1/memory_service.proto

import type { MemoryBlock as _memsvc_v1_MemoryBlock, MemoryBlock__Output as _memsvc_v1_MemoryBlock__Output } from '../../memsvc/v1/MemoryBlock.js';

/**
 * Response of MemoryService.UpdateMemoryBlock.
 */
export interface UpdateMemoryBlockResponse {
  /**
   * The block after the change.
   */
  'block'?: (_memsvc_v1_MemoryBlock | null);
}

/**
 * Response of MemoryService.UpdateMemoryBlock.
 */
export interface UpdateMemoryBlockResponse__Output {
  /**
   * The block after the change.
   */
  'block': (_memsvc_v1_MemoryBlock__Output | null);
}
