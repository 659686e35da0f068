// Original file: ../../proto/memsvc/v1/memory_service.proto

import type { MemoryBlock as _memsvc_v1_MemoryBlock, MemoryBlock__Output as _memsvc_v1_MemoryBlock__Output } from '../../memsvc/v1/MemoryBlock.js';

/**
 * Response of MemoryService.ListMemoryBlocks.
 */
export interface ListMemoryBlocksResponse {
  /**
   * The blocks, ordered by label.
   */
  'blocks'?: (_memsvc_v1_MemoryBlock)[];
}

/**
 * Response of MemoryService.ListMemoryBlocks.
 */
export interface ListMemoryBlocksResponse__Output {
  /**
   * The blocks, ordered by label.
   */
  'blocks': (_memsvc_v1_MemoryBlock__Output)[];
}
