// Original file: ../../proto/memsvc/v1/step.proto

/**
 * What a turn is for.
 */
export const TurnKind = {
  /**
   * Not set (turns stored before kinds existed are conversation turns).
   */
  TURN_KIND_UNSPECIFIED: 'TURN_KIND_UNSPECIFIED',
  /**
   * The agent answers input (SendMessage, StreamStep).
   */
  TURN_KIND_CONVERSATION: 'TURN_KIND_CONVERSATION',
  /**
   * Background memory consolidation (ConsolidationConfig, AgentService.ConsolidateAgent):
   * the agent's LLM (or its consolidation model) reviews recent messages and memory
   * and corrects memory through the memory functions. It sends nothing to the user
   * and adds nothing to the agent's messages.
   */
  TURN_KIND_CONSOLIDATION: 'TURN_KIND_CONSOLIDATION',
} as const;

/**
 * What a turn is for.
 */
export type TurnKind =
  /**
   * Not set (turns stored before kinds existed are conversation turns).
   */
  | 'TURN_KIND_UNSPECIFIED'
  | 0
  /**
   * The agent answers input (SendMessage, StreamStep).
   */
  | 'TURN_KIND_CONVERSATION'
  | 1
  /**
   * Background memory consolidation (ConsolidationConfig, AgentService.ConsolidateAgent):
   * the agent's LLM (or its consolidation model) reviews recent messages and memory
   * and corrects memory through the memory functions. It sends nothing to the user
   * and adds nothing to the agent's messages.
   */
  | 'TURN_KIND_CONSOLIDATION'
  | 2

/**
 * What a turn is for.
 */
export type TurnKind__Output = typeof TurnKind[keyof typeof TurnKind]
