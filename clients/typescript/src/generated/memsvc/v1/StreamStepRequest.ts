// Original file: ../../proto/memsvc/v1/agent_service.proto

import type { StepInput as _memsvc_v1_StepInput, StepInput__Output as _memsvc_v1_StepInput__Output } from '../../memsvc/v1/StepInput.js';
import type { CancelTurn as _memsvc_v1_CancelTurn, CancelTurn__Output as _memsvc_v1_CancelTurn__Output } from '../../memsvc/v1/CancelTurn.js';
import type { ToolResult as _memsvc_v1_ToolResult, ToolResult__Output as _memsvc_v1_ToolResult__Output } from '../../memsvc/v1/ToolResult.js';
import type { ApprovalDecision as _memsvc_v1_ApprovalDecision, ApprovalDecision__Output as _memsvc_v1_ApprovalDecision__Output } from '../../memsvc/v1/ApprovalDecision.js';
import type { AttachTurn as _memsvc_v1_AttachTurn, AttachTurn__Output as _memsvc_v1_AttachTurn__Output } from '../../memsvc/v1/AttachTurn.js';

/**
 * A client message on the StreamStep stream.
 */
export interface StreamStepRequest {
  /**
   * The agent this stream drives. Required on the first request; later requests may
   * leave it empty or repeat it, and may not name another agent.
   */
  'agent_id'?: (string);
  /**
   * Runs one turn with these messages.
   */
  'input'?: (_memsvc_v1_StepInput | null);
  /**
   * Stops the stream's running turn at its next step boundary, or ends its waiting
   * turn.
   */
  'cancel'?: (_memsvc_v1_CancelTurn | null);
  /**
   * The result of a client tool call the stream's turn waits for.
   */
  'tool_result'?: (_memsvc_v1_ToolResult | null);
  /**
   * Approves or denies a call the stream's turn waits for.
   */
  'approval'?: (_memsvc_v1_ApprovalDecision | null);
  /**
   * Re-attaches to a turn of the agent, e.g. after a dropped connection.
   */
  'attach'?: (_memsvc_v1_AttachTurn | null);
  /**
   * What the client wants.
   */
  'request'?: "input"|"cancel"|"tool_result"|"approval"|"attach";
}

/**
 * A client message on the StreamStep stream.
 */
export interface StreamStepRequest__Output {
  /**
   * The agent this stream drives. Required on the first request; later requests may
   * leave it empty or repeat it, and may not name another agent.
   */
  'agent_id': (string);
  /**
   * Runs one turn with these messages.
   */
  'input'?: (_memsvc_v1_StepInput__Output | null);
  /**
   * Stops the stream's running turn at its next step boundary, or ends its waiting
   * turn.
   */
  'cancel'?: (_memsvc_v1_CancelTurn__Output | null);
  /**
   * The result of a client tool call the stream's turn waits for.
   */
  'tool_result'?: (_memsvc_v1_ToolResult__Output | null);
  /**
   * Approves or denies a call the stream's turn waits for.
   */
  'approval'?: (_memsvc_v1_ApprovalDecision__Output | null);
  /**
   * Re-attaches to a turn of the agent, e.g. after a dropped connection.
   */
  'attach'?: (_memsvc_v1_AttachTurn__Output | null);
  /**
   * What the client wants.
   */
  'request'?: "input"|"cancel"|"tool_result"|"approval"|"attach";
}
