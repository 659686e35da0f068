// Original file: ../../proto/memsvc/v1/memory_service.proto


/**
 * Request of MemoryService.IngestDocument.
 */
export interface IngestDocumentRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * The document's name, e.g. "handbook.md". Required, 1 to 200 characters. Its
   * chunks get the tag "document:" followed by the first 50 characters of it.
   */
  'name'?: (string);
  /**
   * The document's bytes (UTF-8 text, Markdown, or PDF). Required.
   */
  'content'?: (Buffer | Uint8Array | string);
  /**
   * "text/plain", "text/markdown" or "application/pdf". If empty, guessed from the
   * name's extension (.txt, .md, .markdown, .pdf; anything else is read as text).
   */
  'mime_type'?: (string);
  /**
   * More labels for every chunk.
   */
  'tags'?: (string)[];
  /**
   * The chunk size in tokens, 32 to 2048. If 0, the agent's
   * embedding_config.embedding_chunk_size.
   */
  'chunk_size'?: (number);
  /**
   * The overlap between consecutive chunks in tokens, less than chunk_size. If 0,
   * one eighth of the chunk size.
   */
  'chunk_overlap'?: (number);
  /**
   * If true, once the document is stored the agent gets a turn whose input is a
   * system event saying which document arrived, how many chunks it has, and the tag
   * to search it by (archival_memory_search with `document_tag`), so it can read
   * and summarize it. The event is a wake-up (wakeup.proto, origin
   * WAKEUP_ORIGIN_DOCUMENT) due at once: durable, fired exactly once, seen by
   * WatchAgent, waiting while the agent has a turn open. Its id is in the result.
   * An ingest that stores no new chunk (the same document again) starts no turn:
   * the result's `wakeup_id` is empty.
   */
  'notify_agent'?: (boolean);
}

/**
 * Request of MemoryService.IngestDocument.
 */
export interface IngestDocumentRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * The document's name, e.g. "handbook.md". Required, 1 to 200 characters. Its
   * chunks get the tag "document:" followed by the first 50 characters of it.
   */
  'name': (string);
  /**
   * The document's bytes (UTF-8 text, Markdown, or PDF). Required.
   */
  'content': (Buffer);
  /**
   * "text/plain", "text/markdown" or "application/pdf". If empty, guessed from the
   * name's extension (.txt, .md, .markdown, .pdf; anything else is read as text).
   */
  'mime_type': (string);
  /**
   * More labels for every chunk.
   */
  'tags': (string)[];
  /**
   * The chunk size in tokens, 32 to 2048. If 0, the agent's
   * embedding_config.embedding_chunk_size.
   */
  'chunk_size': (number);
  /**
   * The overlap between consecutive chunks in tokens, less than chunk_size. If 0,
   * one eighth of the chunk size.
   */
  'chunk_overlap': (number);
  /**
   * If true, once the document is stored the agent gets a turn whose input is a
   * system event saying which document arrived, how many chunks it has, and the tag
   * to search it by (archival_memory_search with `document_tag`), so it can read
   * and summarize it. The event is a wake-up (wakeup.proto, origin
   * WAKEUP_ORIGIN_DOCUMENT) due at once: durable, fired exactly once, seen by
   * WatchAgent, waiting while the agent has a turn open. Its id is in the result.
   * An ingest that stores no new chunk (the same document again) starts no turn:
   * the result's `wakeup_id` is empty.
   */
  'notify_agent': (boolean);
}
