// Original file: ../../proto/memsvc/v1/memory_service.proto

import type { MessageRole as _memsvc_v1_MessageRole, MessageRole__Output as _memsvc_v1_MessageRole__Output } from '../../memsvc/v1/MessageRole.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';

/**
 * Request of MemoryService.SearchRecallMessages.
 */
export interface SearchRecallMessagesRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * Words to search for. If empty, every message in the date range matches, newest
   * first.
   */
  'query'?: (string);
  /**
   * Only messages with these roles. If empty, user and assistant messages.
   */
  'roles'?: (_memsvc_v1_MessageRole)[];
  /**
   * Only messages stored at or after this time.
   */
  'start_time'?: (_google_protobuf_Timestamp | null);
  /**
   * Only messages stored before this time.
   */
  'end_time'?: (_google_protobuf_Timestamp | null);
  /**
   * The most results to return, 1 to 100. If 0, 10. A page
   * holds fewer when its items are large (pages are kept under 4 MiB).
   */
  'page_size'?: (number);
  /**
   * The `next_page_token` of the previous page, or empty for the first page.
   */
  'page_token'?: (string);
}

/**
 * Request of MemoryService.SearchRecallMessages.
 */
export interface SearchRecallMessagesRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * Words to search for. If empty, every message in the date range matches, newest
   * first.
   */
  'query': (string);
  /**
   * Only messages with these roles. If empty, user and assistant messages.
   */
  'roles': (_memsvc_v1_MessageRole__Output)[];
  /**
   * Only messages stored at or after this time.
   */
  'start_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * Only messages stored before this time.
   */
  'end_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * The most results to return, 1 to 100. If 0, 10. A page
   * holds fewer when its items are large (pages are kept under 4 MiB).
   */
  'page_size': (number);
  /**
   * The `next_page_token` of the previous page, or empty for the first page.
   */
  'page_token': (string);
}
