// The memsvc TypeScript client: MemsvcClient, its typed errors, and the generated types.

export { MemsvcClient, StepStream, answerCall } from "./client.js";
export type {
  Approver,
  ClientOptions,
  EventKind,
  Handlers,
  Messages,
  PendingCall,
  StepEvent,
  TextDelta,
  ToolFunction,
  TurnOutcome,
} from "./client.js";
export { MemsvcError, toMemsvcError } from "./errors.js";
export type { FieldViolation, RpcStatus } from "./errors.js";
export { LOADER_OPTIONS, PROTO_DIRS } from "./protos.js";
export type { Agent, Agent__Output } from "./generated/memsvc/v1/Agent.js";
export type { CreateAgentRequest } from "./generated/memsvc/v1/CreateAgentRequest.js";
export type { MemoryBlock, MemoryBlock__Output } from "./generated/memsvc/v1/MemoryBlock.js";
export type { Message__Output } from "./generated/memsvc/v1/Message.js";
export type { MessageInput } from "./generated/memsvc/v1/MessageInput.js";
export type { Passage__Output } from "./generated/memsvc/v1/Passage.js";
export type { StopReason__Output } from "./generated/memsvc/v1/StopReason.js";
export type { ClientTool } from "./generated/memsvc/v1/ClientTool.js";
export type { Turn__Output } from "./generated/memsvc/v1/Turn.js";
export type { Wakeup__Output } from "./generated/memsvc/v1/Wakeup.js";
export type { WakeupState } from "./generated/memsvc/v1/WakeupState.js";
