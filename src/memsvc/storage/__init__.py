"""Storage backends: SQL (SQLite or PostgreSQL) for records and recall, Qdrant for vectors."""
