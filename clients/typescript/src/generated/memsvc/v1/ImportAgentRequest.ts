// Original file: ../../proto/memsvc/v1/memory_service.proto

import type { AgentFile as _memsvc_v1_AgentFile, AgentFile__Output as _memsvc_v1_AgentFile__Output } from '../../memsvc/v1/AgentFile.js';

/**
 * Request of MemoryService.ImportAgent.
 */
export interface ImportAgentRequest {
  /**
   * A memsvc agent file.
   */
  'agent_file'?: (_memsvc_v1_AgentFile | null);
  /**
   * A Letta Agent File (.af): its JSON bytes as Letta wrote them (the format of
   * Letta's agent_file schema, one agent, or the earlier single-agent form).
   */
  'letta_agent_file'?: (Buffer | Uint8Array | string);
  /**
   * If true, the agent gets a new id (and its messages and passages new ids), so a
   * file can be imported beside the agent it came from. Always true for Letta files.
   */
  'assign_new_id'?: (boolean);
  /**
   * What to import. Required.
   */
  'source'?: "agent_file"|"letta_agent_file";
}

/**
 * Request of MemoryService.ImportAgent.
 */
export interface ImportAgentRequest__Output {
  /**
   * A memsvc agent file.
   */
  'agent_file'?: (_memsvc_v1_AgentFile__Output | null);
  /**
   * A Letta Agent File (.af): its JSON bytes as Letta wrote them (the format of
   * Letta's agent_file schema, one agent, or the earlier single-agent form).
   */
  'letta_agent_file'?: (Buffer);
  /**
   * If true, the agent gets a new id (and its messages and passages new ids), so a
   * file can be imported beside the agent it came from. Always true for Letta files.
   */
  'assign_new_id': (boolean);
  /**
   * What to import. Required.
   */
  'source'?: "agent_file"|"letta_agent_file";
}
