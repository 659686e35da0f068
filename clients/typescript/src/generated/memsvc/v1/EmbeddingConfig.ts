// Original file: ../../proto/memsvc/v1/agent.proto


/**
 * The embedding model behind an agent's archival storage, in Letta's shape.
 */
export interface EmbeddingConfig {
  /**
   * The model name, e.g. "text-embedding-3-small". If empty with endpoint type
   * "local", "all-MiniLM-L6-v2".
   */
  'embedding_model'?: (string);
  /**
   * The OpenAI-compatible base URL serving `/embeddings`. If empty, the server's
   * MEMSVC_EMBEDDING_BASE_URL applies, else the default for the endpoint type. As
   * with `model_endpoint`: the server's keys go only where its operator configured
   * them, and an endpoint outside MEMSVC_ALLOWED_ENDPOINTS is PERMISSION_DENIED
   * (ENDPOINT_NOT_ALLOWED).
   */
  'embedding_endpoint'?: (string);
  /**
   * "local" (the offline model built into memsvc), "openai", "ollama" or another
   * OpenAI-compatible name. If empty: "local" when the config names neither an
   * `embedding_model` nor an `embedding_endpoint` (so an agent created without
   * `embedding_config` always gets the offline model, whatever the server's
   * MEMSVC_EMBEDDING_BASE_URL), or when no endpoint is given anywhere; else "openai".
   */
  'embedding_endpoint_type'?: (string);
  /**
   * The vector dimension. Every vector the model returns is checked against it.
   * If 0, the model's known dimension (384 for the local model). Required for
   * other endpoints.
   */
  'embedding_dim'?: (number);
  /**
   * The size in tokens of the chunks that ingested documents are split into.
   * If 0, 300 (200 for the local model, which reads at most 256 word pieces).
   */
  'embedding_chunk_size'?: (number);
}

/**
 * The embedding model behind an agent's archival storage, in Letta's shape.
 */
export interface EmbeddingConfig__Output {
  /**
   * The model name, e.g. "text-embedding-3-small". If empty with endpoint type
   * "local", "all-MiniLM-L6-v2".
   */
  'embedding_model': (string);
  /**
   * The OpenAI-compatible base URL serving `/embeddings`. If empty, the server's
   * MEMSVC_EMBEDDING_BASE_URL applies, else the default for the endpoint type. As
   * with `model_endpoint`: the server's keys go only where its operator configured
   * them, and an endpoint outside MEMSVC_ALLOWED_ENDPOINTS is PERMISSION_DENIED
   * (ENDPOINT_NOT_ALLOWED).
   */
  'embedding_endpoint': (string);
  /**
   * "local" (the offline model built into memsvc), "openai", "ollama" or another
   * OpenAI-compatible name. If empty: "local" when the config names neither an
   * `embedding_model` nor an `embedding_endpoint` (so an agent created without
   * `embedding_config` always gets the offline model, whatever the server's
   * MEMSVC_EMBEDDING_BASE_URL), or when no endpoint is given anywhere; else "openai".
   */
  'embedding_endpoint_type': (string);
  /**
   * The vector dimension. Every vector the model returns is checked against it.
   * If 0, the model's known dimension (384 for the local model). Required for
   * other endpoints.
   */
  'embedding_dim': (number);
  /**
   * The size in tokens of the chunks that ingested documents are split into.
   * If 0, 300 (200 for the local model, which reads at most 256 word pieces).
   */
  'embedding_chunk_size': (number);
}
