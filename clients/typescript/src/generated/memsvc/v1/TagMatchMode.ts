// Original file: ../../proto/memsvc/v1/memory.proto

/**
 * How several tags in a filter combine.
 */
export const TagMatchMode = {
  /**
   * Not set: TAG_MATCH_MODE_ANY.
   */
  TAG_MATCH_MODE_UNSPECIFIED: 'TAG_MATCH_MODE_UNSPECIFIED',
  /**
   * A passage matches if it has at least one of the tags.
   */
  TAG_MATCH_MODE_ANY: 'TAG_MATCH_MODE_ANY',
  /**
   * A passage matches if it has all of the tags.
   */
  TAG_MATCH_MODE_ALL: 'TAG_MATCH_MODE_ALL',
} as const;

/**
 * How several tags in a filter combine.
 */
export type TagMatchMode =
  /**
   * Not set: TAG_MATCH_MODE_ANY.
   */
  | 'TAG_MATCH_MODE_UNSPECIFIED'
  | 0
  /**
   * A passage matches if it has at least one of the tags.
   */
  | 'TAG_MATCH_MODE_ANY'
  | 1
  /**
   * A passage matches if it has all of the tags.
   */
  | 'TAG_MATCH_MODE_ALL'
  | 2

/**
 * How several tags in a filter combine.
 */
export type TagMatchMode__Output = typeof TagMatchMode[keyof typeof TagMatchMode]
