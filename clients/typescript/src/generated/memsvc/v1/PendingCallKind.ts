// Original file: ../../proto/memsvc/v1/step.proto

/**
 * What a pending call waits for.
 */
export const PendingCallKind = {
  /**
   * Not set.
   */
  PENDING_CALL_KIND_UNSPECIFIED: 'PENDING_CALL_KIND_UNSPECIFIED',
  /**
   * A client tool: the client runs it and sends a ToolResult.
   */
  PENDING_CALL_KIND_CLIENT_TOOL: 'PENDING_CALL_KIND_CLIENT_TOOL',
  /**
   * A call that needs approval: the client sends an ApprovalDecision. An approved
   * built-in function runs on the server; an approved client tool then waits for its
   * ToolResult (kind CLIENT_TOOL).
   */
  PENDING_CALL_KIND_APPROVAL: 'PENDING_CALL_KIND_APPROVAL',
} as const;

/**
 * What a pending call waits for.
 */
export type PendingCallKind =
  /**
   * Not set.
   */
  | 'PENDING_CALL_KIND_UNSPECIFIED'
  | 0
  /**
   * A client tool: the client runs it and sends a ToolResult.
   */
  | 'PENDING_CALL_KIND_CLIENT_TOOL'
  | 1
  /**
   * A call that needs approval: the client sends an ApprovalDecision. An approved
   * built-in function runs on the server; an approved client tool then waits for its
   * ToolResult (kind CLIENT_TOOL).
   */
  | 'PENDING_CALL_KIND_APPROVAL'
  | 2

/**
 * What a pending call waits for.
 */
export type PendingCallKind__Output = typeof PendingCallKind[keyof typeof PendingCallKind]
