// Original file: ../../proto/memsvc/v1/memory_service.proto

import type { IngestProgress as _memsvc_v1_IngestProgress, IngestProgress__Output as _memsvc_v1_IngestProgress__Output } from '../../memsvc/v1/IngestProgress.js';
import type { IngestResult as _memsvc_v1_IngestResult, IngestResult__Output as _memsvc_v1_IngestResult__Output } from '../../memsvc/v1/IngestResult.js';

/**
 * One message of the IngestDocument stream.
 */
export interface IngestDocumentResponse {
  /**
   * A batch of chunks was stored.
   */
  'progress'?: (_memsvc_v1_IngestProgress | null);
  /**
   * The document is ingested. Always the last message.
   */
  'result'?: (_memsvc_v1_IngestResult | null);
  /**
   * What happened.
   */
  'event'?: "progress"|"result";
}

/**
 * One message of the IngestDocument stream.
 */
export interface IngestDocumentResponse__Output {
  /**
   * A batch of chunks was stored.
   */
  'progress'?: (_memsvc_v1_IngestProgress__Output | null);
  /**
   * The document is ingested. Always the last message.
   */
  'result'?: (_memsvc_v1_IngestResult__Output | null);
  /**
   * What happened.
   */
  'event'?: "progress"|"result";
}
