// Original file: ../../proto/memsvc/v1/tool.proto


/**
 * A tool that the client runs itself: its own function, API or UI action, offered to
 * the LLM beside the built-in memory functions. When the LLM calls it, memsvc checks
 * the arguments against `parameters`, and the turn waits for the client's result
 * (a TurnWaiting event, or STOP_REASON_WAITING_FOR_CLIENT from SendMessage).
 */
export interface ClientTool {
  /**
   * The name the LLM calls it by: 1 to 64 characters from [A-Za-z0-9_-], unique
   * within the agent and not the name of a built-in function. Required.
   */
  'name'?: (string);
  /**
   * What the tool does and when to use it, for the LLM: at most 1,024 characters
   * (the longest description LLM providers accept).
   */
  'description'?: (string);
  /**
   * The tool's parameters as a JSON Schema (draft 2020-12) in JSON text, e.g.
   * `{"type": "object", "properties": {"city": {"type": "string"}}, "required":
   * ["city"]}`. The top level must be an object schema (`"type": "object"`, no
   * top-level `anyOf`/`oneOf`/`allOf`/`enum`/`not`), as LLM providers require; at
   * most 64 KiB, strict JSON (no NaN, Infinity, or number too large for a double
   * such as 1e999: INVALID_ARGUMENT, reason INVALID_TOOL, naming where). memsvc adds
   * `request_heartbeat` (and `inner_thoughts`): they may not be declared. Each `pattern` / `patternProperties` regex has at most 1,000
   * characters; the LLM's arguments are matched against them with a deadline, and a
   * call whose check runs out of time fails (the LLM is told). If empty, the tool
   * takes no parameters.
   */
  'parameters'?: (string);
}

/**
 * A tool that the client runs itself: its own function, API or UI action, offered to
 * the LLM beside the built-in memory functions. When the LLM calls it, memsvc checks
 * the arguments against `parameters`, and the turn waits for the client's result
 * (a TurnWaiting event, or STOP_REASON_WAITING_FOR_CLIENT from SendMessage).
 */
export interface ClientTool__Output {
  /**
   * The name the LLM calls it by: 1 to 64 characters from [A-Za-z0-9_-], unique
   * within the agent and not the name of a built-in function. Required.
   */
  'name': (string);
  /**
   * What the tool does and when to use it, for the LLM: at most 1,024 characters
   * (the longest description LLM providers accept).
   */
  'description': (string);
  /**
   * The tool's parameters as a JSON Schema (draft 2020-12) in JSON text, e.g.
   * `{"type": "object", "properties": {"city": {"type": "string"}}, "required":
   * ["city"]}`. The top level must be an object schema (`"type": "object"`, no
   * top-level `anyOf`/`oneOf`/`allOf`/`enum`/`not`), as LLM providers require; at
   * most 64 KiB, strict JSON (no NaN, Infinity, or number too large for a double
   * such as 1e999: INVALID_ARGUMENT, reason INVALID_TOOL, naming where). memsvc adds
   * `request_heartbeat` (and `inner_thoughts`): they may not be declared. Each `pattern` / `patternProperties` regex has at most 1,000
   * characters; the LLM's arguments are matched against them with a deadline, and a
   * call whose check runs out of time fails (the LLM is told). If empty, the tool
   * takes no parameters.
   */
  'parameters': (string);
}
