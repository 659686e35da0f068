// Original file: ../../proto/memsvc/v1/memory_service.proto

import type { AppendText as _memsvc_v1_AppendText, AppendText__Output as _memsvc_v1_AppendText__Output } from '../../memsvc/v1/AppendText.js';
import type { ReplaceText as _memsvc_v1_ReplaceText, ReplaceText__Output as _memsvc_v1_ReplaceText__Output } from '../../memsvc/v1/ReplaceText.js';

/**
 * Request of MemoryService.EditMemoryBlock.
 */
export interface EditMemoryBlockRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * The block's label. Required.
   */
  'label'?: (string);
  /**
   * Appends text on a new line.
   */
  'append'?: (_memsvc_v1_AppendText | null);
  /**
   * Replaces text.
   */
  'replace'?: (_memsvc_v1_ReplaceText | null);
  /**
   * If true, a read-only block is refused (the LLM's functions set this).
   */
  'respect_read_only'?: (boolean);
  /**
   * The edit.
   */
  'edit'?: "append"|"replace";
}

/**
 * Request of MemoryService.EditMemoryBlock.
 */
export interface EditMemoryBlockRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * The block's label. Required.
   */
  'label': (string);
  /**
   * Appends text on a new line.
   */
  'append'?: (_memsvc_v1_AppendText__Output | null);
  /**
   * Replaces text.
   */
  'replace'?: (_memsvc_v1_ReplaceText__Output | null);
  /**
   * If true, a read-only block is refused (the LLM's functions set this).
   */
  'respect_read_only': (boolean);
  /**
   * The edit.
   */
  'edit'?: "append"|"replace";
}
