// Original file: ../../proto/memsvc/v1/agent.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';

/**
 * A working-context block: named, size-limited text the agent edits itself.
 */
export interface MemoryBlock {
  /**
   * The block's name within its agent, e.g. "human" or "persona". Required;
   * 1 to 64 characters from [A-Za-z0-9_-].
   */
  'label'?: (string);
  /**
   * The block's text.
   */
  'value'?: (string);
  /**
   * The most characters `value` may hold. Enforced on every write, by the API and by
   * the LLM's functions. If 0 on creation, 5000.
   */
  'limit'?: (number);
  /**
   * What the block is for, shown to the LLM. If empty, a default for `human` and
   * `persona`, else nothing.
   */
  'description'?: (string);
  /**
   * If true, the LLM's functions cannot change the block (the API still can).
   */
  'read_only'?: (boolean);
  /**
   * Output only. When the block's value last changed.
   */
  'update_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * A working-context block: named, size-limited text the agent edits itself.
 */
export interface MemoryBlock__Output {
  /**
   * The block's name within its agent, e.g. "human" or "persona". Required;
   * 1 to 64 characters from [A-Za-z0-9_-].
   */
  'label': (string);
  /**
   * The block's text.
   */
  'value': (string);
  /**
   * The most characters `value` may hold. Enforced on every write, by the API and by
   * the LLM's functions. If 0 on creation, 5000.
   */
  'limit': (number);
  /**
   * What the block is for, shown to the LLM. If empty, a default for `human` and
   * `persona`, else nothing.
   */
  'description': (string);
  /**
   * If true, the LLM's functions cannot change the block (the API still can).
   */
  'read_only': (boolean);
  /**
   * Output only. When the block's value last changed.
   */
  'update_time': (_google_protobuf_Timestamp__Output | null);
}
