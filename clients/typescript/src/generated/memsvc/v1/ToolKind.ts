// Original file: ../../proto/memsvc/v1/tool.proto

/**
 * Who runs a tool.
 */
export const ToolKind = {
  /**
   * Not set.
   */
  TOOL_KIND_UNSPECIFIED: 'TOOL_KIND_UNSPECIFIED',
  /**
   * A built-in memory function, run by memsvc's executor.
   */
  TOOL_KIND_BUILT_IN: 'TOOL_KIND_BUILT_IN',
  /**
   * A client tool (Agent.client_tools), run by the client.
   */
  TOOL_KIND_CLIENT: 'TOOL_KIND_CLIENT',
} as const;

/**
 * Who runs a tool.
 */
export type ToolKind =
  /**
   * Not set.
   */
  | 'TOOL_KIND_UNSPECIFIED'
  | 0
  /**
   * A built-in memory function, run by memsvc's executor.
   */
  | 'TOOL_KIND_BUILT_IN'
  | 1
  /**
   * A client tool (Agent.client_tools), run by the client.
   */
  | 'TOOL_KIND_CLIENT'
  | 2

/**
 * Who runs a tool.
 */
export type ToolKind__Output = typeof ToolKind[keyof typeof ToolKind]
