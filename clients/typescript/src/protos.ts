// Where the .proto files are read from at run time, and how proto-loader decodes them.

import type { Options } from "@grpc/proto-loader";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

// This file runs from src/ (tsx) or dist/ (compiled); either way the package root is
// one level up, and the repository's protos two levels above that.
const packageRoot = fileURLToPath(new URL("..", import.meta.url));

/** The include directories: memsvc's protos and the vendored googleapis files. */
export const PROTO_DIRS = [
  resolve(packageRoot, "../../proto"),
  resolve(packageRoot, "../../third_party/googleapis"),
];

/**
 * The options the types in src/generated were generated with (scripts/generate.sh):
 * field names as in the protos (snake_case, like the JSON bodies of the README),
 * enums as their names, 64-bit integers as strings, defaults filled in, and a
 * virtual field naming the arm of each oneof that is set (e.g. `event.event`).
 */
export const LOADER_OPTIONS: Options = {
  keepCase: true,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: PROTO_DIRS,
};
