// Original file: ../../proto/memsvc/v1/agent.proto


/**
 * The LLM behind an agent, in Letta's shape. Any OpenAI-compatible chat-completions
 * endpoint with tool calling works (OpenAI, DeepSeek, vLLM, Ollama, ...).
 */
export interface LlmConfig {
  /**
   * The model name sent to the endpoint, e.g. "deepseek-chat". Required.
   */
  'model'?: (string);
  /**
   * The OpenAI-compatible base URL, e.g. "https://api.deepseek.com/v1". If empty,
   * the server's MEMSVC_LLM_BASE_URL applies, else the default for
   * `model_endpoint_type`. When MEMSVC_LLM_BASE_URL is set it overrides this field
   * for every agent (the operator's choice wins). The server's API keys are sent only
   * to the endpoints its operator configured them for, never to another one named here;
   * an endpoint outside MEMSVC_ALLOWED_ENDPOINTS (by default, with API keys: only the
   * configured ones) is PERMISSION_DENIED with reason ENDPOINT_NOT_ALLOWED.
   */
  'model_endpoint'?: (string);
  /**
   * The provider kind: "openai", "deepseek", "ollama", "vllm" or any other
   * OpenAI-compatible name. Used for defaults only. If empty, "openai".
   */
  'model_endpoint_type'?: (string);
  /**
   * The size of the model's context window in tokens, e.g. 16384. The prompt sent
   * to the LLM never exceeds it. Required; at least 2048.
   */
  'context_window'?: (number);
  /**
   * If true, every function gets a first argument `inner_thoughts` in which the LLM
   * writes its private reasoning. If false, the reasoning is taken from the message
   * content or the provider's `reasoning_content`. If not specified, true.
   */
  'put_inner_thoughts_in_kwargs'?: (boolean);
  /**
   * The sampling temperature. If not specified, the provider's default.
   */
  'temperature'?: (number | string);
  /**
   * The most tokens one LLM reply may have. If 0, 1024. This much of the context
   * window is reserved for the reply.
   */
  'max_tokens'?: (number);
  '_put_inner_thoughts_in_kwargs'?: "put_inner_thoughts_in_kwargs";
  '_temperature'?: "temperature";
}

/**
 * The LLM behind an agent, in Letta's shape. Any OpenAI-compatible chat-completions
 * endpoint with tool calling works (OpenAI, DeepSeek, vLLM, Ollama, ...).
 */
export interface LlmConfig__Output {
  /**
   * The model name sent to the endpoint, e.g. "deepseek-chat". Required.
   */
  'model': (string);
  /**
   * The OpenAI-compatible base URL, e.g. "https://api.deepseek.com/v1". If empty,
   * the server's MEMSVC_LLM_BASE_URL applies, else the default for
   * `model_endpoint_type`. When MEMSVC_LLM_BASE_URL is set it overrides this field
   * for every agent (the operator's choice wins). The server's API keys are sent only
   * to the endpoints its operator configured them for, never to another one named here;
   * an endpoint outside MEMSVC_ALLOWED_ENDPOINTS (by default, with API keys: only the
   * configured ones) is PERMISSION_DENIED with reason ENDPOINT_NOT_ALLOWED.
   */
  'model_endpoint': (string);
  /**
   * The provider kind: "openai", "deepseek", "ollama", "vllm" or any other
   * OpenAI-compatible name. Used for defaults only. If empty, "openai".
   */
  'model_endpoint_type': (string);
  /**
   * The size of the model's context window in tokens, e.g. 16384. The prompt sent
   * to the LLM never exceeds it. Required; at least 2048.
   */
  'context_window': (number);
  /**
   * If true, every function gets a first argument `inner_thoughts` in which the LLM
   * writes its private reasoning. If false, the reasoning is taken from the message
   * content or the provider's `reasoning_content`. If not specified, true.
   */
  'put_inner_thoughts_in_kwargs'?: (boolean);
  /**
   * The sampling temperature. If not specified, the provider's default.
   */
  'temperature'?: (number);
  /**
   * The most tokens one LLM reply may have. If 0, 1024. This much of the context
   * window is reserved for the reply.
   */
  'max_tokens': (number);
  '_put_inner_thoughts_in_kwargs'?: "put_inner_thoughts_in_kwargs";
  '_temperature'?: "temperature";
}
