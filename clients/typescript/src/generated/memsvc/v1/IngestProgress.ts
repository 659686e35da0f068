// Original file: ../../proto/memsvc/v1/memory_service.proto


/**
 * Progress of an ingest.
 */
export interface IngestProgress {
  /**
   * Chunks stored so far.
   */
  'chunks_done'?: (number);
  /**
   * Chunks in the document.
   */
  'chunks_total'?: (number);
}

/**
 * Progress of an ingest.
 */
export interface IngestProgress__Output {
  /**
   * Chunks stored so far.
   */
  'chunks_done': (number);
  /**
   * Chunks in the document.
   */
  'chunks_total': (number);
}
