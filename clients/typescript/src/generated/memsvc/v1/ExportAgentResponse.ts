// Original file: ../../proto/memsvc/v1/memory_service.proto

import type { AgentFile as _memsvc_v1_AgentFile, AgentFile__Output as _memsvc_v1_AgentFile__Output } from '../../memsvc/v1/AgentFile.js';

/**
 * Response of MemoryService.ExportAgent.
 */
export interface ExportAgentResponse {
  /**
   * The agent and all of its memory.
   */
  'agent_file'?: (_memsvc_v1_AgentFile | null);
}

/**
 * Response of MemoryService.ExportAgent.
 */
export interface ExportAgentResponse__Output {
  /**
   * The agent and all of its memory.
   */
  'agent_file': (_memsvc_v1_AgentFile__Output | null);
}
