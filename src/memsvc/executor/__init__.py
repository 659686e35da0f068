"""The function executor: runs the LLM's memory functions against the memory server."""
