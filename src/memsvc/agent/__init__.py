"""The agent server's domain: the MemGPT loop and the queue manager (no gRPC here)."""
