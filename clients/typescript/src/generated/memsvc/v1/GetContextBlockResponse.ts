// Original file: ../../proto/memsvc/v1/memory_service.proto

import type { ContextItem as _memsvc_v1_ContextItem, ContextItem__Output as _memsvc_v1_ContextItem__Output } from '../../memsvc/v1/ContextItem.js';

/**
 * Response of MemoryService.GetContextBlock.
 */
export interface GetContextBlockResponse {
  /**
   * The block, ready to put into a prompt: a <memory> element holding one element
   * per item (<block>, <summary>, <recall_message>, <archival_passage>), each with
   * its source's attributes (label, id, role, time, tags).
   */
  'text'?: (string);
  /**
   * The items in `text`, in order.
   */
  'items'?: (_memsvc_v1_ContextItem)[];
  /**
   * The size of `text` in tokens; at most the budget.
   */
  'token_count'?: (number);
  /**
   * The budget applied.
   */
  'token_budget'?: (number);
  /**
   * The query the hits were searched for.
   */
  'query'?: (string);
  /**
   * Hits found but left out because the budget was spent.
   */
  'omitted_count'?: (number);
  /**
   * How tokens were counted (see GetContextWindowResponse.tokenizer).
   */
  'tokenizer'?: (string);
}

/**
 * Response of MemoryService.GetContextBlock.
 */
export interface GetContextBlockResponse__Output {
  /**
   * The block, ready to put into a prompt: a <memory> element holding one element
   * per item (<block>, <summary>, <recall_message>, <archival_passage>), each with
   * its source's attributes (label, id, role, time, tags).
   */
  'text': (string);
  /**
   * The items in `text`, in order.
   */
  'items': (_memsvc_v1_ContextItem__Output)[];
  /**
   * The size of `text` in tokens; at most the budget.
   */
  'token_count': (number);
  /**
   * The budget applied.
   */
  'token_budget': (number);
  /**
   * The query the hits were searched for.
   */
  'query': (string);
  /**
   * Hits found but left out because the budget was spent.
   */
  'omitted_count': (number);
  /**
   * How tokens were counted (see GetContextWindowResponse.tokenizer).
   */
  'tokenizer': (string);
}
