// Original file: ../../proto/memsvc/v1/memory_service.proto

import type { TagMatchMode as _memsvc_v1_TagMatchMode, TagMatchMode__Output as _memsvc_v1_TagMatchMode__Output } from '../../memsvc/v1/TagMatchMode.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';

/**
 * Request of MemoryService.SearchArchivalMemory.
 */
export interface SearchArchivalMemoryRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * What to look for, in words. Required.
   */
  'query'?: (string);
  /**
   * Only passages with these tags (see tag_match_mode).
   */
  'tags'?: (string)[];
  /**
   * How `tags` combine. If unspecified, any.
   */
  'tag_match_mode'?: (_memsvc_v1_TagMatchMode);
  /**
   * Only passages stored at or after this time.
   */
  'start_time'?: (_google_protobuf_Timestamp | null);
  /**
   * Only passages stored before this time.
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
 * Request of MemoryService.SearchArchivalMemory.
 */
export interface SearchArchivalMemoryRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * What to look for, in words. Required.
   */
  'query': (string);
  /**
   * Only passages with these tags (see tag_match_mode).
   */
  'tags': (string)[];
  /**
   * How `tags` combine. If unspecified, any.
   */
  'tag_match_mode': (_memsvc_v1_TagMatchMode__Output);
  /**
   * Only passages stored at or after this time.
   */
  'start_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * Only passages stored before this time.
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
