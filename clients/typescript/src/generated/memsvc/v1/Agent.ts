// Original file: ../../proto/memsvc/v1/agent.proto

import type { LlmConfig as _memsvc_v1_LlmConfig, LlmConfig__Output as _memsvc_v1_LlmConfig__Output } from '../../memsvc/v1/LlmConfig.js';
import type { EmbeddingConfig as _memsvc_v1_EmbeddingConfig, EmbeddingConfig__Output as _memsvc_v1_EmbeddingConfig__Output } from '../../memsvc/v1/EmbeddingConfig.js';
import type { MemoryBlock as _memsvc_v1_MemoryBlock, MemoryBlock__Output as _memsvc_v1_MemoryBlock__Output } from '../../memsvc/v1/MemoryBlock.js';
import type { ContextConfig as _memsvc_v1_ContextConfig, ContextConfig__Output as _memsvc_v1_ContextConfig__Output } from '../../memsvc/v1/ContextConfig.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';
import type { ClientTool as _memsvc_v1_ClientTool, ClientTool__Output as _memsvc_v1_ClientTool__Output } from '../../memsvc/v1/ClientTool.js';
import type { ConsolidationConfig as _memsvc_v1_ConsolidationConfig, ConsolidationConfig__Output as _memsvc_v1_ConsolidationConfig__Output } from '../../memsvc/v1/ConsolidationConfig.js';

/**
 * An agent: an LLM with a bounded main context whose memory memsvc manages.
 * The shapes of `llm_config`, `embedding_config` and `memory_blocks` follow Letta's
 * JSON, so a Letta `POST /v1/agents` body works almost verbatim.
 */
export interface Agent {
  /**
   * Output only. The agent's id (a UUID), assigned on creation.
   */
  'id'?: (string);
  /**
   * A human-readable name. If not specified on creation, defaults to "agent-" plus
   * the first 8 characters of the id.
   */
  'name'?: (string);
  /**
   * The system instructions. If not specified, memsvc's MemGPT instructions are used
   * (they explain the memory tiers, heartbeats and the memory functions).
   */
  'system'?: (string);
  /**
   * The LLM that runs the agent. Required on creation.
   */
  'llm_config'?: (_memsvc_v1_LlmConfig | null);
  /**
   * The embedding model for archival storage. If not specified, the offline local
   * model (all-MiniLM-L6-v2, 384 dimensions) is used.
   */
  'embedding_config'?: (_memsvc_v1_EmbeddingConfig | null);
  /**
   * The working-context blocks (at least `persona` and `human` by convention).
   * On creation, the initial blocks; on read, their current values.
   */
  'memory_blocks'?: (_memsvc_v1_MemoryBlock)[];
  /**
   * How the queue manager treats the context window. If not specified, the defaults
   * documented on each field apply.
   */
  'context_config'?: (_memsvc_v1_ContextConfig | null);
  /**
   * Output only. When the agent was created.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
  /**
   * Output only. When the agent's configuration last changed.
   */
  'update_time'?: (_google_protobuf_Timestamp | null);
  /**
   * The largest number of LLM calls one turn may make before it stops with
   * STOP_REASON_MAX_STEPS. If 0, the server default (50) applies.
   */
  'max_steps'?: (number);
  /**
   * Tools the client runs itself, offered to the LLM beside the built-in functions
   * (ListTools lists both). At most 100. Checked on CreateAgent and UpdateAgent:
   * INVALID_ARGUMENT (reason INVALID_TOOL, with the field) for a bad name, a repeated
   * or built-in name, an over-long description, or a parameters schema that is not a
   * valid JSON Schema object schema; the message says what to fix.
   */
  'client_tools'?: (_memsvc_v1_ClientTool)[];
  /**
   * The names of tools, built-in or client, whose calls wait for approval before they
   * run: the turn pauses with a PENDING_CALL_KIND_APPROVAL call until the client
   * approves or denies it. Each must name a built-in function or one of
   * `client_tools` (INVALID_ARGUMENT, reason INVALID_TOOL, otherwise).
   */
  'tools_requiring_approval'?: (string)[];
  /**
   * How long a turn waits for a client tool's result, in seconds, 1 to 86,400. When
   * the wait expires the LLM gets a failed result saying the client did not answer.
   * If 0, 300.
   */
  'client_tool_timeout_seconds'?: (number);
  /**
   * How long a turn waits for an approval decision, in seconds, 1 to 2,592,000 (30
   * days). When the wait expires the call is denied, and the LLM is told so. If 0,
   * 86,400 (a day).
   */
  'approval_timeout_seconds'?: (number);
  /**
   * Background memory consolidation ("sleep-time"): when and how a consolidation
   * run reviews the agent's recent messages and memory, and rewrites blocks, saves
   * missing facts, merges duplicates and resolves contradictions. If not specified,
   * no run starts by itself (AgentService.ConsolidateAgent still starts one, with the
   * defaults documented on each field). See ConsolidationConfig.
   */
  'consolidation_config'?: (_memsvc_v1_ConsolidationConfig | null);
  /**
   * If true, the agent's LLM also gets the built-in functions schedule_wakeup,
   * list_wakeups and cancel_wakeup, to wake itself up later (see Wakeup). They cost
   * about 410 prompt tokens per LLM call, so they are off unless asked for (a 4k
   * context window keeps its room). Wake-ups scheduled by clients
   * (AgentService.ScheduleWakeup) and document events fire either way.
   */
  'enable_wakeups'?: (boolean);
}

/**
 * An agent: an LLM with a bounded main context whose memory memsvc manages.
 * The shapes of `llm_config`, `embedding_config` and `memory_blocks` follow Letta's
 * JSON, so a Letta `POST /v1/agents` body works almost verbatim.
 */
export interface Agent__Output {
  /**
   * Output only. The agent's id (a UUID), assigned on creation.
   */
  'id': (string);
  /**
   * A human-readable name. If not specified on creation, defaults to "agent-" plus
   * the first 8 characters of the id.
   */
  'name': (string);
  /**
   * The system instructions. If not specified, memsvc's MemGPT instructions are used
   * (they explain the memory tiers, heartbeats and the memory functions).
   */
  'system': (string);
  /**
   * The LLM that runs the agent. Required on creation.
   */
  'llm_config': (_memsvc_v1_LlmConfig__Output | null);
  /**
   * The embedding model for archival storage. If not specified, the offline local
   * model (all-MiniLM-L6-v2, 384 dimensions) is used.
   */
  'embedding_config': (_memsvc_v1_EmbeddingConfig__Output | null);
  /**
   * The working-context blocks (at least `persona` and `human` by convention).
   * On creation, the initial blocks; on read, their current values.
   */
  'memory_blocks': (_memsvc_v1_MemoryBlock__Output)[];
  /**
   * How the queue manager treats the context window. If not specified, the defaults
   * documented on each field apply.
   */
  'context_config': (_memsvc_v1_ContextConfig__Output | null);
  /**
   * Output only. When the agent was created.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * Output only. When the agent's configuration last changed.
   */
  'update_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * The largest number of LLM calls one turn may make before it stops with
   * STOP_REASON_MAX_STEPS. If 0, the server default (50) applies.
   */
  'max_steps': (number);
  /**
   * Tools the client runs itself, offered to the LLM beside the built-in functions
   * (ListTools lists both). At most 100. Checked on CreateAgent and UpdateAgent:
   * INVALID_ARGUMENT (reason INVALID_TOOL, with the field) for a bad name, a repeated
   * or built-in name, an over-long description, or a parameters schema that is not a
   * valid JSON Schema object schema; the message says what to fix.
   */
  'client_tools': (_memsvc_v1_ClientTool__Output)[];
  /**
   * The names of tools, built-in or client, whose calls wait for approval before they
   * run: the turn pauses with a PENDING_CALL_KIND_APPROVAL call until the client
   * approves or denies it. Each must name a built-in function or one of
   * `client_tools` (INVALID_ARGUMENT, reason INVALID_TOOL, otherwise).
   */
  'tools_requiring_approval': (string)[];
  /**
   * How long a turn waits for a client tool's result, in seconds, 1 to 86,400. When
   * the wait expires the LLM gets a failed result saying the client did not answer.
   * If 0, 300.
   */
  'client_tool_timeout_seconds': (number);
  /**
   * How long a turn waits for an approval decision, in seconds, 1 to 2,592,000 (30
   * days). When the wait expires the call is denied, and the LLM is told so. If 0,
   * 86,400 (a day).
   */
  'approval_timeout_seconds': (number);
  /**
   * Background memory consolidation ("sleep-time"): when and how a consolidation
   * run reviews the agent's recent messages and memory, and rewrites blocks, saves
   * missing facts, merges duplicates and resolves contradictions. If not specified,
   * no run starts by itself (AgentService.ConsolidateAgent still starts one, with the
   * defaults documented on each field). See ConsolidationConfig.
   */
  'consolidation_config': (_memsvc_v1_ConsolidationConfig__Output | null);
  /**
   * If true, the agent's LLM also gets the built-in functions schedule_wakeup,
   * list_wakeups and cancel_wakeup, to wake itself up later (see Wakeup). They cost
   * about 410 prompt tokens per LLM call, so they are off unless asked for (a 4k
   * context window keeps its room). Wake-ups scheduled by clients
   * (AgentService.ScheduleWakeup) and document events fire either way.
   */
  'enable_wakeups': (boolean);
}
