// Original file: ../../proto/memsvc/v1/agent_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AppendConversationRequest as _memsvc_v1_AppendConversationRequest, AppendConversationRequest__Output as _memsvc_v1_AppendConversationRequest__Output } from '../../memsvc/v1/AppendConversationRequest.js';
import type { AppendConversationResponse as _memsvc_v1_AppendConversationResponse, AppendConversationResponse__Output as _memsvc_v1_AppendConversationResponse__Output } from '../../memsvc/v1/AppendConversationResponse.js';
import type { CreateAgentRequest as _memsvc_v1_CreateAgentRequest, CreateAgentRequest__Output as _memsvc_v1_CreateAgentRequest__Output } from '../../memsvc/v1/CreateAgentRequest.js';
import type { CreateAgentResponse as _memsvc_v1_CreateAgentResponse, CreateAgentResponse__Output as _memsvc_v1_CreateAgentResponse__Output } from '../../memsvc/v1/CreateAgentResponse.js';
import type { DeleteAgentRequest as _memsvc_v1_DeleteAgentRequest, DeleteAgentRequest__Output as _memsvc_v1_DeleteAgentRequest__Output } from '../../memsvc/v1/DeleteAgentRequest.js';
import type { DeleteAgentResponse as _memsvc_v1_DeleteAgentResponse, DeleteAgentResponse__Output as _memsvc_v1_DeleteAgentResponse__Output } from '../../memsvc/v1/DeleteAgentResponse.js';
import type { GetAgentRequest as _memsvc_v1_GetAgentRequest, GetAgentRequest__Output as _memsvc_v1_GetAgentRequest__Output } from '../../memsvc/v1/GetAgentRequest.js';
import type { GetAgentResponse as _memsvc_v1_GetAgentResponse, GetAgentResponse__Output as _memsvc_v1_GetAgentResponse__Output } from '../../memsvc/v1/GetAgentResponse.js';
import type { GetContextWindowRequest as _memsvc_v1_GetContextWindowRequest, GetContextWindowRequest__Output as _memsvc_v1_GetContextWindowRequest__Output } from '../../memsvc/v1/GetContextWindowRequest.js';
import type { GetContextWindowResponse as _memsvc_v1_GetContextWindowResponse, GetContextWindowResponse__Output as _memsvc_v1_GetContextWindowResponse__Output } from '../../memsvc/v1/GetContextWindowResponse.js';
import type { ListAgentsRequest as _memsvc_v1_ListAgentsRequest, ListAgentsRequest__Output as _memsvc_v1_ListAgentsRequest__Output } from '../../memsvc/v1/ListAgentsRequest.js';
import type { ListAgentsResponse as _memsvc_v1_ListAgentsResponse, ListAgentsResponse__Output as _memsvc_v1_ListAgentsResponse__Output } from '../../memsvc/v1/ListAgentsResponse.js';
import type { ListMessagesRequest as _memsvc_v1_ListMessagesRequest, ListMessagesRequest__Output as _memsvc_v1_ListMessagesRequest__Output } from '../../memsvc/v1/ListMessagesRequest.js';
import type { ListMessagesResponse as _memsvc_v1_ListMessagesResponse, ListMessagesResponse__Output as _memsvc_v1_ListMessagesResponse__Output } from '../../memsvc/v1/ListMessagesResponse.js';
import type { SendMessageRequest as _memsvc_v1_SendMessageRequest, SendMessageRequest__Output as _memsvc_v1_SendMessageRequest__Output } from '../../memsvc/v1/SendMessageRequest.js';
import type { SendMessageResponse as _memsvc_v1_SendMessageResponse, SendMessageResponse__Output as _memsvc_v1_SendMessageResponse__Output } from '../../memsvc/v1/SendMessageResponse.js';
import type { StreamStepRequest as _memsvc_v1_StreamStepRequest, StreamStepRequest__Output as _memsvc_v1_StreamStepRequest__Output } from '../../memsvc/v1/StreamStepRequest.js';
import type { StreamStepResponse as _memsvc_v1_StreamStepResponse, StreamStepResponse__Output as _memsvc_v1_StreamStepResponse__Output } from '../../memsvc/v1/StreamStepResponse.js';
import type { UpdateAgentRequest as _memsvc_v1_UpdateAgentRequest, UpdateAgentRequest__Output as _memsvc_v1_UpdateAgentRequest__Output } from '../../memsvc/v1/UpdateAgentRequest.js';
import type { UpdateAgentResponse as _memsvc_v1_UpdateAgentResponse, UpdateAgentResponse__Output as _memsvc_v1_UpdateAgentResponse__Output } from '../../memsvc/v1/UpdateAgentResponse.js';

/**
 * AgentService runs on the agent server (the context manager). It creates agents and
 * runs their turns: it assembles the main context (system instructions, working
 * context, recursive summary, message queue), calls the LLM, has the executor run
 * the functions the LLM calls, and chains steps through heartbeats.
 * 
 * Errors carry a google.rpc.ErrorInfo (domain "memsvc") whose `reason` is stable,
 * e.g. AGENT_NOT_FOUND, INVALID_ARGUMENT, LLM_UNAVAILABLE.
 */
export interface AgentServiceClient extends grpc.Client {
  /**
   * The write side for an agent loop that is not memsvc's own: stores the loop's
   * messages in recall storage with their original times (as
   * MemoryService.AppendRecallMessages does) and, with `extract_facts`, has the
   * agent's LLM read them and save what is worth keeping through the memory
   * functions: facts to archival memory (searched first, so a fact already known is
   * not stored twice), changes about the user or the agent to the working-context
   * blocks. The extraction is bounded (`max_steps`) and runs under the agent's turn
   * lease, never beside one of its turns; its function calls come back as events.
   * NOT_FOUND for an unknown agent; INVALID_ARGUMENT as AppendRecallMessages;
   * UNAVAILABLE (LLM_UNAVAILABLE) if the LLM fails during extraction: the messages
   * are stored then, and the facts saved before the failure too.
   */
  AppendConversation(argument: _memsvc_v1_AppendConversationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_AppendConversationResponse__Output>): grpc.ClientUnaryCall;
  AppendConversation(argument: _memsvc_v1_AppendConversationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_AppendConversationResponse__Output>): grpc.ClientUnaryCall;
  AppendConversation(argument: _memsvc_v1_AppendConversationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_AppendConversationResponse__Output>): grpc.ClientUnaryCall;
  AppendConversation(argument: _memsvc_v1_AppendConversationRequest, callback: grpc.requestCallback<_memsvc_v1_AppendConversationResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The write side for an agent loop that is not memsvc's own: stores the loop's
   * messages in recall storage with their original times (as
   * MemoryService.AppendRecallMessages does) and, with `extract_facts`, has the
   * agent's LLM read them and save what is worth keeping through the memory
   * functions: facts to archival memory (searched first, so a fact already known is
   * not stored twice), changes about the user or the agent to the working-context
   * blocks. The extraction is bounded (`max_steps`) and runs under the agent's turn
   * lease, never beside one of its turns; its function calls come back as events.
   * NOT_FOUND for an unknown agent; INVALID_ARGUMENT as AppendRecallMessages;
   * UNAVAILABLE (LLM_UNAVAILABLE) if the LLM fails during extraction: the messages
   * are stored then, and the facts saved before the failure too.
   */
  appendConversation(argument: _memsvc_v1_AppendConversationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_AppendConversationResponse__Output>): grpc.ClientUnaryCall;
  appendConversation(argument: _memsvc_v1_AppendConversationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_AppendConversationResponse__Output>): grpc.ClientUnaryCall;
  appendConversation(argument: _memsvc_v1_AppendConversationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_AppendConversationResponse__Output>): grpc.ClientUnaryCall;
  appendConversation(argument: _memsvc_v1_AppendConversationRequest, callback: grpc.requestCallback<_memsvc_v1_AppendConversationResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Creates an agent with its working-context blocks, atomically.
   * Returns INVALID_ARGUMENT if a config is missing or out of range, a block label
   * repeats, or a block's value is over its limit. With a `request_id` seen before,
   * returns the agent created then instead of a new one.
   */
  CreateAgent(argument: _memsvc_v1_CreateAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_CreateAgentResponse__Output>): grpc.ClientUnaryCall;
  CreateAgent(argument: _memsvc_v1_CreateAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_CreateAgentResponse__Output>): grpc.ClientUnaryCall;
  CreateAgent(argument: _memsvc_v1_CreateAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_CreateAgentResponse__Output>): grpc.ClientUnaryCall;
  CreateAgent(argument: _memsvc_v1_CreateAgentRequest, callback: grpc.requestCallback<_memsvc_v1_CreateAgentResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Creates an agent with its working-context blocks, atomically.
   * Returns INVALID_ARGUMENT if a config is missing or out of range, a block label
   * repeats, or a block's value is over its limit. With a `request_id` seen before,
   * returns the agent created then instead of a new one.
   */
  createAgent(argument: _memsvc_v1_CreateAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_CreateAgentResponse__Output>): grpc.ClientUnaryCall;
  createAgent(argument: _memsvc_v1_CreateAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_CreateAgentResponse__Output>): grpc.ClientUnaryCall;
  createAgent(argument: _memsvc_v1_CreateAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_CreateAgentResponse__Output>): grpc.ClientUnaryCall;
  createAgent(argument: _memsvc_v1_CreateAgentRequest, callback: grpc.requestCallback<_memsvc_v1_CreateAgentResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Deletes an agent with its blocks, messages and archival passages. NOT_FOUND if
   * it does not exist.
   */
  DeleteAgent(argument: _memsvc_v1_DeleteAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_DeleteAgentResponse__Output>): grpc.ClientUnaryCall;
  DeleteAgent(argument: _memsvc_v1_DeleteAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_DeleteAgentResponse__Output>): grpc.ClientUnaryCall;
  DeleteAgent(argument: _memsvc_v1_DeleteAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_DeleteAgentResponse__Output>): grpc.ClientUnaryCall;
  DeleteAgent(argument: _memsvc_v1_DeleteAgentRequest, callback: grpc.requestCallback<_memsvc_v1_DeleteAgentResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Deletes an agent with its blocks, messages and archival passages. NOT_FOUND if
   * it does not exist.
   */
  deleteAgent(argument: _memsvc_v1_DeleteAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_DeleteAgentResponse__Output>): grpc.ClientUnaryCall;
  deleteAgent(argument: _memsvc_v1_DeleteAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_DeleteAgentResponse__Output>): grpc.ClientUnaryCall;
  deleteAgent(argument: _memsvc_v1_DeleteAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_DeleteAgentResponse__Output>): grpc.ClientUnaryCall;
  deleteAgent(argument: _memsvc_v1_DeleteAgentRequest, callback: grpc.requestCallback<_memsvc_v1_DeleteAgentResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Returns an agent with its current blocks. NOT_FOUND if it does not exist.
   */
  GetAgent(argument: _memsvc_v1_GetAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetAgentResponse__Output>): grpc.ClientUnaryCall;
  GetAgent(argument: _memsvc_v1_GetAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_GetAgentResponse__Output>): grpc.ClientUnaryCall;
  GetAgent(argument: _memsvc_v1_GetAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetAgentResponse__Output>): grpc.ClientUnaryCall;
  GetAgent(argument: _memsvc_v1_GetAgentRequest, callback: grpc.requestCallback<_memsvc_v1_GetAgentResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Returns an agent with its current blocks. NOT_FOUND if it does not exist.
   */
  getAgent(argument: _memsvc_v1_GetAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetAgentResponse__Output>): grpc.ClientUnaryCall;
  getAgent(argument: _memsvc_v1_GetAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_GetAgentResponse__Output>): grpc.ClientUnaryCall;
  getAgent(argument: _memsvc_v1_GetAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetAgentResponse__Output>): grpc.ClientUnaryCall;
  getAgent(argument: _memsvc_v1_GetAgentRequest, callback: grpc.requestCallback<_memsvc_v1_GetAgentResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Reports what is in the agent's main context now: tokens per section (system
   * instructions, working context, summary, message queue, function schemas), the
   * queue manager's thresholds and state. Tokens are counted as the next LLM call
   * would send them. NOT_FOUND for an unknown agent.
   */
  GetContextWindow(argument: _memsvc_v1_GetContextWindowRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetContextWindowResponse__Output>): grpc.ClientUnaryCall;
  GetContextWindow(argument: _memsvc_v1_GetContextWindowRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_GetContextWindowResponse__Output>): grpc.ClientUnaryCall;
  GetContextWindow(argument: _memsvc_v1_GetContextWindowRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetContextWindowResponse__Output>): grpc.ClientUnaryCall;
  GetContextWindow(argument: _memsvc_v1_GetContextWindowRequest, callback: grpc.requestCallback<_memsvc_v1_GetContextWindowResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Reports what is in the agent's main context now: tokens per section (system
   * instructions, working context, summary, message queue, function schemas), the
   * queue manager's thresholds and state. Tokens are counted as the next LLM call
   * would send them. NOT_FOUND for an unknown agent.
   */
  getContextWindow(argument: _memsvc_v1_GetContextWindowRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetContextWindowResponse__Output>): grpc.ClientUnaryCall;
  getContextWindow(argument: _memsvc_v1_GetContextWindowRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_GetContextWindowResponse__Output>): grpc.ClientUnaryCall;
  getContextWindow(argument: _memsvc_v1_GetContextWindowRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetContextWindowResponse__Output>): grpc.ClientUnaryCall;
  getContextWindow(argument: _memsvc_v1_GetContextWindowRequest, callback: grpc.requestCallback<_memsvc_v1_GetContextWindowResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists agents, newest first.
   */
  ListAgents(argument: _memsvc_v1_ListAgentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListAgentsResponse__Output>): grpc.ClientUnaryCall;
  ListAgents(argument: _memsvc_v1_ListAgentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListAgentsResponse__Output>): grpc.ClientUnaryCall;
  ListAgents(argument: _memsvc_v1_ListAgentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListAgentsResponse__Output>): grpc.ClientUnaryCall;
  ListAgents(argument: _memsvc_v1_ListAgentsRequest, callback: grpc.requestCallback<_memsvc_v1_ListAgentsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists agents, newest first.
   */
  listAgents(argument: _memsvc_v1_ListAgentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListAgentsResponse__Output>): grpc.ClientUnaryCall;
  listAgents(argument: _memsvc_v1_ListAgentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListAgentsResponse__Output>): grpc.ClientUnaryCall;
  listAgents(argument: _memsvc_v1_ListAgentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListAgentsResponse__Output>): grpc.ClientUnaryCall;
  listAgents(argument: _memsvc_v1_ListAgentsRequest, callback: grpc.requestCallback<_memsvc_v1_ListAgentsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists the agent's messages from recall storage (every message ever exchanged),
   * oldest first. NOT_FOUND for an unknown agent.
   */
  ListMessages(argument: _memsvc_v1_ListMessagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  ListMessages(argument: _memsvc_v1_ListMessagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  ListMessages(argument: _memsvc_v1_ListMessagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  ListMessages(argument: _memsvc_v1_ListMessagesRequest, callback: grpc.requestCallback<_memsvc_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists the agent's messages from recall storage (every message ever exchanged),
   * oldest first. NOT_FOUND for an unknown agent.
   */
  listMessages(argument: _memsvc_v1_ListMessagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  listMessages(argument: _memsvc_v1_ListMessagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  listMessages(argument: _memsvc_v1_ListMessagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  listMessages(argument: _memsvc_v1_ListMessagesRequest, callback: grpc.requestCallback<_memsvc_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Runs one turn to completion and returns every event of it. The input messages
   * are stored before the LLM is called, so an LLM failure loses nothing: it
   * returns UNAVAILABLE (reason LLM_UNAVAILABLE) and the next turn sees the input.
   * Turns of one agent run one at a time, in arrival order.
   * NOT_FOUND for an unknown agent; INVALID_ARGUMENT for an empty, blank or
   * oversized message.
   */
  SendMessage(argument: _memsvc_v1_SendMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  SendMessage(argument: _memsvc_v1_SendMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  SendMessage(argument: _memsvc_v1_SendMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  SendMessage(argument: _memsvc_v1_SendMessageRequest, callback: grpc.requestCallback<_memsvc_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Runs one turn to completion and returns every event of it. The input messages
   * are stored before the LLM is called, so an LLM failure loses nothing: it
   * returns UNAVAILABLE (reason LLM_UNAVAILABLE) and the next turn sees the input.
   * Turns of one agent run one at a time, in arrival order.
   * NOT_FOUND for an unknown agent; INVALID_ARGUMENT for an empty, blank or
   * oversized message.
   */
  sendMessage(argument: _memsvc_v1_SendMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  sendMessage(argument: _memsvc_v1_SendMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  sendMessage(argument: _memsvc_v1_SendMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  sendMessage(argument: _memsvc_v1_SendMessageRequest, callback: grpc.requestCallback<_memsvc_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Drives an agent interactively. The first request must name `agent_id`; each
   * request with `input` runs one turn (inputs sent while a turn runs wait their
   * turn), and the server streams every event as it happens: inner thoughts,
   * function calls and results, heartbeats, messages to the user, system alerts,
   * and a TurnEnd with the stop reason and token usage. A `cancel` stops the
   * running turn at its next step boundary. An LLM failure ends the turn with
   * STOP_REASON_LLM_ERROR; the stream stays open. Closing the request side ends
   * the stream after the queued turns have run.
   */
  StreamStep(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_memsvc_v1_StreamStepRequest, _memsvc_v1_StreamStepResponse__Output>;
  StreamStep(options?: grpc.CallOptions): grpc.ClientDuplexStream<_memsvc_v1_StreamStepRequest, _memsvc_v1_StreamStepResponse__Output>;
  /**
   * Drives an agent interactively. The first request must name `agent_id`; each
   * request with `input` runs one turn (inputs sent while a turn runs wait their
   * turn), and the server streams every event as it happens: inner thoughts,
   * function calls and results, heartbeats, messages to the user, system alerts,
   * and a TurnEnd with the stop reason and token usage. A `cancel` stops the
   * running turn at its next step boundary. An LLM failure ends the turn with
   * STOP_REASON_LLM_ERROR; the stream stays open. Closing the request side ends
   * the stream after the queued turns have run.
   */
  streamStep(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_memsvc_v1_StreamStepRequest, _memsvc_v1_StreamStepResponse__Output>;
  streamStep(options?: grpc.CallOptions): grpc.ClientDuplexStream<_memsvc_v1_StreamStepRequest, _memsvc_v1_StreamStepResponse__Output>;
  
  /**
   * Changes an agent's name, system instructions, configs or max_steps; the fields
   * to change are named in `update_mask`. Blocks are changed with MemoryService.
   * NOT_FOUND if the agent does not exist; INVALID_ARGUMENT for an unknown or
   * immutable field path.
   */
  UpdateAgent(argument: _memsvc_v1_UpdateAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_UpdateAgentResponse__Output>): grpc.ClientUnaryCall;
  UpdateAgent(argument: _memsvc_v1_UpdateAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_UpdateAgentResponse__Output>): grpc.ClientUnaryCall;
  UpdateAgent(argument: _memsvc_v1_UpdateAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_UpdateAgentResponse__Output>): grpc.ClientUnaryCall;
  UpdateAgent(argument: _memsvc_v1_UpdateAgentRequest, callback: grpc.requestCallback<_memsvc_v1_UpdateAgentResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Changes an agent's name, system instructions, configs or max_steps; the fields
   * to change are named in `update_mask`. Blocks are changed with MemoryService.
   * NOT_FOUND if the agent does not exist; INVALID_ARGUMENT for an unknown or
   * immutable field path.
   */
  updateAgent(argument: _memsvc_v1_UpdateAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_UpdateAgentResponse__Output>): grpc.ClientUnaryCall;
  updateAgent(argument: _memsvc_v1_UpdateAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_UpdateAgentResponse__Output>): grpc.ClientUnaryCall;
  updateAgent(argument: _memsvc_v1_UpdateAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_UpdateAgentResponse__Output>): grpc.ClientUnaryCall;
  updateAgent(argument: _memsvc_v1_UpdateAgentRequest, callback: grpc.requestCallback<_memsvc_v1_UpdateAgentResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * AgentService runs on the agent server (the context manager). It creates agents and
 * runs their turns: it assembles the main context (system instructions, working
 * context, recursive summary, message queue), calls the LLM, has the executor run
 * the functions the LLM calls, and chains steps through heartbeats.
 * 
 * Errors carry a google.rpc.ErrorInfo (domain "memsvc") whose `reason` is stable,
 * e.g. AGENT_NOT_FOUND, INVALID_ARGUMENT, LLM_UNAVAILABLE.
 */
export interface AgentServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * The write side for an agent loop that is not memsvc's own: stores the loop's
   * messages in recall storage with their original times (as
   * MemoryService.AppendRecallMessages does) and, with `extract_facts`, has the
   * agent's LLM read them and save what is worth keeping through the memory
   * functions: facts to archival memory (searched first, so a fact already known is
   * not stored twice), changes about the user or the agent to the working-context
   * blocks. The extraction is bounded (`max_steps`) and runs under the agent's turn
   * lease, never beside one of its turns; its function calls come back as events.
   * NOT_FOUND for an unknown agent; INVALID_ARGUMENT as AppendRecallMessages;
   * UNAVAILABLE (LLM_UNAVAILABLE) if the LLM fails during extraction: the messages
   * are stored then, and the facts saved before the failure too.
   */
  AppendConversation: grpc.handleUnaryCall<_memsvc_v1_AppendConversationRequest__Output, _memsvc_v1_AppendConversationResponse>;
  
  /**
   * Creates an agent with its working-context blocks, atomically.
   * Returns INVALID_ARGUMENT if a config is missing or out of range, a block label
   * repeats, or a block's value is over its limit. With a `request_id` seen before,
   * returns the agent created then instead of a new one.
   */
  CreateAgent: grpc.handleUnaryCall<_memsvc_v1_CreateAgentRequest__Output, _memsvc_v1_CreateAgentResponse>;
  
  /**
   * Deletes an agent with its blocks, messages and archival passages. NOT_FOUND if
   * it does not exist.
   */
  DeleteAgent: grpc.handleUnaryCall<_memsvc_v1_DeleteAgentRequest__Output, _memsvc_v1_DeleteAgentResponse>;
  
  /**
   * Returns an agent with its current blocks. NOT_FOUND if it does not exist.
   */
  GetAgent: grpc.handleUnaryCall<_memsvc_v1_GetAgentRequest__Output, _memsvc_v1_GetAgentResponse>;
  
  /**
   * Reports what is in the agent's main context now: tokens per section (system
   * instructions, working context, summary, message queue, function schemas), the
   * queue manager's thresholds and state. Tokens are counted as the next LLM call
   * would send them. NOT_FOUND for an unknown agent.
   */
  GetContextWindow: grpc.handleUnaryCall<_memsvc_v1_GetContextWindowRequest__Output, _memsvc_v1_GetContextWindowResponse>;
  
  /**
   * Lists agents, newest first.
   */
  ListAgents: grpc.handleUnaryCall<_memsvc_v1_ListAgentsRequest__Output, _memsvc_v1_ListAgentsResponse>;
  
  /**
   * Lists the agent's messages from recall storage (every message ever exchanged),
   * oldest first. NOT_FOUND for an unknown agent.
   */
  ListMessages: grpc.handleUnaryCall<_memsvc_v1_ListMessagesRequest__Output, _memsvc_v1_ListMessagesResponse>;
  
  /**
   * Runs one turn to completion and returns every event of it. The input messages
   * are stored before the LLM is called, so an LLM failure loses nothing: it
   * returns UNAVAILABLE (reason LLM_UNAVAILABLE) and the next turn sees the input.
   * Turns of one agent run one at a time, in arrival order.
   * NOT_FOUND for an unknown agent; INVALID_ARGUMENT for an empty, blank or
   * oversized message.
   */
  SendMessage: grpc.handleUnaryCall<_memsvc_v1_SendMessageRequest__Output, _memsvc_v1_SendMessageResponse>;
  
  /**
   * Drives an agent interactively. The first request must name `agent_id`; each
   * request with `input` runs one turn (inputs sent while a turn runs wait their
   * turn), and the server streams every event as it happens: inner thoughts,
   * function calls and results, heartbeats, messages to the user, system alerts,
   * and a TurnEnd with the stop reason and token usage. A `cancel` stops the
   * running turn at its next step boundary. An LLM failure ends the turn with
   * STOP_REASON_LLM_ERROR; the stream stays open. Closing the request side ends
   * the stream after the queued turns have run.
   */
  StreamStep: grpc.handleBidiStreamingCall<_memsvc_v1_StreamStepRequest__Output, _memsvc_v1_StreamStepResponse>;
  
  /**
   * Changes an agent's name, system instructions, configs or max_steps; the fields
   * to change are named in `update_mask`. Blocks are changed with MemoryService.
   * NOT_FOUND if the agent does not exist; INVALID_ARGUMENT for an unknown or
   * immutable field path.
   */
  UpdateAgent: grpc.handleUnaryCall<_memsvc_v1_UpdateAgentRequest__Output, _memsvc_v1_UpdateAgentResponse>;
  
}

export interface AgentServiceDefinition extends grpc.ServiceDefinition {
  AppendConversation: MethodDefinition<_memsvc_v1_AppendConversationRequest, _memsvc_v1_AppendConversationResponse, _memsvc_v1_AppendConversationRequest__Output, _memsvc_v1_AppendConversationResponse__Output>
  CreateAgent: MethodDefinition<_memsvc_v1_CreateAgentRequest, _memsvc_v1_CreateAgentResponse, _memsvc_v1_CreateAgentRequest__Output, _memsvc_v1_CreateAgentResponse__Output>
  DeleteAgent: MethodDefinition<_memsvc_v1_DeleteAgentRequest, _memsvc_v1_DeleteAgentResponse, _memsvc_v1_DeleteAgentRequest__Output, _memsvc_v1_DeleteAgentResponse__Output>
  GetAgent: MethodDefinition<_memsvc_v1_GetAgentRequest, _memsvc_v1_GetAgentResponse, _memsvc_v1_GetAgentRequest__Output, _memsvc_v1_GetAgentResponse__Output>
  GetContextWindow: MethodDefinition<_memsvc_v1_GetContextWindowRequest, _memsvc_v1_GetContextWindowResponse, _memsvc_v1_GetContextWindowRequest__Output, _memsvc_v1_GetContextWindowResponse__Output>
  ListAgents: MethodDefinition<_memsvc_v1_ListAgentsRequest, _memsvc_v1_ListAgentsResponse, _memsvc_v1_ListAgentsRequest__Output, _memsvc_v1_ListAgentsResponse__Output>
  ListMessages: MethodDefinition<_memsvc_v1_ListMessagesRequest, _memsvc_v1_ListMessagesResponse, _memsvc_v1_ListMessagesRequest__Output, _memsvc_v1_ListMessagesResponse__Output>
  SendMessage: MethodDefinition<_memsvc_v1_SendMessageRequest, _memsvc_v1_SendMessageResponse, _memsvc_v1_SendMessageRequest__Output, _memsvc_v1_SendMessageResponse__Output>
  StreamStep: MethodDefinition<_memsvc_v1_StreamStepRequest, _memsvc_v1_StreamStepResponse, _memsvc_v1_StreamStepRequest__Output, _memsvc_v1_StreamStepResponse__Output>
  UpdateAgent: MethodDefinition<_memsvc_v1_UpdateAgentRequest, _memsvc_v1_UpdateAgentResponse, _memsvc_v1_UpdateAgentRequest__Output, _memsvc_v1_UpdateAgentResponse__Output>
}
