// Original file: ../../proto/memsvc/v1/memory_service.proto

import type { ContextSource as _memsvc_v1_ContextSource, ContextSource__Output as _memsvc_v1_ContextSource__Output } from '../../memsvc/v1/ContextSource.js';
import type { MessageRole as _memsvc_v1_MessageRole, MessageRole__Output as _memsvc_v1_MessageRole__Output } from '../../memsvc/v1/MessageRole.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';

/**
 * One item of a context block.
 */
export interface ContextItem {
  /**
   * Where the item came from.
   */
  'source'?: (_memsvc_v1_ContextSource);
  /**
   * The block's label, or the message's or passage's id; empty for the summary.
   */
  'ref'?: (string);
  /**
   * The text, as it appears in `text`.
   */
  'content'?: (string);
  /**
   * The item's size in tokens, as rendered in `text`.
   */
  'token_count'?: (number);
  /**
   * Relevance to the query for recall and archival hits (see RecallHit.score and
   * ArchivalHit.score); 0 for blocks and the summary.
   */
  'score'?: (number | string);
  /**
   * For recall messages: who wrote it.
   */
  'role'?: (_memsvc_v1_MessageRole);
  /**
   * When the message or passage was stored, or the block last changed.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
  /**
   * For archival passages: their tags.
   */
  'tags'?: (string)[];
}

/**
 * One item of a context block.
 */
export interface ContextItem__Output {
  /**
   * Where the item came from.
   */
  'source': (_memsvc_v1_ContextSource__Output);
  /**
   * The block's label, or the message's or passage's id; empty for the summary.
   */
  'ref': (string);
  /**
   * The text, as it appears in `text`.
   */
  'content': (string);
  /**
   * The item's size in tokens, as rendered in `text`.
   */
  'token_count': (number);
  /**
   * Relevance to the query for recall and archival hits (see RecallHit.score and
   * ArchivalHit.score); 0 for blocks and the summary.
   */
  'score': (number);
  /**
   * For recall messages: who wrote it.
   */
  'role': (_memsvc_v1_MessageRole__Output);
  /**
   * When the message or passage was stored, or the block last changed.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * For archival passages: their tags.
   */
  'tags': (string)[];
}
