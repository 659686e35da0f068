// Original file: ../../proto/memsvc/v1/memory_service.proto

import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../google/protobuf/FieldMask.js';

/**
 * Request of MemoryService.UpdateArchivalMemory.
 */
export interface UpdateArchivalMemoryRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * The passage's id. Required.
   */
  'passage_id'?: (string);
  /**
   * The new text. Required, as for InsertArchivalMemory.
   */
  'content'?: (string);
  /**
   * The new tags, if "tags" is in `update_mask`.
   */
  'tags'?: (string)[];
  /**
   * "content", "tags". If empty, "content".
   */
  'update_mask'?: (_google_protobuf_FieldMask | null);
}

/**
 * Request of MemoryService.UpdateArchivalMemory.
 */
export interface UpdateArchivalMemoryRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * The passage's id. Required.
   */
  'passage_id': (string);
  /**
   * The new text. Required, as for InsertArchivalMemory.
   */
  'content': (string);
  /**
   * The new tags, if "tags" is in `update_mask`.
   */
  'tags': (string)[];
  /**
   * "content", "tags". If empty, "content".
   */
  'update_mask': (_google_protobuf_FieldMask__Output | null);
}
