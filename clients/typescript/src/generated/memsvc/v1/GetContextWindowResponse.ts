// Original file: ../../proto/memsvc/v1/agent_service.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Response of AgentService.GetContextWindow. All sizes are in tokens.
 */
export interface GetContextWindowResponse {
  /**
   * The LLM's context window (llm_config.context_window).
   */
  'context_window'?: (number);
  /**
   * Tokens kept free for the LLM's reply (llm_config.max_tokens).
   */
  'reply_reserve_tokens'?: (number);
  /**
   * What the prompt may use: context_window - reply_reserve_tokens. The prompt sent
   * to the LLM never exceeds it.
   */
  'prompt_budget_tokens'?: (number);
  /**
   * The memory-pressure warning is given when the prompt passes this size.
   */
  'warning_tokens'?: (number);
  /**
   * The queue is flushed (evicted and summarized) when the prompt would pass this size.
   */
  'flush_tokens'?: (number);
  /**
   * The size of the main context now, every section included. Between turns it may
   * pass flush_tokens: the next step flushes before it calls the LLM.
   */
  'total_tokens'?: (number);
  /**
   * The system instructions.
   */
  'system_instructions_tokens'?: (number);
  /**
   * The working-context blocks and memory metadata (part of the system message).
   */
  'working_context_tokens'?: (number);
  /**
   * The recursive summary of evicted messages.
   */
  'summary_tokens'?: (number);
  /**
   * The messages in the FIFO queue.
   */
  'messages_tokens'?: (number);
  /**
   * The function schemas sent with every call.
   */
  'function_schemas_tokens'?: (number);
  /**
   * How many messages are in the queue.
   */
  'message_count'?: (number);
  /**
   * How many messages recall storage holds (in the queue or evicted).
   */
  'recall_count'?: (number | string | Long);
  /**
   * How many passages archival storage holds.
   */
  'archival_count'?: (number | string | Long);
  /**
   * The recursive summary.
   */
  'summary'?: (string);
  /**
   * True if evicted messages are waiting to be folded into the summary (the summary
   * call failed; it is retried at the next turn).
   */
  'summary_pending'?: (boolean);
  /**
   * True if the memory-pressure warning was given since the last flush.
   */
  'warned'?: (boolean);
  /**
   * How tokens are counted, e.g. "exact (cl100k_base)" or a note that the model's own
   * tokenizer is approximated by cl100k_base.
   */
  'tokenizer'?: (string);
}

/**
 * Response of AgentService.GetContextWindow. All sizes are in tokens.
 */
export interface GetContextWindowResponse__Output {
  /**
   * The LLM's context window (llm_config.context_window).
   */
  'context_window': (number);
  /**
   * Tokens kept free for the LLM's reply (llm_config.max_tokens).
   */
  'reply_reserve_tokens': (number);
  /**
   * What the prompt may use: context_window - reply_reserve_tokens. The prompt sent
   * to the LLM never exceeds it.
   */
  'prompt_budget_tokens': (number);
  /**
   * The memory-pressure warning is given when the prompt passes this size.
   */
  'warning_tokens': (number);
  /**
   * The queue is flushed (evicted and summarized) when the prompt would pass this size.
   */
  'flush_tokens': (number);
  /**
   * The size of the main context now, every section included. Between turns it may
   * pass flush_tokens: the next step flushes before it calls the LLM.
   */
  'total_tokens': (number);
  /**
   * The system instructions.
   */
  'system_instructions_tokens': (number);
  /**
   * The working-context blocks and memory metadata (part of the system message).
   */
  'working_context_tokens': (number);
  /**
   * The recursive summary of evicted messages.
   */
  'summary_tokens': (number);
  /**
   * The messages in the FIFO queue.
   */
  'messages_tokens': (number);
  /**
   * The function schemas sent with every call.
   */
  'function_schemas_tokens': (number);
  /**
   * How many messages are in the queue.
   */
  'message_count': (number);
  /**
   * How many messages recall storage holds (in the queue or evicted).
   */
  'recall_count': (string);
  /**
   * How many passages archival storage holds.
   */
  'archival_count': (string);
  /**
   * The recursive summary.
   */
  'summary': (string);
  /**
   * True if evicted messages are waiting to be folded into the summary (the summary
   * call failed; it is retried at the next turn).
   */
  'summary_pending': (boolean);
  /**
   * True if the memory-pressure warning was given since the last flush.
   */
  'warned': (boolean);
  /**
   * How tokens are counted, e.g. "exact (cl100k_base)" or a note that the model's own
   * tokenizer is approximated by cl100k_base.
   */
  'tokenizer': (string);
}
