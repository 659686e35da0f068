"""The memory server's domain: working context, recall and archival storage."""
