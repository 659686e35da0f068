// MemsvcError: a failed call's gRPC code with the google.rpc details memsvc attaches
// (ErrorInfo with a stable reason, BadRequest naming the field, RetryInfo).

import * as grpc from "@grpc/grpc-js";
import protobuf from "protobufjs";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { PROTO_DIRS } from "./protos.js";

/** A google.rpc.Status as proto-loader or protobufjs decodes it. */
export interface RpcStatus {
  code: number;
  message: string;
  details?: { type_url: string; value: Uint8Array }[];
}

export interface FieldViolation {
  field: string;
  description: string;
}

export class MemsvcError extends Error {
  override readonly name = "MemsvcError";

  constructor(
    /** The canonical gRPC code, e.g. grpc.status.NOT_FOUND. */
    readonly code: grpc.status,
    /** The server's message: what went wrong and what to fix. */
    readonly details: string,
    /** ErrorInfo.reason, stable across versions (e.g. "AGENT_NOT_FOUND"); "" if the server sent none. */
    readonly reason = "",
    /** ErrorInfo.domain ("memsvc") and metadata. */
    readonly domain = "",
    readonly metadata: Record<string, string> = {},
    /** BadRequest: the request fields that were invalid. */
    readonly fieldViolations: FieldViolation[] = [],
    /** RetryInfo: how long to wait before retrying, if the server said. */
    readonly retryDelayMs?: number,
  ) {
    super(`${grpc.status[code] ?? code}${reason ? ` ${reason}` : ""}: ${details}`);
  }

  /** The code's name, e.g. "NOT_FOUND". */
  get codeName(): string {
    return grpc.status[this.code] ?? String(this.code);
  }

  /** The error a google.rpc.Status describes (a trailer, or TurnEnd.error). */
  static fromStatus(status: RpcStatus): MemsvcError {
    const types = detailTypes();
    let info: { reason?: string; domain?: string; metadata?: Record<string, string> } = {};
    let violations: FieldViolation[] = [];
    let retryDelayMs: number | undefined;
    for (const any of status.details ?? []) {
      const name = any.type_url.slice(any.type_url.lastIndexOf("/") + 1);
      const type = types[name];
      if (!type) continue; // a detail this client does not know
      const detail = type.toObject(type.decode(any.value), { longs: Number, defaults: true });
      if (name === "google.rpc.ErrorInfo") info = detail;
      if (name === "google.rpc.BadRequest") violations = detail.field_violations;
      if (name === "google.rpc.RetryInfo" && detail.retry_delay) {
        retryDelayMs = detail.retry_delay.seconds * 1000 + detail.retry_delay.nanos / 1e6;
      }
    }
    return new MemsvcError(
      status.code,
      status.message,
      info.reason,
      info.domain,
      info.metadata,
      violations,
      retryDelayMs,
    );
  }
}

/** The MemsvcError of a failed gRPC call, read from its grpc-status-details-bin trailer. */
export function toMemsvcError(err: unknown): unknown {
  if (err instanceof MemsvcError || !isServiceError(err)) return err;
  const [bin] = err.metadata?.get("grpc-status-details-bin") ?? [];
  if (bin instanceof Buffer) {
    const status = detailTypes()["google.rpc.Status"]!.decode(bin) as unknown as RpcStatus;
    return MemsvcError.fromStatus({ ...status, code: err.code });
  }
  return new MemsvcError(err.code, err.details);
}

function isServiceError(err: unknown): err is grpc.ServiceError {
  return err instanceof Error && typeof (err as grpc.ServiceError).code === "number" && "details" in err;
}

// google/rpc/error_details.proto is not vendored: these are the messages of it that
// memsvc sends, with their field numbers (google.protobuf.Duration is bundled with protobufjs).
const ERROR_DETAILS = `
syntax = "proto3";
package google.rpc;
message ErrorInfo { string reason = 1; string domain = 2; map<string, string> metadata = 3; }
message RetryInfo { google.protobuf.Duration retry_delay = 1; }
message BadRequest {
  message FieldViolation { string field = 1; string description = 2; }
  repeated FieldViolation field_violations = 1;
}
`;

let types: Record<string, protobuf.Type> | undefined;

function detailTypes(): Record<string, protobuf.Type> {
  if (types) return types;
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => PROTO_DIRS.map((dir) => join(dir, target)).find(existsSync) ?? target;
  root.loadSync(["google/rpc/status.proto", "google/protobuf/duration.proto"], { keepCase: true });
  protobuf.parse(ERROR_DETAILS, root, { keepCase: true });
  root.resolveAll();
  const names = ["google.rpc.Status", "google.rpc.ErrorInfo", "google.rpc.RetryInfo", "google.rpc.BadRequest"];
  types = Object.fromEntries(names.map((name) => [name, root.lookupType(name)]));
  return types;
}
