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
import type { TextDelta__Output } from "./generated/memsvc/v1/TextDelta.js";
import type { StreamStepRequest } from "./generated/memsvc/v1/StreamStepRequest.js";
import type { StreamStepResponse__Output } from "./generated/memsvc/v1/StreamStepResponse.js";
import type { ApprovalDecision } from "./generated/memsvc/v1/ApprovalDecision.js";
import type { CancelTurnResponse__Output } from "./generated/memsvc/v1/CancelTurnResponse.js";
import type { GetTurnResponse__Output } from "./generated/memsvc/v1/GetTurnResponse.js";
import type { ListToolsResponse__Output } from "./generated/memsvc/v1/ListToolsResponse.js";
import type { ListTurnsResponse__Output } from "./generated/memsvc/v1/ListTurnsResponse.js";
import type { PendingCall__Output } from "./generated/memsvc/v1/PendingCall.js";
import type { ResumeTurnResponse__Output } from "./generated/memsvc/v1/ResumeTurnResponse.js";
import type { Tool__Output } from "./generated/memsvc/v1/Tool.js";
import type { ToolResult } from "./generated/memsvc/v1/ToolResult.js";
import type { Turn__Output } from "./generated/memsvc/v1/Turn.js";
import type { WatchAgentResponse__Output } from "./generated/memsvc/v1/WatchAgentResponse.js";
import type { Wakeup__Output } from "./generated/memsvc/v1/Wakeup.js";
import type { WakeupState } from "./generated/memsvc/v1/WakeupState.js";
import type { ListWakeupsResponse__Output } from "./generated/memsvc/v1/ListWakeupsResponse.js";
import type { ScheduleWakeupResponse__Output } from "./generated/memsvc/v1/ScheduleWakeupResponse.js";
import type { CancelWakeupResponse__Output } from "./generated/memsvc/v1/CancelWakeupResponse.js";

/** One event of a turn. `event.event` names the arm that is set, e.g. "inner_thought". */
export type StepEvent = StepEvent__Output;
export type EventKind = NonNullable<StepEvent["event"]>;
/** Input messages: a string is one user message. */
export type Messages = string | MessageInput[];
/** A call a waiting turn waits for (a client tool's result, or an approval). */
export type PendingCall = PendingCall__Output;
/** A piece of a step's inner thoughts or reply as the LLM writes it (token streaming; never stored). */
export type TextDelta = TextDelta__Output;
/** A client tool run here: called with the LLM's arguments; its return value (text, or JSON) is the output. */
export type ToolFunction = (args: Record<string, unknown>) => unknown;
/** Decides a call waiting for approval: true / false, or [decision, reason]. */
export type Approver = (call: PendingCall) => boolean | [boolean, string] | Promise<boolean | [boolean, string]>;
/** How a turn's pending calls are answered here (see StepStream.turn and MemsvcClient.runTurn). */
export interface Handlers {
  tools?: Record<string, ToolFunction>;
  approve?: Approver;
  /**
   * StepStream.turn only: token streaming. Each TextDelta (a piece of the inner thoughts or of
   * the reply, as the LLM writes it) is passed here as it comes, and not kept among the
   * events (the stored events that follow confirm it). Without it the turn is not streamed.
   */
  onDelta?: (delta: TextDelta) => void;
}
/** A turn's events and how it stopped (STOP_REASON_WAITING_FOR_CLIENT if it waits). */
export interface TurnOutcome {
  turnId: string;
  events: StepEvent[];
  stopReason: string;
  pendingCalls: PendingCall[];
}

/** The answer to a pending call by these handlers, or undefined if they cannot answer it. */
export async function answerCall(call: PendingCall, handlers: Handlers): Promise<ToolResult | ApprovalDecision | undefined> {
  if (call.kind === "PENDING_CALL_KIND_APPROVAL") {
    if (!handlers.approve) return undefined;
    const decided = await handlers.approve(call);
    const [approve, reason] = Array.isArray(decided) ? decided : [decided, ""];
    return { call_id: call.call_id, approve, reason };
  }
  const tool = handlers.tools?.[call.name];
  if (!tool) return undefined;
  try {
    const value = await tool(JSON.parse(call.arguments || "{}") as Record<string, unknown>);
    return { call_id: call.call_id, output: typeof value === "string" ? value : JSON.stringify(value) };
  } catch (err) {
    return { call_id: call.call_id, error: String(err) };
  }
}

function isToolResult(answer: ToolResult | ApprovalDecision): answer is ToolResult {
  return "output" in answer || "error" in answer;
}

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

  /** Answers pending calls of the agent's waiting turn and returns what the turn did next. */
  resumeTurn(
    agentId: string,
    answers: (ToolResult | ApprovalDecision)[],
    turnId = "",
  ): Promise<ResumeTurnResponse__Output> {
    const request = {
      agent_id: agentId,
      turn_id: turnId,
      tool_results: answers.filter(isToolResult),
      approvals: answers.filter((a): a is ApprovalDecision => !isToolResult(a)),
    };
    return this.unary((o, cb) => this.agents.resumeTurn(request, o, cb));
  }

  /**
   * SendMessage, then ResumeTurn while the turn waits for calls these handlers can answer
   * (client tools by name, approvals by `approve`). A call nobody here answers leaves it waiting.
   */
  async runTurn(agentId: string, messages: Messages, handlers: Handlers = {}): Promise<TurnOutcome> {
    let reply: SendMessageResponse__Output | ResumeTurnResponse__Output = await this.sendMessage(agentId, messages);
    const events = [...reply.events];
    while (reply.stop_reason === "STOP_REASON_WAITING_FOR_CLIENT") {
      const answers = await Promise.all(reply.pending_calls.map((call) => answerCall(call, handlers)));
      if (answers.some((a) => a === undefined)) break;
      reply = await this.resumeTurn(agentId, answers as (ToolResult | ApprovalDecision)[], reply.turn_id);
      events.push(...reply.events);
    }
    return { turnId: reply.turn_id, events, stopReason: reply.stop_reason, pendingCalls: reply.pending_calls };
  }

  async getTurn(agentId: string, turnId: string): Promise<Turn__Output> {
    const request = { agent_id: agentId, turn_id: turnId };
    return (await this.unary<GetTurnResponse__Output>((o, cb) => this.agents.getTurn(request, o, cb))).turn!;
  }

  /** One page of the agent's turns, newest first. */
  listTurns(agentId: string, pageSize = 50, pageToken = ""): Promise<ListTurnsResponse__Output> {
    const request = { agent_id: agentId, page_size: pageSize, page_token: pageToken };
    return this.unary((o, cb) => this.agents.listTurns(request, o, cb));
  }

  /** Cancels a turn: a waiting one ends now, a running one at its next step. */
  async cancelTurn(agentId: string, turnId: string): Promise<Turn__Output> {
    const request = { agent_id: agentId, turn_id: turnId };
    return (await this.unary<CancelTurnResponse__Output>((o, cb) => this.agents.cancelTurn(request, o, cb))).turn!;
  }

  /** Every tool the agent's LLM may call: built-in functions and client tools. */
  async listTools(agentId: string): Promise<Tool__Output[]> {
    const request = { agent_id: agentId };
    return (await this.unary<ListToolsResponse__Output>((o, cb) => this.agents.listTools(request, o, cb))).tools;
  }

  /**
   * Every event of every turn of the agent as it is stored, whoever started it; from
   * `afterAgentSequence` if given, else from now. Leaving the `for await` ends the watch.
   */
  async *watch(agentId: string, afterAgentSequence?: number): AsyncGenerator<StepEvent> {
    const request =
      afterAgentSequence === undefined
        ? { agent_id: agentId }
        : { agent_id: agentId, after_agent_sequence: afterAgentSequence };
    const call = this.agents.watchAgent(request);
    call.on("error", () => {});
    try {
      for await (const response of call as AsyncIterable<WatchAgentResponse__Output>) {
        if (response.event) yield response.event;
      }
    } catch (err) {
      if ((err as grpc.ServiceError).code !== grpc.status.CANCELLED) throw toMemsvcError(err);
    } finally {
      call.cancel();
    }
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

  /**
   * Schedules a wake-up: `{ at }` a time (a Date; UTC on the wire) or `{ delaySeconds }` from
   * now. At its time the agent gets a turn whose input is a system event naming `reason`.
   */
  async scheduleWakeup(
    agentId: string,
    reason: string,
    when: { at: Date } | { delaySeconds: number },
  ): Promise<Wakeup__Output> {
    const ms = "at" in when ? when.at.getTime() : 0;
    const due = "at" in when
      ? { at: { seconds: Math.floor(ms / 1000), nanos: (((ms % 1000) + 1000) % 1000) * 1e6 } }
      : { delay_seconds: when.delaySeconds };
    const request = { agent_id: agentId, reason, ...due };
    type Response = ScheduleWakeupResponse__Output;
    return (await this.unary<Response>((o, cb) => this.agents.scheduleWakeup(request, o, cb))).wakeup!;
  }

  /** One page of the agent's wake-ups, soonest due first: the pending ones, or those in `states`. */
  listWakeups(
    agentId: string,
    states: WakeupState[] = [],
    pageSize = 50,
    pageToken = "",
  ): Promise<ListWakeupsResponse__Output> {
    const request = { agent_id: agentId, states, page_size: pageSize, page_token: pageToken };
    return this.unary((o, cb) => this.agents.listWakeups(request, o, cb));
  }

  /** Cancels a pending wake-up: it never fires. A fired one rejects (WAKEUP_ALREADY_FIRED). */
  async cancelWakeup(agentId: string, wakeupId: string): Promise<Wakeup__Output> {
    const request = { agent_id: agentId, wakeup_id: wakeupId };
    type Response = CancelWakeupResponse__Output;
    return (await this.unary<Response>((o, cb) => this.agents.cancelWakeup(request, o, cb))).wakeup!;
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

  /** Answers a client tool call of the waiting turn: its output, or (error) why it failed. */
  toolResult(callId: string, outcome: { output: string } | { error: string }): void {
    this.call.write({ agent_id: this.agentId, tool_result: { call_id: callId, ...outcome } });
  }

  /** Approves (or, with approve false, denies) a call waiting for approval. */
  decide(callId: string, approve: boolean, reason = ""): void {
    this.call.write({ agent_id: this.agentId, approval: { call_id: callId, approve, reason } });
  }

  /** Re-attaches to a turn (default: the agent's turn that has not ended), from after `afterSequence`. */
  attach(turnId = "", afterSequence = 0): void {
    this.call.write({ agent_id: this.agentId, attach: { turn_id: turnId, after_sequence: afterSequence } });
  }

  /**
   * Sends one input and collects its events up to its TurnEnd, answering the calls the turn
   * waits for with `handlers`; if some call has no handler, returns with the turn waiting.
   */
  async turn(messages: Messages, handlers: Handlers = {}, extra: Omit<StepInput, "messages"> = {}): Promise<TurnOutcome> {
    this.send(messages, { stream_tokens: handlers.onDelta !== undefined, ...extra });
    const events: StepEvent[] = [];
    const answered = new Set<string>();
    const iterator = this.events();
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      const event = next.value;
      if (event.event === "text_delta") {
        handlers.onDelta?.(event.text_delta!);
        continue;
      }
      if (event.event === "answer_refused") {
        const refused = event.answer_refused!; // not stored: the turn keeps waiting for a valid answer
        throw new Error(`answer to ${refused.call_id} refused (${refused.reason}): ${refused.message}`);
      }
      events.push(event);
      if (event.event === "turn_end") {
        const end = event.turn_end!;
        return { turnId: event.turn_id, events, stopReason: String(end.stop_reason), pendingCalls: [] };
      }
      if (event.event !== "turn_waiting") continue;
      for (const call of event.turn_waiting!.pending_calls) {
        const key = `${call.call_id}/${call.kind}`;
        if (answered.has(key)) continue;
        const answer = await answerCall(call, handlers);
        if (answer === undefined) {
          const pending = event.turn_waiting!.pending_calls;
          return { turnId: event.turn_id, events, stopReason: "STOP_REASON_WAITING_FOR_CLIENT", pendingCalls: pending };
        }
        answered.add(key);
        if (isToolResult(answer)) this.call.write({ agent_id: this.agentId, tool_result: answer });
        else this.call.write({ agent_id: this.agentId, approval: answer });
      }
    }
    throw new Error("the stream ended before the turn ended");
  }

  private iterator?: AsyncIterator<StepEvent>;

  /** The stream's events (one iterator shared by `turn` and `for await`). */
  private events(): AsyncIterator<StepEvent> {
    this.iterator ??= this.read();
    return this.iterator;
  }

  end(): void {
    this.call.end();
  }

  close(): void {
    this.closed = true;
    this.call.cancel();
  }

  [Symbol.asyncIterator](): AsyncIterator<StepEvent> {
    return this.events();
  }

  private async *read(): AsyncGenerator<StepEvent> {
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
