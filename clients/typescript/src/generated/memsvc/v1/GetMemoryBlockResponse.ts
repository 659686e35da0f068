// Original file: ../../proto/memsvc/v1/memory_service.proto

import type { MemoryBlock as _memsvc_v1_MemoryBlock, MemoryBlock__Output as _memsvc_v1_MemoryBlock__Output } from '../../memsvc/v1/MemoryBlock.js';

/**
 * Response of MemoryService.GetMemoryBlock.
 */
export interface GetMemoryBlockResponse {
  /**
   * The block.
   */
  'block'?: (_memsvc_v1_MemoryBlock | null);
}

/**
 * Response of MemoryService.GetMemoryBlock.
 */
export interface GetMemoryBlockResponse__Output {
  /**
   * The block.
   */
  'block': (_memsvc_v1_MemoryBlock__Output | null);
}
