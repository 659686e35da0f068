// MemsvcClient: a small typed wrapper over the generated AgentService and MemoryService
// clients. Unary calls return promises; StreamStep is an async iterator of events.
// Every failed call rejects with a MemsvcError.

import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";
import { toMemsvcError } from "./errors.js";
import { LOADER_OPTIONS } from "./protos.js";
import type { ProtoGrpcType as AgentProto } from "./generated/agent_service.js";
import type { ProtoGrpcType as MemoryProto } from "./generated/memory_service.js";
import type { Agent__Output } from "./generated/memsvc/v1/Agent.js";
import type { AgentServiceClient } from "./generated/memsvc/v1/AgentService.js";
import type { CreateAgentRequest } from "./generated/memsvc/v1/CreateAgentRequest.js";
import type { CreateAgentResponse__Output } from "./generated/memsvc/v1/CreateAgentResponse.js";
import type { GetAgentResponse__Output } from "./generated/memsvc/v1/GetAgentResponse.js";
import type { GetMemoryBlockResponse__Output } from "./generated/memsvc/v1/GetMemoryBlockResponse.js";
import type { InsertArchivalMemoryRequest } from "./generated/memsvc/v1/InsertArchivalMemoryRequest.js";
import type { InsertArchivalMemoryResponse__Output } from "./generated/memsvc/v1/InsertArchivalMemoryResponse.js";
import type { ListMessagesRequest } from "./generated/memsvc/v1/ListMessagesRequest.js";
import type { ListMessagesResponse__Output } from "./generated/memsvc/v1/ListMessagesResponse.js";
import type { MemoryBlock__Output } from "./generated/memsvc/v1/MemoryBlock.js";
import type { MemoryServiceClient } from "./generated/memsvc/v1/MemoryService.js";
import type { MessageInput } from "./generated/memsvc/v1/MessageInput.js";
import type { SearchArchivalMemoryRequest } from "./generated/memsvc/v1/SearchArchivalMemoryRequest.js";
import type { SearchArchivalMemoryResponse__Output } from "./generated/memsvc/v1/SearchArchivalMemoryResponse.js";
import type { SendMessageRequest } from "./generated/memsvc/v1/SendMessageRequest.js";
import type { SendMessageResponse__Output } from "./generated/memsvc/v1/SendMessageResponse.js";
import type { StepEvent__Output } from "./generated/memsvc/v1/StepEvent.js";
import type { StepInput } from "./generated/memsvc/v1/StepInput.js";
import type { StreamStepRequest } from "./generated/memsvc/v1/StreamStepRequest.js";
import type { StreamStepResponse__Output } from "./generated/memsvc/v1/StreamStepResponse.js";

/** One event of a turn. `event.event` names the arm that is set, e.g. "inner_thought". */
export type StepEvent = StepEvent__Output;
export type EventKind = NonNullable<StepEvent["event"]>;
/** Input messages: a string is one user message. */
export type Messages = string | MessageInput[];

export interface ClientOptions {
  /** Channel credentials; plaintext if not given. */
  credentials?: grpc.ChannelCredentials;
  /** The memory server's address, in a split deployment; else the same as the agent server's. */
  memoryAddress?: string;
  /** A deadline for each unary call, in milliseconds; none if not given. */
  timeoutMs?: number;
}

type Protos = AgentProto & MemoryProto;
let protos: Protos | undefined;

/** Loads the .proto files (once) and returns the generated service constructors. */
function loadProtos(): Protos {
  const files = ["memsvc/v1/agent_service.proto", "memsvc/v1/memory_service.proto"];
  protos ??= grpc.loadPackageDefinition(protoLoader.loadSync(files, LOADER_OPTIONS)) as unknown as Protos;
  return protos;
}

function toInputs(messages: Messages): MessageInput[] {
  return typeof messages === "string" ? [{ role: "MESSAGE_ROLE_USER", content: messages }] : messages;
}

export class MemsvcClient {
  readonly agents: AgentServiceClient;
  readonly memory: MemoryServiceClient;
  private readonly timeoutMs?: number;

  /** `address` is the agent server (or the all-in-one server), e.g. "localhost:50051". */
  constructor(address: string, options: ClientOptions = {}) {
    const { memsvc } = loadProtos();
    const credentials = options.credentials ?? grpc.credentials.createInsecure();
    this.agents = new memsvc.v1.AgentService(address, credentials);
    this.memory = new memsvc.v1.MemoryService(options.memoryAddress ?? address, credentials);
    this.timeoutMs = options.timeoutMs;
  }

  close(): void {
    this.agents.close();
    this.memory.close();
  }

  async createAgent(request: CreateAgentRequest): Promise<Agent__Output> {
    const response = await this.unary<CreateAgentResponse__Output>((o, cb) => this.agents.createAgent(request, o, cb));
    return response.agent!;
  }

  async getAgent(agentId: string): Promise<Agent__Output> {
    const request = { agent_id: agentId };
    const response = await this.unary<GetAgentResponse__Output>((o, cb) => this.agents.getAgent(request, o, cb));
    return response.agent!;
  }

  /** Runs one turn to completion and returns all of its events. */
  sendMessage(
    agentId: string,
    messages: Messages,
    extra: Omit<SendMessageRequest, "agent_id" | "messages"> = {},
  ): Promise<SendMessageResponse__Output> {
    const request = { ...extra, agent_id: agentId, messages: toInputs(messages) };
    return this.unary((o, cb) => this.agents.sendMessage(request, o, cb));
  }

  /** Opens a StreamStep stream for the agent; `send` on it starts a turn. */
  streamStep(agentId: string): StepStream {
    return new StepStream(this.agents.streamStep(), agentId);
  }

  listMessages(
    agentId: string,
    extra: Omit<ListMessagesRequest, "agent_id"> = {},
  ): Promise<ListMessagesResponse__Output> {
    return this.unary((o, cb) => this.agents.listMessages({ ...extra, agent_id: agentId }, o, cb));
  }

  async getMemoryBlock(agentId: string, label: string): Promise<MemoryBlock__Output> {
    const request = { agent_id: agentId, label };
    type Response = GetMemoryBlockResponse__Output;
    const response = await this.unary<Response>((o, cb) => this.memory.getMemoryBlock(request, o, cb));
    return response.block!;
  }

  insertArchival(
    agentId: string,
    content: string,
    extra: Omit<InsertArchivalMemoryRequest, "agent_id" | "content"> = {},
  ): Promise<InsertArchivalMemoryResponse__Output> {
    const request = { ...extra, agent_id: agentId, content };
    return this.unary((o, cb) => this.memory.insertArchivalMemory(request, o, cb));
  }

  searchArchival(
    agentId: string,
    query: string,
    extra: Omit<SearchArchivalMemoryRequest, "agent_id" | "query"> = {},
  ): Promise<SearchArchivalMemoryResponse__Output> {
    const request = { ...extra, agent_id: agentId, query };
    return this.unary((o, cb) => this.memory.searchArchivalMemory(request, o, cb));
  }

  /** Makes a unary call with this client's deadline; rejects with a MemsvcError. */
  private unary<T>(start: (options: grpc.CallOptions, callback: grpc.requestCallback<T>) => void): Promise<T> {
    const options = this.timeoutMs === undefined ? {} : { deadline: Date.now() + this.timeoutMs };
    return new Promise((resolve, reject) =>
      start(options, (err, response) => (err ? reject(toMemsvcError(err)) : resolve(response!))),
    );
  }
}

/**
 * A StreamStep call. Iterate it (`for await`) for the events of every turn, as they
 * happen; `send` starts a turn (inputs sent while one runs wait their turn),
 * `cancelTurn` stops the running turn at its next step, `end` says no more input is
 * coming (the iteration then finishes once the queued turns have run), and `close`
 * drops the call at once. Leaving the `for await` early closes it too.
 */
export class StepStream implements AsyncIterable<StepEvent> {
  private closed = false;

  constructor(
    private readonly call: grpc.ClientDuplexStream<StreamStepRequest, StreamStepResponse__Output>,
    readonly agentId: string,
  ) {
    call.on("error", () => {}); // errors reach the iterator; this keeps them from being uncaught
  }

  send(messages: Messages, extra: Omit<StepInput, "messages"> = {}): void {
    this.call.write({ agent_id: this.agentId, input: { ...extra, messages: toInputs(messages) } });
  }

  cancelTurn(): void {
    this.call.write({ agent_id: this.agentId, cancel: {} });
  }

  end(): void {
    this.call.end();
  }

  close(): void {
    this.closed = true;
    this.call.cancel();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<StepEvent> {
    try {
      for await (const response of this.call as AsyncIterable<StreamStepResponse__Output>) {
        if (response.event) yield response.event;
      }
    } catch (err) {
      if (this.closed && (err as grpc.ServiceError).code === grpc.status.CANCELLED) return; // closed by us
      throw toMemsvcError(err);
    } finally {
      if (!this.closed) this.close(); // a no-op once the server has finished the call
    }
  }
}
