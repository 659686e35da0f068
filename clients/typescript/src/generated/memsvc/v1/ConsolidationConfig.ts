// Original file: ../../proto/memsvc/v1/agent.proto

import type { LlmConfig as _memsvc_v1_LlmConfig, LlmConfig__Output as _memsvc_v1_LlmConfig__Output } from '../../memsvc/v1/LlmConfig.js';

/**
 * Background memory consolidation of an agent. A consolidation run is a turn of its
 * own kind (TURN_KIND_CONSOLIDATION): it takes the agent's turn lease, so it never
 * overlaps the agent's turns, and its events are stored and shown like any turn's
 * (ListTurns, GetTurn, WatchAgent, StreamStep `attach`). Its LLM sees the messages
 * since the last consolidation and the memory blocks, and calls the memory
 * functions (core_memory_append / core_memory_replace, archival_memory_insert /
 * search / update / delete, conversation_search); never send_message, client tools
 * or tools that need approval. Nothing it says is added to the agent's messages.
 * A run ends when its LLM calls no function, or at `max_steps` or `max_tokens`.
 */
export interface ConsolidationConfig {
  /**
   * Whether runs start by themselves, on the triggers below. At least one trigger
   * (`every_n_turns` or `idle_seconds`) is required when true (INVALID_ARGUMENT
   * otherwise). If false, the triggers are kept but idle.
   */
  'enabled'?: (boolean);
  /**
   * Start a run after every this many ended conversation turns (counted durably, in
   * the database), 0 to 10,000. 0: not by count.
   */
  'every_n_turns'?: (number);
  /**
   * Start a run once the agent has had no conversation turn for this many seconds
   * after one that ended, 0 to 2,592,000 (30 days). 0: not by idleness. Only
   * conversation turns since the last run count: an idle agent is consolidated once.
   */
  'idle_seconds'?: (number);
  /**
   * The LLM that runs consolidation, e.g. a cheaper model than the agent's. If not
   * specified, the agent's own `llm_config`. Checked as Agent.llm_config is.
   */
  'llm_config'?: (_memsvc_v1_LlmConfig | null);
  /**
   * The most LLM calls one run may make, 1 to 100. If 0, 10. A run that reaches it
   * ends with STOP_REASON_MAX_STEPS.
   */
  'max_steps'?: (number);
  /**
   * The most tokens (prompt plus completion, over all its LLM calls) one run may
   * use, 2,048 to 10,000,000. If 0, 100,000. Before each LLM call the run counts
   * the prompt and reserves the reply (`llm_config.max_tokens`); a call that could
   * pass the bound is not made and the run ends with STOP_REASON_MAX_TOKENS.
   */
  'max_tokens'?: (number);
}

/**
 * Background memory consolidation of an agent. A consolidation run is a turn of its
 * own kind (TURN_KIND_CONSOLIDATION): it takes the agent's turn lease, so it never
 * overlaps the agent's turns, and its events are stored and shown like any turn's
 * (ListTurns, GetTurn, WatchAgent, StreamStep `attach`). Its LLM sees the messages
 * since the last consolidation and the memory blocks, and calls the memory
 * functions (core_memory_append / core_memory_replace, archival_memory_insert /
 * search / update / delete, conversation_search); never send_message, client tools
 * or tools that need approval. Nothing it says is added to the agent's messages.
 * A run ends when its LLM calls no function, or at `max_steps` or `max_tokens`.
 */
export interface ConsolidationConfig__Output {
  /**
   * Whether runs start by themselves, on the triggers below. At least one trigger
   * (`every_n_turns` or `idle_seconds`) is required when true (INVALID_ARGUMENT
   * otherwise). If false, the triggers are kept but idle.
   */
  'enabled': (boolean);
  /**
   * Start a run after every this many ended conversation turns (counted durably, in
   * the database), 0 to 10,000. 0: not by count.
   */
  'every_n_turns': (number);
  /**
   * Start a run once the agent has had no conversation turn for this many seconds
   * after one that ended, 0 to 2,592,000 (30 days). 0: not by idleness. Only
   * conversation turns since the last run count: an idle agent is consolidated once.
   */
  'idle_seconds': (number);
  /**
   * The LLM that runs consolidation, e.g. a cheaper model than the agent's. If not
   * specified, the agent's own `llm_config`. Checked as Agent.llm_config is.
   */
  'llm_config': (_memsvc_v1_LlmConfig__Output | null);
  /**
   * The most LLM calls one run may make, 1 to 100. If 0, 10. A run that reaches it
   * ends with STOP_REASON_MAX_STEPS.
   */
  'max_steps': (number);
  /**
   * The most tokens (prompt plus completion, over all its LLM calls) one run may
   * use, 2,048 to 10,000,000. If 0, 100,000. Before each LLM call the run counts
   * the prompt and reserves the reply (`llm_config.max_tokens`); a call that could
   * pass the bound is not made and the run ends with STOP_REASON_MAX_TOKENS.
   */
  'max_tokens': (number);
}
