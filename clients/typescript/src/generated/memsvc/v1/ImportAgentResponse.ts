// Original file: ../../proto/memsvc/v1/memory_service.proto

import type { Agent as _memsvc_v1_Agent, Agent__Output as _memsvc_v1_Agent__Output } from '../../memsvc/v1/Agent.js';

/**
 * Response of MemoryService.ImportAgent.
 */
export interface ImportAgentResponse {
  /**
   * The imported agent, with its blocks.
   */
  'agent'?: (_memsvc_v1_Agent | null);
  /**
   * How many messages were imported.
   */
  'message_count'?: (number);
  /**
   * How many archival passages were imported.
   */
  'passage_count'?: (number);
  /**
   * What the file held that memsvc could not map, one line each (e.g. a Letta tool
   * with Python source, tool rules, files). Empty for a memsvc file.
   */
  'unmapped'?: (string)[];
}

/**
 * Response of MemoryService.ImportAgent.
 */
export interface ImportAgentResponse__Output {
  /**
   * The imported agent, with its blocks.
   */
  'agent': (_memsvc_v1_Agent__Output | null);
  /**
   * How many messages were imported.
   */
  'message_count': (number);
  /**
   * How many archival passages were imported.
   */
  'passage_count': (number);
  /**
   * What the file held that memsvc could not map, one line each (e.g. a Letta tool
   * with Python source, tool rules, files). Empty for a memsvc file.
   */
  'unmapped': (string)[];
}
