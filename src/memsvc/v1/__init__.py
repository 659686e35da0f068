"""Generated protobuf and gRPC code for the memsvc.v1 API (from proto/memsvc/v1). Do not edit."""
