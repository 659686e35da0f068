// Original file: ../../proto/memsvc/v1/memory_service.proto

import type { MessageInput as _memsvc_v1_MessageInput, MessageInput__Output as _memsvc_v1_MessageInput__Output } from '../../memsvc/v1/MessageInput.js';

/**
 * Request of MemoryService.GetContextBlock.
 */
export interface GetContextBlockRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * What the caller is about to answer, in words: recall and archival memory are
   * searched for it. If empty, the text of `recent_messages` is used, else the
   * agent's latest stored user and assistant messages (up to 4).
   */
  'query'?: (string);
  /**
   * The latest messages of the caller's own loop (not stored), at most 20. Used as
   * the query when `query` is empty. Only role and content are read.
   */
  'recent_messages'?: (_memsvc_v1_MessageInput)[];
  /**
   * The most tokens the block may have, 64 to 100,000. If 0, 2,000.
   */
  'token_budget'?: (number);
  /**
   * The most recall messages to include, 0 to 50. If unset, 5.
   */
  'recall_limit'?: (number);
  /**
   * The most archival passages to include, 0 to 50. If unset, 5.
   */
  'archival_limit'?: (number);
  '_recall_limit'?: "recall_limit";
  '_archival_limit'?: "archival_limit";
}

/**
 * Request of MemoryService.GetContextBlock.
 */
export interface GetContextBlockRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * What the caller is about to answer, in words: recall and archival memory are
   * searched for it. If empty, the text of `recent_messages` is used, else the
   * agent's latest stored user and assistant messages (up to 4).
   */
  'query': (string);
  /**
   * The latest messages of the caller's own loop (not stored), at most 20. Used as
   * the query when `query` is empty. Only role and content are read.
   */
  'recent_messages': (_memsvc_v1_MessageInput__Output)[];
  /**
   * The most tokens the block may have, 64 to 100,000. If 0, 2,000.
   */
  'token_budget': (number);
  /**
   * The most recall messages to include, 0 to 50. If unset, 5.
   */
  'recall_limit'?: (number);
  /**
   * The most archival passages to include, 0 to 50. If unset, 5.
   */
  'archival_limit'?: (number);
  '_recall_limit'?: "recall_limit";
  '_archival_limit'?: "archival_limit";
}
