// Original file: ../../proto/memsvc/v1/memory_service.proto

import type { MemoryBlock as _memsvc_v1_MemoryBlock, MemoryBlock__Output as _memsvc_v1_MemoryBlock__Output } from '../../memsvc/v1/MemoryBlock.js';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../google/protobuf/FieldMask.js';

/**
 * Request of MemoryService.UpdateMemoryBlock.
 */
export interface UpdateMemoryBlockRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * The block with `label` set and the new values of the fields in `update_mask`.
   */
  'block'?: (_memsvc_v1_MemoryBlock | null);
  /**
   * The fields to change: "value", "limit", "description", "read_only". If empty,
   * "value".
   */
  'update_mask'?: (_google_protobuf_FieldMask | null);
}

/**
 * Request of MemoryService.UpdateMemoryBlock.
 */
export interface UpdateMemoryBlockRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * The block with `label` set and the new values of the fields in `update_mask`.
   */
  'block': (_memsvc_v1_MemoryBlock__Output | null);
  /**
   * The fields to change: "value", "limit", "description", "read_only". If empty,
   * "value".
   */
  'update_mask': (_google_protobuf_FieldMask__Output | null);
}
