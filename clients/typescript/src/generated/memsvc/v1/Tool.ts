// Original file: ../../proto/memsvc/v1/tool.proto

import type { ToolKind as _memsvc_v1_ToolKind, ToolKind__Output as _memsvc_v1_ToolKind__Output } from '../../memsvc/v1/ToolKind.js';

/**
 * A tool an agent's LLM may call, as ListTools reports it.
 */
export interface Tool {
  /**
   * The tool's name.
   */
  'name'?: (string);
  /**
   * What it does, as the LLM reads it.
   */
  'description'?: (string);
  /**
   * Its parameters as a JSON Schema object in JSON text, exactly as the LLM sees
   * them: with `request_heartbeat`, and `inner_thoughts` when the agent's
   * `put_inner_thoughts_in_kwargs` is set.
   */
  'parameters'?: (string);
  /**
   * Who runs it.
   */
  'kind'?: (_memsvc_v1_ToolKind);
  /**
   * Whether its calls wait for approval (the agent's `tools_requiring_approval`).
   */
  'requires_approval'?: (boolean);
}

/**
 * A tool an agent's LLM may call, as ListTools reports it.
 */
export interface Tool__Output {
  /**
   * The tool's name.
   */
  'name': (string);
  /**
   * What it does, as the LLM reads it.
   */
  'description': (string);
  /**
   * Its parameters as a JSON Schema object in JSON text, exactly as the LLM sees
   * them: with `request_heartbeat`, and `inner_thoughts` when the agent's
   * `put_inner_thoughts_in_kwargs` is set.
   */
  'parameters': (string);
  /**
   * Who runs it.
   */
  'kind': (_memsvc_v1_ToolKind__Output);
  /**
   * Whether its calls wait for approval (the agent's `tools_requiring_approval`).
   */
  'requires_approval': (boolean);
}
