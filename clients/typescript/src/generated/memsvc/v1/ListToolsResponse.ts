// Original file: ../../proto/memsvc/v1/agent_service.proto

import type { Tool as _memsvc_v1_Tool, Tool__Output as _memsvc_v1_Tool__Output } from '../../memsvc/v1/Tool.js';

/**
 * Response of AgentService.ListTools.
 */
export interface ListToolsResponse {
  /**
   * The built-in functions, then the client tools, as the LLM sees them.
   */
  'tools'?: (_memsvc_v1_Tool)[];
}

/**
 * Response of AgentService.ListTools.
 */
export interface ListToolsResponse__Output {
  /**
   * The built-in functions, then the client tools, as the LLM sees them.
   */
  'tools': (_memsvc_v1_Tool__Output)[];
}
