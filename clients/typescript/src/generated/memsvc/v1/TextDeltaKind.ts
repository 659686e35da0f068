// Original file: ../../proto/memsvc/v1/step.proto

/**
 * What text a TextDelta continues.
 */
export const TextDeltaKind = {
  /**
   * Not set.
   */
  TEXT_DELTA_KIND_UNSPECIFIED: 'TEXT_DELTA_KIND_UNSPECIFIED',
  /**
   * The LLM's inner thoughts of the step (the InnerThought event's text).
   */
  TEXT_DELTA_KIND_INNER_THOUGHT: 'TEXT_DELTA_KIND_INNER_THOUGHT',
  /**
   * What the agent says to the user: the `message` argument of a send_message call
   * (the AssistantMessage event's content).
   */
  TEXT_DELTA_KIND_ASSISTANT_MESSAGE: 'TEXT_DELTA_KIND_ASSISTANT_MESSAGE',
} as const;

/**
 * What text a TextDelta continues.
 */
export type TextDeltaKind =
  /**
   * Not set.
   */
  | 'TEXT_DELTA_KIND_UNSPECIFIED'
  | 0
  /**
   * The LLM's inner thoughts of the step (the InnerThought event's text).
   */
  | 'TEXT_DELTA_KIND_INNER_THOUGHT'
  | 1
  /**
   * What the agent says to the user: the `message` argument of a send_message call
   * (the AssistantMessage event's content).
   */
  | 'TEXT_DELTA_KIND_ASSISTANT_MESSAGE'
  | 2

/**
 * What text a TextDelta continues.
 */
export type TextDeltaKind__Output = typeof TextDeltaKind[keyof typeof TextDeltaKind]
