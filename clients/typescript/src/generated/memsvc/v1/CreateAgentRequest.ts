// Original file: ../../proto/memsvc/v1/agent_service.proto

import type { LlmConfig as _memsvc_v1_LlmConfig, LlmConfig__Output as _memsvc_v1_LlmConfig__Output } from '../../memsvc/v1/LlmConfig.js';
import type { EmbeddingConfig as _memsvc_v1_EmbeddingConfig, EmbeddingConfig__Output as _memsvc_v1_EmbeddingConfig__Output } from '../../memsvc/v1/EmbeddingConfig.js';
import type { MemoryBlock as _memsvc_v1_MemoryBlock, MemoryBlock__Output as _memsvc_v1_MemoryBlock__Output } from '../../memsvc/v1/MemoryBlock.js';
import type { ContextConfig as _memsvc_v1_ContextConfig, ContextConfig__Output as _memsvc_v1_ContextConfig__Output } from '../../memsvc/v1/ContextConfig.js';
import type { ClientTool as _memsvc_v1_ClientTool, ClientTool__Output as _memsvc_v1_ClientTool__Output } from '../../memsvc/v1/ClientTool.js';
import type { ConsolidationConfig as _memsvc_v1_ConsolidationConfig, ConsolidationConfig__Output as _memsvc_v1_ConsolidationConfig__Output } from '../../memsvc/v1/ConsolidationConfig.js';

/**
 * Request of AgentService.CreateAgent.
 */
export interface CreateAgentRequest {
  /**
   * A name for the agent. See Agent.name.
   */
  'name'?: (string);
  /**
   * System instructions. See Agent.system.
   */
  'system'?: (string);
  /**
   * The LLM. Required: model and context_window.
   */
  'llm_config'?: (_memsvc_v1_LlmConfig | null);
  /**
   * The embedding model. See Agent.embedding_config.
   */
  'embedding_config'?: (_memsvc_v1_EmbeddingConfig | null);
  /**
   * The initial working-context blocks, e.g. `human` and `persona`.
   */
  'memory_blocks'?: (_memsvc_v1_MemoryBlock)[];
  /**
   * Queue manager thresholds. See ContextConfig.
   */
  'context_config'?: (_memsvc_v1_ContextConfig | null);
  /**
   * See Agent.max_steps.
   */
  'max_steps'?: (number);
  /**
   * A client-chosen id (up to 128 characters) that makes the call idempotent: a
   * retry with the same id returns the agent the first call created.
   */
  'request_id'?: (string);
  /**
   * See Agent.client_tools.
   */
  'client_tools'?: (_memsvc_v1_ClientTool)[];
  /**
   * See Agent.tools_requiring_approval.
   */
  'tools_requiring_approval'?: (string)[];
  /**
   * See Agent.client_tool_timeout_seconds.
   */
  'client_tool_timeout_seconds'?: (number);
  /**
   * See Agent.approval_timeout_seconds.
   */
  'approval_timeout_seconds'?: (number);
  /**
   * See Agent.consolidation_config.
   */
  'consolidation_config'?: (_memsvc_v1_ConsolidationConfig | null);
  /**
   * See Agent.enable_wakeups.
   */
  'enable_wakeups'?: (boolean);
}

/**
 * Request of AgentService.CreateAgent.
 */
export interface CreateAgentRequest__Output {
  /**
   * A name for the agent. See Agent.name.
   */
  'name': (string);
  /**
   * System instructions. See Agent.system.
   */
  'system': (string);
  /**
   * The LLM. Required: model and context_window.
   */
  'llm_config': (_memsvc_v1_LlmConfig__Output | null);
  /**
   * The embedding model. See Agent.embedding_config.
   */
  'embedding_config': (_memsvc_v1_EmbeddingConfig__Output | null);
  /**
   * The initial working-context blocks, e.g. `human` and `persona`.
   */
  'memory_blocks': (_memsvc_v1_MemoryBlock__Output)[];
  /**
   * Queue manager thresholds. See ContextConfig.
   */
  'context_config': (_memsvc_v1_ContextConfig__Output | null);
  /**
   * See Agent.max_steps.
   */
  'max_steps': (number);
  /**
   * A client-chosen id (up to 128 characters) that makes the call idempotent: a
   * retry with the same id returns the agent the first call created.
   */
  'request_id': (string);
  /**
   * See Agent.client_tools.
   */
  'client_tools': (_memsvc_v1_ClientTool__Output)[];
  /**
   * See Agent.tools_requiring_approval.
   */
  'tools_requiring_approval': (string)[];
  /**
   * See Agent.client_tool_timeout_seconds.
   */
  'client_tool_timeout_seconds': (number);
  /**
   * See Agent.approval_timeout_seconds.
   */
  'approval_timeout_seconds': (number);
  /**
   * See Agent.consolidation_config.
   */
  'consolidation_config': (_memsvc_v1_ConsolidationConfig__Output | null);
  /**
   * See Agent.enable_wakeups.
   */
  'enable_wakeups': (boolean);
}
