// Original file: ../../proto/memsvc/v1/memory_service.proto

/**
 * Where an item of a context block came from.
 */
export const ContextSource = {
  /**
   * Not set.
   */
  CONTEXT_SOURCE_UNSPECIFIED: 'CONTEXT_SOURCE_UNSPECIFIED',
  /**
   * A working-context block; `ref` is its label.
   */
  CONTEXT_SOURCE_BLOCK: 'CONTEXT_SOURCE_BLOCK',
  /**
   * The recursive summary of messages evicted from the agent's main context.
   */
  CONTEXT_SOURCE_SUMMARY: 'CONTEXT_SOURCE_SUMMARY',
  /**
   * A message from recall storage; `ref` is its id.
   */
  CONTEXT_SOURCE_RECALL: 'CONTEXT_SOURCE_RECALL',
  /**
   * A passage from archival storage; `ref` is its id.
   */
  CONTEXT_SOURCE_ARCHIVAL: 'CONTEXT_SOURCE_ARCHIVAL',
} as const;

/**
 * Where an item of a context block came from.
 */
export type ContextSource =
  /**
   * Not set.
   */
  | 'CONTEXT_SOURCE_UNSPECIFIED'
  | 0
  /**
   * A working-context block; `ref` is its label.
   */
  | 'CONTEXT_SOURCE_BLOCK'
  | 1
  /**
   * The recursive summary of messages evicted from the agent's main context.
   */
  | 'CONTEXT_SOURCE_SUMMARY'
  | 2
  /**
   * A message from recall storage; `ref` is its id.
   */
  | 'CONTEXT_SOURCE_RECALL'
  | 3
  /**
   * A passage from archival storage; `ref` is its id.
   */
  | 'CONTEXT_SOURCE_ARCHIVAL'
  | 4

/**
 * Where an item of a context block came from.
 */
export type ContextSource__Output = typeof ContextSource[keyof typeof ContextSource]
