// Original file: ../../proto/memsvc/v1/memory.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';

/**
 * An earlier text of an archival passage: what it said before an update, or
 * when it was deleted.
 */
export interface PassageVersion {
  /**
   * The passage's id.
   */
  'passage_id'?: (string);
  /**
   * Which version this was (1 is the text first stored).
   */
  'version'?: (number);
  /**
   * The text of this version.
   */
  'content'?: (string);
  /**
   * Its tags.
   */
  'tags'?: (string)[];
  /**
   * When this version was written.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
  /**
   * When it was replaced or deleted.
   */
  'end_time'?: (_google_protobuf_Timestamp | null);
  /**
   * "update" (replaced by the next version) or "delete" (the passage was deleted).
   */
  'ended_by'?: (string);
}

/**
 * An earlier text of an archival passage: what it said before an update, or
 * when it was deleted.
 */
export interface PassageVersion__Output {
  /**
   * The passage's id.
   */
  'passage_id': (string);
  /**
   * Which version this was (1 is the text first stored).
   */
  'version': (number);
  /**
   * The text of this version.
   */
  'content': (string);
  /**
   * Its tags.
   */
  'tags': (string)[];
  /**
   * When this version was written.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * When it was replaced or deleted.
   */
  'end_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * "update" (replaced by the next version) or "delete" (the passage was deleted).
   */
  'ended_by': (string);
}
