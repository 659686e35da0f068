// Original file: ../../proto/memsvc/v1/agent_service.proto

import type { ToolResult as _memsvc_v1_ToolResult, ToolResult__Output as _memsvc_v1_ToolResult__Output } from '../../memsvc/v1/ToolResult.js';
import type { ApprovalDecision as _memsvc_v1_ApprovalDecision, ApprovalDecision__Output as _memsvc_v1_ApprovalDecision__Output } from '../../memsvc/v1/ApprovalDecision.js';

/**
 * Request of AgentService.ResumeTurn.
 */
export interface ResumeTurnRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * The waiting turn's id. If empty, the agent's waiting turn.
   */
  'turn_id'?: (string);
  /**
   * Results of client tool calls.
   */
  'tool_results'?: (_memsvc_v1_ToolResult)[];
  /**
   * Decisions on calls waiting for approval.
   */
  'approvals'?: (_memsvc_v1_ApprovalDecision)[];
}

/**
 * Request of AgentService.ResumeTurn.
 */
export interface ResumeTurnRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * The waiting turn's id. If empty, the agent's waiting turn.
   */
  'turn_id': (string);
  /**
   * Results of client tool calls.
   */
  'tool_results': (_memsvc_v1_ToolResult__Output)[];
  /**
   * Decisions on calls waiting for approval.
   */
  'approvals': (_memsvc_v1_ApprovalDecision__Output)[];
}
