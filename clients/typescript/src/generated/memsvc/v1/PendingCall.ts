// Original file: ../../proto/memsvc/v1/step.proto

import type { PendingCallKind as _memsvc_v1_PendingCallKind, PendingCallKind__Output as _memsvc_v1_PendingCallKind__Output } from '../../memsvc/v1/PendingCallKind.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';

/**
 * A function call that waits for the client.
 */
export interface PendingCall {
  /**
   * The call's id: the `call_id` of the ToolResult or ApprovalDecision that answers
   * it.
   */
  'call_id'?: (string);
  /**
   * The tool's name.
   */
  'name'?: (string);
  /**
   * The arguments as a JSON object (inner thoughts and request_heartbeat removed).
   * For a client tool they have been checked against its `parameters` schema.
   */
  'arguments'?: (string);
  /**
   * What the turn waits for.
   */
  'kind'?: (_memsvc_v1_PendingCallKind);
  /**
   * Since when the call waits.
   */
  'wait_start_time'?: (_google_protobuf_Timestamp | null);
  /**
   * When the wait expires: then a client tool's call fails with a result saying
   * the client did not answer in time, and a call waiting for approval is denied.
   * The LLM sees either and carries on.
   */
  'expire_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * A function call that waits for the client.
 */
export interface PendingCall__Output {
  /**
   * The call's id: the `call_id` of the ToolResult or ApprovalDecision that answers
   * it.
   */
  'call_id': (string);
  /**
   * The tool's name.
   */
  'name': (string);
  /**
   * The arguments as a JSON object (inner thoughts and request_heartbeat removed).
   * For a client tool they have been checked against its `parameters` schema.
   */
  'arguments': (string);
  /**
   * What the turn waits for.
   */
  'kind': (_memsvc_v1_PendingCallKind__Output);
  /**
   * Since when the call waits.
   */
  'wait_start_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * When the wait expires: then a client tool's call fails with a result saying
   * the client did not answer in time, and a call waiting for approval is denied.
   * The LLM sees either and carries on.
   */
  'expire_time': (_google_protobuf_Timestamp__Output | null);
}
