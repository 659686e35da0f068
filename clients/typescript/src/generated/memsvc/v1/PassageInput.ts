// Original file: ../../proto/memsvc/v1/memory_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';

/**
 * A passage to store.
 */
export interface PassageInput {
  /**
   * The text. Required, not blank, at most the server's passage limit.
   */
  'content'?: (string);
  /**
   * Labels for filtering, each 1 to 64 characters; at most 32.
   */
  'tags'?: (string)[];
  /**
   * When the passage was written, for imports. If not set, now.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * A passage to store.
 */
export interface PassageInput__Output {
  /**
   * The text. Required, not blank, at most the server's passage limit.
   */
  'content': (string);
  /**
   * Labels for filtering, each 1 to 64 characters; at most 32.
   */
  'tags': (string)[];
  /**
   * When the passage was written, for imports. If not set, now.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
}
