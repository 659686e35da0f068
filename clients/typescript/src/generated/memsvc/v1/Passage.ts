// Original file: ../../proto/memsvc/v1/memory.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';

/**
 * A passage in archival storage: text the agent chose to keep, or a chunk of an
 * ingested document, searched by meaning.
 */
export interface Passage {
  /**
   * Output only. The passage's id (a UUID derived from the agent and the content, so
   * the same text is stored once per agent).
   */
  'id'?: (string);
  /**
   * Output only. The agent the passage belongs to.
   */
  'agent_id'?: (string);
  /**
   * The text.
   */
  'content'?: (string);
  /**
   * Labels for filtering searches.
   */
  'tags'?: (string)[];
  /**
   * Output only. When the passage was stored.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
  /**
   * Output only. 1 when stored, one more at each update (UpdateArchivalMemory,
   * `archival_memory_update`); the earlier texts are kept (ListArchivalMemoryVersions).
   */
  'version'?: (number);
  /**
   * Output only. When the passage was last updated; unset if never.
   */
  'update_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * A passage in archival storage: text the agent chose to keep, or a chunk of an
 * ingested document, searched by meaning.
 */
export interface Passage__Output {
  /**
   * Output only. The passage's id (a UUID derived from the agent and the content, so
   * the same text is stored once per agent).
   */
  'id': (string);
  /**
   * Output only. The agent the passage belongs to.
   */
  'agent_id': (string);
  /**
   * The text.
   */
  'content': (string);
  /**
   * Labels for filtering searches.
   */
  'tags': (string)[];
  /**
   * Output only. When the passage was stored.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * Output only. 1 when stored, one more at each update (UpdateArchivalMemory,
   * `archival_memory_update`); the earlier texts are kept (ListArchivalMemoryVersions).
   */
  'version': (number);
  /**
   * Output only. When the passage was last updated; unset if never.
   */
  'update_time': (_google_protobuf_Timestamp__Output | null);
}
