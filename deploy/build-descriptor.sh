#!/usr/bin/env bash
# Builds deploy/memsvc.binpb, the descriptor set Envoy's gRPC-JSON transcoder loads:
# memsvc.v1.AgentService and memsvc.v1.MemoryService with every type they use and their
# google.api.http rules, plus google.rpc.Status and the error details memsvc sends
# (ErrorInfo, BadRequest, RetryInfo), so errors come back as JSON google.rpc.Status.
#
# Usage: deploy/build-descriptor.sh [OUTPUT]     (default: deploy/memsvc.binpb)
# Run it after changing proto/; tests/test_deploy.py fails while the committed file is stale.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/deploy/memsvc.binpb}"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
buf="${BUF:-$root/clients/typescript/node_modules/.bin/buf}"
[ -x "$buf" ] || { echo "buf not found at $buf: run scripts/install test (or set BUF)" >&2; exit 1; }
cd "$root"
# No source info: comments are not needed by Envoy, and comment edits leave the file unchanged.
"$buf" build \
  --config '{"version": "v2", "modules": [{"path": "proto"}, {"path": "third_party/googleapis"}]}' \
  --path proto/memsvc/v1/agent_service.proto \
  --path proto/memsvc/v1/memory_service.proto \
  --path third_party/googleapis/google/rpc/status.proto \
  --path third_party/googleapis/google/rpc/error_details.proto \
  --as-file-descriptor-set --exclude-source-info \
  -o "$out"
