#!/bin/sh
# Generates the TypeScript types of the protos (../../proto) into src/generated, or
# into the directory given as the first argument. Run it after changing the protos:
# `npm run generate`. The options must match LOADER_OPTIONS in src/client.ts.
set -eu
cd "$(dirname "$0")/.."
out="${1:-src/generated}"
rm -rf "$out"
exec node_modules/.bin/proto-loader-gen-types \
  --keepCase --longs=String --enums=String --defaults --oneofs --includeComments \
  --grpcLib=@grpc/grpc-js --importFileExtension=.js \
  -I ../../proto -I ../../third_party/googleapis -O "$out" \
  $(cd ../../proto && ls memsvc/v1/*.proto)
