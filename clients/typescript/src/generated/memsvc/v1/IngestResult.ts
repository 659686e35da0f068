// Original file: ../../proto/memsvc/v1/memory_service.proto


/**
 * The outcome of an ingest.
 */
export interface IngestResult {
  /**
   * The document's id: the hex SHA-256 of its bytes.
   */
  'document_id'?: (string);
  /**
   * Chunks in the document.
   */
  'chunks_total'?: (number);
  /**
   * Chunks stored now.
   */
  'chunks_created'?: (number);
  /**
   * Chunks the agent already had (from an earlier ingest).
   */
  'chunks_existing'?: (number);
  /**
   * The tag every chunk of the document carries.
   */
  'document_tag'?: (string);
  /**
   * With `notify_agent`: the wake-up that starts the agent's turn about the
   * document (AgentService.ListWakeups shows its `turn_id` once it fired). Empty
   * without `notify_agent`, or when no chunk was new (`chunks_created` 0).
   */
  'wakeup_id'?: (string);
}

/**
 * The outcome of an ingest.
 */
export interface IngestResult__Output {
  /**
   * The document's id: the hex SHA-256 of its bytes.
   */
  'document_id': (string);
  /**
   * Chunks in the document.
   */
  'chunks_total': (number);
  /**
   * Chunks stored now.
   */
  'chunks_created': (number);
  /**
   * Chunks the agent already had (from an earlier ingest).
   */
  'chunks_existing': (number);
  /**
   * The tag every chunk of the document carries.
   */
  'document_tag': (string);
  /**
   * With `notify_agent`: the wake-up that starts the agent's turn about the
   * document (AgentService.ListWakeups shows its `turn_id` once it fired). Empty
   * without `notify_agent`, or when no chunk was new (`chunks_created` 0).
   */
  'wakeup_id': (string);
}
