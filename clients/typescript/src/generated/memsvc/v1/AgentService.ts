// Original file: ../../proto/memsvc/v1/agent_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AppendConversationRequest as _memsvc_v1_AppendConversationRequest, AppendConversationRequest__Output as _memsvc_v1_AppendConversationRequest__Output } from '../../memsvc/v1/AppendConversationRequest.js';
import type { AppendConversationResponse as _memsvc_v1_AppendConversationResponse, AppendConversationResponse__Output as _memsvc_v1_AppendConversationResponse__Output } from '../../memsvc/v1/AppendConversationResponse.js';
import type { CancelTurnRequest as _memsvc_v1_CancelTurnRequest, CancelTurnRequest__Output as _memsvc_v1_CancelTurnRequest__Output } from '../../memsvc/v1/CancelTurnRequest.js';
import type { CancelTurnResponse as _memsvc_v1_CancelTurnResponse, CancelTurnResponse__Output as _memsvc_v1_CancelTurnResponse__Output } from '../../memsvc/v1/CancelTurnResponse.js';
import type { CancelWakeupRequest as _memsvc_v1_CancelWakeupRequest, CancelWakeupRequest__Output as _memsvc_v1_CancelWakeupRequest__Output } from '../../memsvc/v1/CancelWakeupRequest.js';
import type { CancelWakeupResponse as _memsvc_v1_CancelWakeupResponse, CancelWakeupResponse__Output as _memsvc_v1_CancelWakeupResponse__Output } from '../../memsvc/v1/CancelWakeupResponse.js';
import type { ConsolidateAgentRequest as _memsvc_v1_ConsolidateAgentRequest, ConsolidateAgentRequest__Output as _memsvc_v1_ConsolidateAgentRequest__Output } from '../../memsvc/v1/ConsolidateAgentRequest.js';
import type { ConsolidateAgentResponse as _memsvc_v1_ConsolidateAgentResponse, ConsolidateAgentResponse__Output as _memsvc_v1_ConsolidateAgentResponse__Output } from '../../memsvc/v1/ConsolidateAgentResponse.js';
import type { CreateAgentRequest as _memsvc_v1_CreateAgentRequest, CreateAgentRequest__Output as _memsvc_v1_CreateAgentRequest__Output } from '../../memsvc/v1/CreateAgentRequest.js';
import type { CreateAgentResponse as _memsvc_v1_CreateAgentResponse, CreateAgentResponse__Output as _memsvc_v1_CreateAgentResponse__Output } from '../../memsvc/v1/CreateAgentResponse.js';
import type { DeleteAgentRequest as _memsvc_v1_DeleteAgentRequest, DeleteAgentRequest__Output as _memsvc_v1_DeleteAgentRequest__Output } from '../../memsvc/v1/DeleteAgentRequest.js';
import type { DeleteAgentResponse as _memsvc_v1_DeleteAgentResponse, DeleteAgentResponse__Output as _memsvc_v1_DeleteAgentResponse__Output } from '../../memsvc/v1/DeleteAgentResponse.js';
import type { GetAgentRequest as _memsvc_v1_GetAgentRequest, GetAgentRequest__Output as _memsvc_v1_GetAgentRequest__Output } from '../../memsvc/v1/GetAgentRequest.js';
import type { GetAgentResponse as _memsvc_v1_GetAgentResponse, GetAgentResponse__Output as _memsvc_v1_GetAgentResponse__Output } from '../../memsvc/v1/GetAgentResponse.js';
import type { GetContextWindowRequest as _memsvc_v1_GetContextWindowRequest, GetContextWindowRequest__Output as _memsvc_v1_GetContextWindowRequest__Output } from '../../memsvc/v1/GetContextWindowRequest.js';
import type { GetContextWindowResponse as _memsvc_v1_GetContextWindowResponse, GetContextWindowResponse__Output as _memsvc_v1_GetContextWindowResponse__Output } from '../../memsvc/v1/GetContextWindowResponse.js';
import type { GetTurnRequest as _memsvc_v1_GetTurnRequest, GetTurnRequest__Output as _memsvc_v1_GetTurnRequest__Output } from '../../memsvc/v1/GetTurnRequest.js';
import type { GetTurnResponse as _memsvc_v1_GetTurnResponse, GetTurnResponse__Output as _memsvc_v1_GetTurnResponse__Output } from '../../memsvc/v1/GetTurnResponse.js';
import type { ListAgentsRequest as _memsvc_v1_ListAgentsRequest, ListAgentsRequest__Output as _memsvc_v1_ListAgentsRequest__Output } from '../../memsvc/v1/ListAgentsRequest.js';
import type { ListAgentsResponse as _memsvc_v1_ListAgentsResponse, ListAgentsResponse__Output as _memsvc_v1_ListAgentsResponse__Output } from '../../memsvc/v1/ListAgentsResponse.js';
import type { ListMessagesRequest as _memsvc_v1_ListMessagesRequest, ListMessagesRequest__Output as _memsvc_v1_ListMessagesRequest__Output } from '../../memsvc/v1/ListMessagesRequest.js';
import type { ListMessagesResponse as _memsvc_v1_ListMessagesResponse, ListMessagesResponse__Output as _memsvc_v1_ListMessagesResponse__Output } from '../../memsvc/v1/ListMessagesResponse.js';
import type { ListToolsRequest as _memsvc_v1_ListToolsRequest, ListToolsRequest__Output as _memsvc_v1_ListToolsRequest__Output } from '../../memsvc/v1/ListToolsRequest.js';
import type { ListToolsResponse as _memsvc_v1_ListToolsResponse, ListToolsResponse__Output as _memsvc_v1_ListToolsResponse__Output } from '../../memsvc/v1/ListToolsResponse.js';
import type { ListTurnsRequest as _memsvc_v1_ListTurnsRequest, ListTurnsRequest__Output as _memsvc_v1_ListTurnsRequest__Output } from '../../memsvc/v1/ListTurnsRequest.js';
import type { ListTurnsResponse as _memsvc_v1_ListTurnsResponse, ListTurnsResponse__Output as _memsvc_v1_ListTurnsResponse__Output } from '../../memsvc/v1/ListTurnsResponse.js';
import type { ListWakeupsRequest as _memsvc_v1_ListWakeupsRequest, ListWakeupsRequest__Output as _memsvc_v1_ListWakeupsRequest__Output } from '../../memsvc/v1/ListWakeupsRequest.js';
import type { ListWakeupsResponse as _memsvc_v1_ListWakeupsResponse, ListWakeupsResponse__Output as _memsvc_v1_ListWakeupsResponse__Output } from '../../memsvc/v1/ListWakeupsResponse.js';
import type { ResumeTurnRequest as _memsvc_v1_ResumeTurnRequest, ResumeTurnRequest__Output as _memsvc_v1_ResumeTurnRequest__Output } from '../../memsvc/v1/ResumeTurnRequest.js';
import type { ResumeTurnResponse as _memsvc_v1_ResumeTurnResponse, ResumeTurnResponse__Output as _memsvc_v1_ResumeTurnResponse__Output } from '../../memsvc/v1/ResumeTurnResponse.js';
import type { ScheduleWakeupRequest as _memsvc_v1_ScheduleWakeupRequest, ScheduleWakeupRequest__Output as _memsvc_v1_ScheduleWakeupRequest__Output } from '../../memsvc/v1/ScheduleWakeupRequest.js';
import type { ScheduleWakeupResponse as _memsvc_v1_ScheduleWakeupResponse, ScheduleWakeupResponse__Output as _memsvc_v1_ScheduleWakeupResponse__Output } from '../../memsvc/v1/ScheduleWakeupResponse.js';
import type { SendMessageRequest as _memsvc_v1_SendMessageRequest, SendMessageRequest__Output as _memsvc_v1_SendMessageRequest__Output } from '../../memsvc/v1/SendMessageRequest.js';
import type { SendMessageResponse as _memsvc_v1_SendMessageResponse, SendMessageResponse__Output as _memsvc_v1_SendMessageResponse__Output } from '../../memsvc/v1/SendMessageResponse.js';
import type { StreamStepRequest as _memsvc_v1_StreamStepRequest, StreamStepRequest__Output as _memsvc_v1_StreamStepRequest__Output } from '../../memsvc/v1/StreamStepRequest.js';
import type { StreamStepResponse as _memsvc_v1_StreamStepResponse, StreamStepResponse__Output as _memsvc_v1_StreamStepResponse__Output } from '../../memsvc/v1/StreamStepResponse.js';
import type { UpdateAgentRequest as _memsvc_v1_UpdateAgentRequest, UpdateAgentRequest__Output as _memsvc_v1_UpdateAgentRequest__Output } from '../../memsvc/v1/UpdateAgentRequest.js';
import type { UpdateAgentResponse as _memsvc_v1_UpdateAgentResponse, UpdateAgentResponse__Output as _memsvc_v1_UpdateAgentResponse__Output } from '../../memsvc/v1/UpdateAgentResponse.js';
import type { WatchAgentRequest as _memsvc_v1_WatchAgentRequest, WatchAgentRequest__Output as _memsvc_v1_WatchAgentRequest__Output } from '../../memsvc/v1/WatchAgentRequest.js';
import type { WatchAgentResponse as _memsvc_v1_WatchAgentResponse, WatchAgentResponse__Output as _memsvc_v1_WatchAgentResponse__Output } from '../../memsvc/v1/WatchAgentResponse.js';

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
   * Cancels a turn. A waiting turn ends at once: its pending calls get a failed
   * "cancelled" result and it ends with STOP_REASON_CANCELLED. A running turn stops at
   * its next step boundary. Cancelling an ended turn changes nothing. Returns the
   * turn as it is after the call. NOT_FOUND (reason TURN_NOT_FOUND) for an unknown
   * turn.
   */
  CancelTurn(argument: _memsvc_v1_CancelTurnRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_CancelTurnResponse__Output>): grpc.ClientUnaryCall;
  CancelTurn(argument: _memsvc_v1_CancelTurnRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_CancelTurnResponse__Output>): grpc.ClientUnaryCall;
  CancelTurn(argument: _memsvc_v1_CancelTurnRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_CancelTurnResponse__Output>): grpc.ClientUnaryCall;
  CancelTurn(argument: _memsvc_v1_CancelTurnRequest, callback: grpc.requestCallback<_memsvc_v1_CancelTurnResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Cancels a turn. A waiting turn ends at once: its pending calls get a failed
   * "cancelled" result and it ends with STOP_REASON_CANCELLED. A running turn stops at
   * its next step boundary. Cancelling an ended turn changes nothing. Returns the
   * turn as it is after the call. NOT_FOUND (reason TURN_NOT_FOUND) for an unknown
   * turn.
   */
  cancelTurn(argument: _memsvc_v1_CancelTurnRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_CancelTurnResponse__Output>): grpc.ClientUnaryCall;
  cancelTurn(argument: _memsvc_v1_CancelTurnRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_CancelTurnResponse__Output>): grpc.ClientUnaryCall;
  cancelTurn(argument: _memsvc_v1_CancelTurnRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_CancelTurnResponse__Output>): grpc.ClientUnaryCall;
  cancelTurn(argument: _memsvc_v1_CancelTurnRequest, callback: grpc.requestCallback<_memsvc_v1_CancelTurnResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Cancels a pending wake-up: it never fires. Cancelling a cancelled one changes
   * nothing. FAILED_PRECONDITION (reason WAKEUP_ALREADY_FIRED, metadata turn_id) if
   * it fired already; NOT_FOUND (reason WAKEUP_NOT_FOUND) for an unknown wake-up.
   */
  CancelWakeup(argument: _memsvc_v1_CancelWakeupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_CancelWakeupResponse__Output>): grpc.ClientUnaryCall;
  CancelWakeup(argument: _memsvc_v1_CancelWakeupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_CancelWakeupResponse__Output>): grpc.ClientUnaryCall;
  CancelWakeup(argument: _memsvc_v1_CancelWakeupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_CancelWakeupResponse__Output>): grpc.ClientUnaryCall;
  CancelWakeup(argument: _memsvc_v1_CancelWakeupRequest, callback: grpc.requestCallback<_memsvc_v1_CancelWakeupResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Cancels a pending wake-up: it never fires. Cancelling a cancelled one changes
   * nothing. FAILED_PRECONDITION (reason WAKEUP_ALREADY_FIRED, metadata turn_id) if
   * it fired already; NOT_FOUND (reason WAKEUP_NOT_FOUND) for an unknown wake-up.
   */
  cancelWakeup(argument: _memsvc_v1_CancelWakeupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_CancelWakeupResponse__Output>): grpc.ClientUnaryCall;
  cancelWakeup(argument: _memsvc_v1_CancelWakeupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_CancelWakeupResponse__Output>): grpc.ClientUnaryCall;
  cancelWakeup(argument: _memsvc_v1_CancelWakeupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_CancelWakeupResponse__Output>): grpc.ClientUnaryCall;
  cancelWakeup(argument: _memsvc_v1_CancelWakeupRequest, callback: grpc.requestCallback<_memsvc_v1_CancelWakeupResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Starts a background memory consolidation run now and returns its turn (RUNNING,
   * kind TURN_KIND_CONSOLIDATION) as soon as it is stored; the run goes on in the
   * background. Follow it with StreamStep `attach` (its turn id), WatchAgent or
   * GetTurn. It works whether or not the agent's ConsolidationConfig is enabled (its
   * model, max_steps and max_tokens apply, else their defaults). Like a turn, it
   * waits while the agent runs a turn, up to the server's lease wait. Idempotent
   * while a run is asked for or under way on the agent server: a second call returns
   * that run's turn instead of starting another. When no message was stored since
   * the agent's last turn, a run that finished (STOP_REASON_END_TURN), the new run
   * ends at once without calling the LLM (STOP_REASON_END_TURN, step_count 0; its
   * first event says so).
   * NOT_FOUND for an unknown agent; FAILED_PRECONDITION (reason
   * AGENT_AWAITING_CLIENT) while a turn waits for the client; FAILED_PRECONDITION
   * (reason CONSOLIDATION_BUDGET_TOO_SMALL) when the instructions, memory blocks and
   * function schemas alone do not fit the consolidation model's context window or
   * the run's `max_tokens` (the message says what to raise); ABORTED (reason
   * AGENT_BUSY) if the agent's turn did not end within the lease wait.
   */
  ConsolidateAgent(argument: _memsvc_v1_ConsolidateAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ConsolidateAgentResponse__Output>): grpc.ClientUnaryCall;
  ConsolidateAgent(argument: _memsvc_v1_ConsolidateAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ConsolidateAgentResponse__Output>): grpc.ClientUnaryCall;
  ConsolidateAgent(argument: _memsvc_v1_ConsolidateAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ConsolidateAgentResponse__Output>): grpc.ClientUnaryCall;
  ConsolidateAgent(argument: _memsvc_v1_ConsolidateAgentRequest, callback: grpc.requestCallback<_memsvc_v1_ConsolidateAgentResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Starts a background memory consolidation run now and returns its turn (RUNNING,
   * kind TURN_KIND_CONSOLIDATION) as soon as it is stored; the run goes on in the
   * background. Follow it with StreamStep `attach` (its turn id), WatchAgent or
   * GetTurn. It works whether or not the agent's ConsolidationConfig is enabled (its
   * model, max_steps and max_tokens apply, else their defaults). Like a turn, it
   * waits while the agent runs a turn, up to the server's lease wait. Idempotent
   * while a run is asked for or under way on the agent server: a second call returns
   * that run's turn instead of starting another. When no message was stored since
   * the agent's last turn, a run that finished (STOP_REASON_END_TURN), the new run
   * ends at once without calling the LLM (STOP_REASON_END_TURN, step_count 0; its
   * first event says so).
   * NOT_FOUND for an unknown agent; FAILED_PRECONDITION (reason
   * AGENT_AWAITING_CLIENT) while a turn waits for the client; FAILED_PRECONDITION
   * (reason CONSOLIDATION_BUDGET_TOO_SMALL) when the instructions, memory blocks and
   * function schemas alone do not fit the consolidation model's context window or
   * the run's `max_tokens` (the message says what to raise); ABORTED (reason
   * AGENT_BUSY) if the agent's turn did not end within the lease wait.
   */
  consolidateAgent(argument: _memsvc_v1_ConsolidateAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ConsolidateAgentResponse__Output>): grpc.ClientUnaryCall;
  consolidateAgent(argument: _memsvc_v1_ConsolidateAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ConsolidateAgentResponse__Output>): grpc.ClientUnaryCall;
  consolidateAgent(argument: _memsvc_v1_ConsolidateAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ConsolidateAgentResponse__Output>): grpc.ClientUnaryCall;
  consolidateAgent(argument: _memsvc_v1_ConsolidateAgentRequest, callback: grpc.requestCallback<_memsvc_v1_ConsolidateAgentResponse__Output>): grpc.ClientUnaryCall;
  
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
   * Returns a turn: its status, pending calls, stop reason and usage. NOT_FOUND
   * (reason TURN_NOT_FOUND) if the agent has no such turn.
   */
  GetTurn(argument: _memsvc_v1_GetTurnRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetTurnResponse__Output>): grpc.ClientUnaryCall;
  GetTurn(argument: _memsvc_v1_GetTurnRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_GetTurnResponse__Output>): grpc.ClientUnaryCall;
  GetTurn(argument: _memsvc_v1_GetTurnRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetTurnResponse__Output>): grpc.ClientUnaryCall;
  GetTurn(argument: _memsvc_v1_GetTurnRequest, callback: grpc.requestCallback<_memsvc_v1_GetTurnResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Returns a turn: its status, pending calls, stop reason and usage. NOT_FOUND
   * (reason TURN_NOT_FOUND) if the agent has no such turn.
   */
  getTurn(argument: _memsvc_v1_GetTurnRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetTurnResponse__Output>): grpc.ClientUnaryCall;
  getTurn(argument: _memsvc_v1_GetTurnRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_GetTurnResponse__Output>): grpc.ClientUnaryCall;
  getTurn(argument: _memsvc_v1_GetTurnRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetTurnResponse__Output>): grpc.ClientUnaryCall;
  getTurn(argument: _memsvc_v1_GetTurnRequest, callback: grpc.requestCallback<_memsvc_v1_GetTurnResponse__Output>): grpc.ClientUnaryCall;
  
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
   * Lists every tool the agent's LLM may call: the built-in functions and the
   * agent's client tools, with their parameters as the LLM sees them and whether
   * they need approval. NOT_FOUND for an unknown agent.
   */
  ListTools(argument: _memsvc_v1_ListToolsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListToolsResponse__Output>): grpc.ClientUnaryCall;
  ListTools(argument: _memsvc_v1_ListToolsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListToolsResponse__Output>): grpc.ClientUnaryCall;
  ListTools(argument: _memsvc_v1_ListToolsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListToolsResponse__Output>): grpc.ClientUnaryCall;
  ListTools(argument: _memsvc_v1_ListToolsRequest, callback: grpc.requestCallback<_memsvc_v1_ListToolsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists every tool the agent's LLM may call: the built-in functions and the
   * agent's client tools, with their parameters as the LLM sees them and whether
   * they need approval. NOT_FOUND for an unknown agent.
   */
  listTools(argument: _memsvc_v1_ListToolsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListToolsResponse__Output>): grpc.ClientUnaryCall;
  listTools(argument: _memsvc_v1_ListToolsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListToolsResponse__Output>): grpc.ClientUnaryCall;
  listTools(argument: _memsvc_v1_ListToolsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListToolsResponse__Output>): grpc.ClientUnaryCall;
  listTools(argument: _memsvc_v1_ListToolsRequest, callback: grpc.requestCallback<_memsvc_v1_ListToolsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists an agent's turns, newest first.
   */
  ListTurns(argument: _memsvc_v1_ListTurnsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListTurnsResponse__Output>): grpc.ClientUnaryCall;
  ListTurns(argument: _memsvc_v1_ListTurnsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListTurnsResponse__Output>): grpc.ClientUnaryCall;
  ListTurns(argument: _memsvc_v1_ListTurnsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListTurnsResponse__Output>): grpc.ClientUnaryCall;
  ListTurns(argument: _memsvc_v1_ListTurnsRequest, callback: grpc.requestCallback<_memsvc_v1_ListTurnsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists an agent's turns, newest first.
   */
  listTurns(argument: _memsvc_v1_ListTurnsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListTurnsResponse__Output>): grpc.ClientUnaryCall;
  listTurns(argument: _memsvc_v1_ListTurnsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListTurnsResponse__Output>): grpc.ClientUnaryCall;
  listTurns(argument: _memsvc_v1_ListTurnsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListTurnsResponse__Output>): grpc.ClientUnaryCall;
  listTurns(argument: _memsvc_v1_ListTurnsRequest, callback: grpc.requestCallback<_memsvc_v1_ListTurnsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists the agent's wake-ups, soonest due first: the pending ones, or those in the
   * states asked for. Fired and cancelled wake-ups are kept for the server's retention
   * (MEMSVC_WAKEUP_RETENTION_DAYS, default 30 days after they fired or were cancelled),
   * then deleted: older ones are not listed (the turn a wake-up started stays, see
   * GetTurn). NOT_FOUND for an unknown agent.
   */
  ListWakeups(argument: _memsvc_v1_ListWakeupsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListWakeupsResponse__Output>): grpc.ClientUnaryCall;
  ListWakeups(argument: _memsvc_v1_ListWakeupsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListWakeupsResponse__Output>): grpc.ClientUnaryCall;
  ListWakeups(argument: _memsvc_v1_ListWakeupsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListWakeupsResponse__Output>): grpc.ClientUnaryCall;
  ListWakeups(argument: _memsvc_v1_ListWakeupsRequest, callback: grpc.requestCallback<_memsvc_v1_ListWakeupsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists the agent's wake-ups, soonest due first: the pending ones, or those in the
   * states asked for. Fired and cancelled wake-ups are kept for the server's retention
   * (MEMSVC_WAKEUP_RETENTION_DAYS, default 30 days after they fired or were cancelled),
   * then deleted: older ones are not listed (the turn a wake-up started stays, see
   * GetTurn). NOT_FOUND for an unknown agent.
   */
  listWakeups(argument: _memsvc_v1_ListWakeupsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListWakeupsResponse__Output>): grpc.ClientUnaryCall;
  listWakeups(argument: _memsvc_v1_ListWakeupsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListWakeupsResponse__Output>): grpc.ClientUnaryCall;
  listWakeups(argument: _memsvc_v1_ListWakeupsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListWakeupsResponse__Output>): grpc.ClientUnaryCall;
  listWakeups(argument: _memsvc_v1_ListWakeupsRequest, callback: grpc.requestCallback<_memsvc_v1_ListWakeupsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Answers pending calls of a waiting turn: client tool results and approval
   * decisions, recorded together (all or none). Once no call is left pending the turn
   * continues, and this returns its events up to its end or its next pause (then with
   * STOP_REASON_WAITING_FOR_CLIENT and the new `pending_calls`); while calls remain
   * pending it returns at once with those. NOT_FOUND (reason TURN_NOT_FOUND) for an
   * unknown turn; FAILED_PRECONDITION for a turn that is not waiting
   * (TURN_NOT_WAITING), or an answer to an unknown call (UNKNOWN_TOOL_CALL), an
   * already answered call (TOOL_CALL_ALREADY_ANSWERED), a result for a call not yet
   * approved (TOOL_CALL_AWAITING_APPROVAL), or a decision on a call that does not
   * wait for approval (TOOL_CALL_NOT_AWAITING_APPROVAL).
   */
  ResumeTurn(argument: _memsvc_v1_ResumeTurnRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ResumeTurnResponse__Output>): grpc.ClientUnaryCall;
  ResumeTurn(argument: _memsvc_v1_ResumeTurnRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ResumeTurnResponse__Output>): grpc.ClientUnaryCall;
  ResumeTurn(argument: _memsvc_v1_ResumeTurnRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ResumeTurnResponse__Output>): grpc.ClientUnaryCall;
  ResumeTurn(argument: _memsvc_v1_ResumeTurnRequest, callback: grpc.requestCallback<_memsvc_v1_ResumeTurnResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Answers pending calls of a waiting turn: client tool results and approval
   * decisions, recorded together (all or none). Once no call is left pending the turn
   * continues, and this returns its events up to its end or its next pause (then with
   * STOP_REASON_WAITING_FOR_CLIENT and the new `pending_calls`); while calls remain
   * pending it returns at once with those. NOT_FOUND (reason TURN_NOT_FOUND) for an
   * unknown turn; FAILED_PRECONDITION for a turn that is not waiting
   * (TURN_NOT_WAITING), or an answer to an unknown call (UNKNOWN_TOOL_CALL), an
   * already answered call (TOOL_CALL_ALREADY_ANSWERED), a result for a call not yet
   * approved (TOOL_CALL_AWAITING_APPROVAL), or a decision on a call that does not
   * wait for approval (TOOL_CALL_NOT_AWAITING_APPROVAL).
   */
  resumeTurn(argument: _memsvc_v1_ResumeTurnRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ResumeTurnResponse__Output>): grpc.ClientUnaryCall;
  resumeTurn(argument: _memsvc_v1_ResumeTurnRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ResumeTurnResponse__Output>): grpc.ClientUnaryCall;
  resumeTurn(argument: _memsvc_v1_ResumeTurnRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ResumeTurnResponse__Output>): grpc.ClientUnaryCall;
  resumeTurn(argument: _memsvc_v1_ResumeTurnRequest, callback: grpc.requestCallback<_memsvc_v1_ResumeTurnResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Schedules a wake-up for the agent (see Wakeup): at `at`, or `delay_seconds` from
   * now, the agent gets a turn whose input is a system event naming `reason`.
   * Watchers (WatchAgent) see that turn. Statuses: INVALID_ARGUMENT if neither or
   * both of `at` and `delay_seconds` are set, for a reason that is empty or over
   * 1,000 characters, for a delay that is NaN, infinite or negative (reason
   * WAKEUP_DELAY_INVALID), for a time more than 60 s in the past (reason
   * WAKEUP_IN_THE_PAST; up to 60 s past fires at once), or more than 366 days ahead
   * (reason WAKEUP_TOO_FAR); RESOURCE_EXHAUSTED (reason TOO_MANY_WAKEUPS) when the
   * agent has 1,000 pending wake-ups; NOT_FOUND for an unknown agent.
   */
  ScheduleWakeup(argument: _memsvc_v1_ScheduleWakeupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ScheduleWakeupResponse__Output>): grpc.ClientUnaryCall;
  ScheduleWakeup(argument: _memsvc_v1_ScheduleWakeupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ScheduleWakeupResponse__Output>): grpc.ClientUnaryCall;
  ScheduleWakeup(argument: _memsvc_v1_ScheduleWakeupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ScheduleWakeupResponse__Output>): grpc.ClientUnaryCall;
  ScheduleWakeup(argument: _memsvc_v1_ScheduleWakeupRequest, callback: grpc.requestCallback<_memsvc_v1_ScheduleWakeupResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Schedules a wake-up for the agent (see Wakeup): at `at`, or `delay_seconds` from
   * now, the agent gets a turn whose input is a system event naming `reason`.
   * Watchers (WatchAgent) see that turn. Statuses: INVALID_ARGUMENT if neither or
   * both of `at` and `delay_seconds` are set, for a reason that is empty or over
   * 1,000 characters, for a delay that is NaN, infinite or negative (reason
   * WAKEUP_DELAY_INVALID), for a time more than 60 s in the past (reason
   * WAKEUP_IN_THE_PAST; up to 60 s past fires at once), or more than 366 days ahead
   * (reason WAKEUP_TOO_FAR); RESOURCE_EXHAUSTED (reason TOO_MANY_WAKEUPS) when the
   * agent has 1,000 pending wake-ups; NOT_FOUND for an unknown agent.
   */
  scheduleWakeup(argument: _memsvc_v1_ScheduleWakeupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ScheduleWakeupResponse__Output>): grpc.ClientUnaryCall;
  scheduleWakeup(argument: _memsvc_v1_ScheduleWakeupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ScheduleWakeupResponse__Output>): grpc.ClientUnaryCall;
  scheduleWakeup(argument: _memsvc_v1_ScheduleWakeupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ScheduleWakeupResponse__Output>): grpc.ClientUnaryCall;
  scheduleWakeup(argument: _memsvc_v1_ScheduleWakeupRequest, callback: grpc.requestCallback<_memsvc_v1_ScheduleWakeupResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Runs one turn and returns every event of it. The input messages are stored
   * before the LLM is called, so an LLM failure loses nothing: it returns
   * UNAVAILABLE (reason LLM_UNAVAILABLE) and the next turn sees the input.
   * Turns of one agent run one at a time, in arrival order.
   * If the LLM calls a client tool or a tool that needs approval, the turn pauses
   * and this returns at once with stop reason STOP_REASON_WAITING_FOR_CLIENT and the
   * `pending_calls`; ResumeTurn answers them and continues the turn.
   * NOT_FOUND for an unknown agent; INVALID_ARGUMENT for an empty, blank or
   * oversized message; FAILED_PRECONDITION (reason AGENT_AWAITING_CLIENT) while the
   * agent has a turn waiting for the client: answer or cancel that turn first;
   * FAILED_PRECONDITION (reason CONTEXT_WINDOW_TOO_SMALL) when the agent's fixed
   * prompt leaves no room for messages (raise its context_window with UpdateAgent).
   */
  SendMessage(argument: _memsvc_v1_SendMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  SendMessage(argument: _memsvc_v1_SendMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  SendMessage(argument: _memsvc_v1_SendMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  SendMessage(argument: _memsvc_v1_SendMessageRequest, callback: grpc.requestCallback<_memsvc_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Runs one turn and returns every event of it. The input messages are stored
   * before the LLM is called, so an LLM failure loses nothing: it returns
   * UNAVAILABLE (reason LLM_UNAVAILABLE) and the next turn sees the input.
   * Turns of one agent run one at a time, in arrival order.
   * If the LLM calls a client tool or a tool that needs approval, the turn pauses
   * and this returns at once with stop reason STOP_REASON_WAITING_FOR_CLIENT and the
   * `pending_calls`; ResumeTurn answers them and continues the turn.
   * NOT_FOUND for an unknown agent; INVALID_ARGUMENT for an empty, blank or
   * oversized message; FAILED_PRECONDITION (reason AGENT_AWAITING_CLIENT) while the
   * agent has a turn waiting for the client: answer or cancel that turn first;
   * FAILED_PRECONDITION (reason CONTEXT_WINDOW_TOO_SMALL) when the agent's fixed
   * prompt leaves no room for messages (raise its context_window with UpdateAgent).
   */
  sendMessage(argument: _memsvc_v1_SendMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  sendMessage(argument: _memsvc_v1_SendMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  sendMessage(argument: _memsvc_v1_SendMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  sendMessage(argument: _memsvc_v1_SendMessageRequest, callback: grpc.requestCallback<_memsvc_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Drives an agent interactively. The first request must name `agent_id`. The
   * server streams every event as it happens: inner thoughts, function calls and
   * results, heartbeats, messages to the user, system alerts, TurnWaiting when the
   * turn needs the client, and a TurnEnd with the stop reason and token usage.
   * Token streaming: while the LLM generates a step's reply, TextDelta events carry
   * its inner thoughts and the message to the user piece by piece, ahead of the
   * stored events that confirm them (on unless the input sets `stream_tokens` false;
   * see TextDelta).
   * 
   * Requests:
   * - `input` runs one turn (inputs sent while this stream's turn runs or waits are
   * queued and run after it ends).
   * - `tool_result` answers a client tool call of the waiting turn, `approval`
   * approves or denies a call waiting for approval. The turn continues once none
   * is left pending, and its events keep coming on this stream. An answer the
   * stream's turn does not take (an unknown or already answered call, the wrong
   * kind of answer, a turn no longer waiting) is reported by an `answer_refused`
   * event (see AnswerRefused) and the stream stays open; the turn keeps waiting.
   * An answer on a stream with no turn (no `input` or `attach` yet) answers the
   * agent's waiting turn; if it has none, the stream ends with FAILED_PRECONDITION
   * (reason TURN_NOT_WAITING), as ResumeTurn would (NOT_FOUND, AGENT_NOT_FOUND, for
   * an unknown agent).
   * - `attach` re-attaches to a turn (running, waiting or ended), from any agent
   * server: its stored events after `after_sequence`, then the live ones, each
   * exactly once and in order, up to its TurnEnd.
   * - `cancel` stops the stream's running turn at its next step boundary, or ends its
   * waiting turn (pending calls get a failed "cancelled" result). On a stream with
   * no turn yet it ends the stream with FAILED_PRECONDITION (reason
   * NO_TURN_TO_CANCEL); after the stream's turn ended it does nothing.
   * A request with none of these set ends the stream with INVALID_ARGUMENT (field
   * `request`); so does a malformed one. Requests sent before the client closes its
   * side are all answered (a refused answer's status included) before the stream ends.
   * 
   * A turn outlives its stream: if the client goes away the turn carries on (and
   * waits, if it must), unless its input set `cancel_on_disconnect`. An LLM failure
   * ends the turn with STOP_REASON_LLM_ERROR; the stream stays open. Closing the
   * request side ends the stream after the queued turns have ended.
   */
  StreamStep(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_memsvc_v1_StreamStepRequest, _memsvc_v1_StreamStepResponse__Output>;
  StreamStep(options?: grpc.CallOptions): grpc.ClientDuplexStream<_memsvc_v1_StreamStepRequest, _memsvc_v1_StreamStepResponse__Output>;
  /**
   * Drives an agent interactively. The first request must name `agent_id`. The
   * server streams every event as it happens: inner thoughts, function calls and
   * results, heartbeats, messages to the user, system alerts, TurnWaiting when the
   * turn needs the client, and a TurnEnd with the stop reason and token usage.
   * Token streaming: while the LLM generates a step's reply, TextDelta events carry
   * its inner thoughts and the message to the user piece by piece, ahead of the
   * stored events that confirm them (on unless the input sets `stream_tokens` false;
   * see TextDelta).
   * 
   * Requests:
   * - `input` runs one turn (inputs sent while this stream's turn runs or waits are
   * queued and run after it ends).
   * - `tool_result` answers a client tool call of the waiting turn, `approval`
   * approves or denies a call waiting for approval. The turn continues once none
   * is left pending, and its events keep coming on this stream. An answer the
   * stream's turn does not take (an unknown or already answered call, the wrong
   * kind of answer, a turn no longer waiting) is reported by an `answer_refused`
   * event (see AnswerRefused) and the stream stays open; the turn keeps waiting.
   * An answer on a stream with no turn (no `input` or `attach` yet) answers the
   * agent's waiting turn; if it has none, the stream ends with FAILED_PRECONDITION
   * (reason TURN_NOT_WAITING), as ResumeTurn would (NOT_FOUND, AGENT_NOT_FOUND, for
   * an unknown agent).
   * - `attach` re-attaches to a turn (running, waiting or ended), from any agent
   * server: its stored events after `after_sequence`, then the live ones, each
   * exactly once and in order, up to its TurnEnd.
   * - `cancel` stops the stream's running turn at its next step boundary, or ends its
   * waiting turn (pending calls get a failed "cancelled" result). On a stream with
   * no turn yet it ends the stream with FAILED_PRECONDITION (reason
   * NO_TURN_TO_CANCEL); after the stream's turn ended it does nothing.
   * A request with none of these set ends the stream with INVALID_ARGUMENT (field
   * `request`); so does a malformed one. Requests sent before the client closes its
   * side are all answered (a refused answer's status included) before the stream ends.
   * 
   * A turn outlives its stream: if the client goes away the turn carries on (and
   * waits, if it must), unless its input set `cancel_on_disconnect`. An LLM failure
   * ends the turn with STOP_REASON_LLM_ERROR; the stream stays open. Closing the
   * request side ends the stream after the queued turns have ended.
   */
  streamStep(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_memsvc_v1_StreamStepRequest, _memsvc_v1_StreamStepResponse__Output>;
  streamStep(options?: grpc.CallOptions): grpc.ClientDuplexStream<_memsvc_v1_StreamStepRequest, _memsvc_v1_StreamStepResponse__Output>;
  
  /**
   * Changes an agent's name, system instructions, configs or max_steps; the fields
   * to change are named in `update_mask`. Blocks are changed with MemoryService.
   * NOT_FOUND if the agent does not exist; INVALID_ARGUMENT for an unknown or
   * immutable field path, and (reason CONTEXT_WINDOW_TOO_SMALL) for a change that
   * would leave the system instructions and tool schemas no room for messages in
   * the context window; the message says the smallest context_window that fits.
   */
  UpdateAgent(argument: _memsvc_v1_UpdateAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_UpdateAgentResponse__Output>): grpc.ClientUnaryCall;
  UpdateAgent(argument: _memsvc_v1_UpdateAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_UpdateAgentResponse__Output>): grpc.ClientUnaryCall;
  UpdateAgent(argument: _memsvc_v1_UpdateAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_UpdateAgentResponse__Output>): grpc.ClientUnaryCall;
  UpdateAgent(argument: _memsvc_v1_UpdateAgentRequest, callback: grpc.requestCallback<_memsvc_v1_UpdateAgentResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Changes an agent's name, system instructions, configs or max_steps; the fields
   * to change are named in `update_mask`. Blocks are changed with MemoryService.
   * NOT_FOUND if the agent does not exist; INVALID_ARGUMENT for an unknown or
   * immutable field path, and (reason CONTEXT_WINDOW_TOO_SMALL) for a change that
   * would leave the system instructions and tool schemas no room for messages in
   * the context window; the message says the smallest context_window that fits.
   */
  updateAgent(argument: _memsvc_v1_UpdateAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_UpdateAgentResponse__Output>): grpc.ClientUnaryCall;
  updateAgent(argument: _memsvc_v1_UpdateAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_UpdateAgentResponse__Output>): grpc.ClientUnaryCall;
  updateAgent(argument: _memsvc_v1_UpdateAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_UpdateAgentResponse__Output>): grpc.ClientUnaryCall;
  updateAgent(argument: _memsvc_v1_UpdateAgentRequest, callback: grpc.requestCallback<_memsvc_v1_UpdateAgentResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Watches an agent: streams the events of every turn of the agent as they are
   * stored, whoever started the turn and whichever agent server runs it, until the
   * client goes away. Each event comes exactly once, in the order of
   * `agent_sequence`. With `after_agent_sequence` it first sends the stored events
   * after that position (to resume a watch); without it, only what happens next.
   * NOT_FOUND for an unknown agent.
   */
  WatchAgent(argument: _memsvc_v1_WatchAgentRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_memsvc_v1_WatchAgentResponse__Output>;
  WatchAgent(argument: _memsvc_v1_WatchAgentRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_memsvc_v1_WatchAgentResponse__Output>;
  /**
   * Watches an agent: streams the events of every turn of the agent as they are
   * stored, whoever started the turn and whichever agent server runs it, until the
   * client goes away. Each event comes exactly once, in the order of
   * `agent_sequence`. With `after_agent_sequence` it first sends the stored events
   * after that position (to resume a watch); without it, only what happens next.
   * NOT_FOUND for an unknown agent.
   */
  watchAgent(argument: _memsvc_v1_WatchAgentRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_memsvc_v1_WatchAgentResponse__Output>;
  watchAgent(argument: _memsvc_v1_WatchAgentRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_memsvc_v1_WatchAgentResponse__Output>;
  
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
   * Cancels a turn. A waiting turn ends at once: its pending calls get a failed
   * "cancelled" result and it ends with STOP_REASON_CANCELLED. A running turn stops at
   * its next step boundary. Cancelling an ended turn changes nothing. Returns the
   * turn as it is after the call. NOT_FOUND (reason TURN_NOT_FOUND) for an unknown
   * turn.
   */
  CancelTurn: grpc.handleUnaryCall<_memsvc_v1_CancelTurnRequest__Output, _memsvc_v1_CancelTurnResponse>;
  
  /**
   * Cancels a pending wake-up: it never fires. Cancelling a cancelled one changes
   * nothing. FAILED_PRECONDITION (reason WAKEUP_ALREADY_FIRED, metadata turn_id) if
   * it fired already; NOT_FOUND (reason WAKEUP_NOT_FOUND) for an unknown wake-up.
   */
  CancelWakeup: grpc.handleUnaryCall<_memsvc_v1_CancelWakeupRequest__Output, _memsvc_v1_CancelWakeupResponse>;
  
  /**
   * Starts a background memory consolidation run now and returns its turn (RUNNING,
   * kind TURN_KIND_CONSOLIDATION) as soon as it is stored; the run goes on in the
   * background. Follow it with StreamStep `attach` (its turn id), WatchAgent or
   * GetTurn. It works whether or not the agent's ConsolidationConfig is enabled (its
   * model, max_steps and max_tokens apply, else their defaults). Like a turn, it
   * waits while the agent runs a turn, up to the server's lease wait. Idempotent
   * while a run is asked for or under way on the agent server: a second call returns
   * that run's turn instead of starting another. When no message was stored since
   * the agent's last turn, a run that finished (STOP_REASON_END_TURN), the new run
   * ends at once without calling the LLM (STOP_REASON_END_TURN, step_count 0; its
   * first event says so).
   * NOT_FOUND for an unknown agent; FAILED_PRECONDITION (reason
   * AGENT_AWAITING_CLIENT) while a turn waits for the client; FAILED_PRECONDITION
   * (reason CONSOLIDATION_BUDGET_TOO_SMALL) when the instructions, memory blocks and
   * function schemas alone do not fit the consolidation model's context window or
   * the run's `max_tokens` (the message says what to raise); ABORTED (reason
   * AGENT_BUSY) if the agent's turn did not end within the lease wait.
   */
  ConsolidateAgent: grpc.handleUnaryCall<_memsvc_v1_ConsolidateAgentRequest__Output, _memsvc_v1_ConsolidateAgentResponse>;
  
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
   * Returns a turn: its status, pending calls, stop reason and usage. NOT_FOUND
   * (reason TURN_NOT_FOUND) if the agent has no such turn.
   */
  GetTurn: grpc.handleUnaryCall<_memsvc_v1_GetTurnRequest__Output, _memsvc_v1_GetTurnResponse>;
  
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
   * Lists every tool the agent's LLM may call: the built-in functions and the
   * agent's client tools, with their parameters as the LLM sees them and whether
   * they need approval. NOT_FOUND for an unknown agent.
   */
  ListTools: grpc.handleUnaryCall<_memsvc_v1_ListToolsRequest__Output, _memsvc_v1_ListToolsResponse>;
  
  /**
   * Lists an agent's turns, newest first.
   */
  ListTurns: grpc.handleUnaryCall<_memsvc_v1_ListTurnsRequest__Output, _memsvc_v1_ListTurnsResponse>;
  
  /**
   * Lists the agent's wake-ups, soonest due first: the pending ones, or those in the
   * states asked for. Fired and cancelled wake-ups are kept for the server's retention
   * (MEMSVC_WAKEUP_RETENTION_DAYS, default 30 days after they fired or were cancelled),
   * then deleted: older ones are not listed (the turn a wake-up started stays, see
   * GetTurn). NOT_FOUND for an unknown agent.
   */
  ListWakeups: grpc.handleUnaryCall<_memsvc_v1_ListWakeupsRequest__Output, _memsvc_v1_ListWakeupsResponse>;
  
  /**
   * Answers pending calls of a waiting turn: client tool results and approval
   * decisions, recorded together (all or none). Once no call is left pending the turn
   * continues, and this returns its events up to its end or its next pause (then with
   * STOP_REASON_WAITING_FOR_CLIENT and the new `pending_calls`); while calls remain
   * pending it returns at once with those. NOT_FOUND (reason TURN_NOT_FOUND) for an
   * unknown turn; FAILED_PRECONDITION for a turn that is not waiting
   * (TURN_NOT_WAITING), or an answer to an unknown call (UNKNOWN_TOOL_CALL), an
   * already answered call (TOOL_CALL_ALREADY_ANSWERED), a result for a call not yet
   * approved (TOOL_CALL_AWAITING_APPROVAL), or a decision on a call that does not
   * wait for approval (TOOL_CALL_NOT_AWAITING_APPROVAL).
   */
  ResumeTurn: grpc.handleUnaryCall<_memsvc_v1_ResumeTurnRequest__Output, _memsvc_v1_ResumeTurnResponse>;
  
  /**
   * Schedules a wake-up for the agent (see Wakeup): at `at`, or `delay_seconds` from
   * now, the agent gets a turn whose input is a system event naming `reason`.
   * Watchers (WatchAgent) see that turn. Statuses: INVALID_ARGUMENT if neither or
   * both of `at` and `delay_seconds` are set, for a reason that is empty or over
   * 1,000 characters, for a delay that is NaN, infinite or negative (reason
   * WAKEUP_DELAY_INVALID), for a time more than 60 s in the past (reason
   * WAKEUP_IN_THE_PAST; up to 60 s past fires at once), or more than 366 days ahead
   * (reason WAKEUP_TOO_FAR); RESOURCE_EXHAUSTED (reason TOO_MANY_WAKEUPS) when the
   * agent has 1,000 pending wake-ups; NOT_FOUND for an unknown agent.
   */
  ScheduleWakeup: grpc.handleUnaryCall<_memsvc_v1_ScheduleWakeupRequest__Output, _memsvc_v1_ScheduleWakeupResponse>;
  
  /**
   * Runs one turn and returns every event of it. The input messages are stored
   * before the LLM is called, so an LLM failure loses nothing: it returns
   * UNAVAILABLE (reason LLM_UNAVAILABLE) and the next turn sees the input.
   * Turns of one agent run one at a time, in arrival order.
   * If the LLM calls a client tool or a tool that needs approval, the turn pauses
   * and this returns at once with stop reason STOP_REASON_WAITING_FOR_CLIENT and the
   * `pending_calls`; ResumeTurn answers them and continues the turn.
   * NOT_FOUND for an unknown agent; INVALID_ARGUMENT for an empty, blank or
   * oversized message; FAILED_PRECONDITION (reason AGENT_AWAITING_CLIENT) while the
   * agent has a turn waiting for the client: answer or cancel that turn first;
   * FAILED_PRECONDITION (reason CONTEXT_WINDOW_TOO_SMALL) when the agent's fixed
   * prompt leaves no room for messages (raise its context_window with UpdateAgent).
   */
  SendMessage: grpc.handleUnaryCall<_memsvc_v1_SendMessageRequest__Output, _memsvc_v1_SendMessageResponse>;
  
  /**
   * Drives an agent interactively. The first request must name `agent_id`. The
   * server streams every event as it happens: inner thoughts, function calls and
   * results, heartbeats, messages to the user, system alerts, TurnWaiting when the
   * turn needs the client, and a TurnEnd with the stop reason and token usage.
   * Token streaming: while the LLM generates a step's reply, TextDelta events carry
   * its inner thoughts and the message to the user piece by piece, ahead of the
   * stored events that confirm them (on unless the input sets `stream_tokens` false;
   * see TextDelta).
   * 
   * Requests:
   * - `input` runs one turn (inputs sent while this stream's turn runs or waits are
   * queued and run after it ends).
   * - `tool_result` answers a client tool call of the waiting turn, `approval`
   * approves or denies a call waiting for approval. The turn continues once none
   * is left pending, and its events keep coming on this stream. An answer the
   * stream's turn does not take (an unknown or already answered call, the wrong
   * kind of answer, a turn no longer waiting) is reported by an `answer_refused`
   * event (see AnswerRefused) and the stream stays open; the turn keeps waiting.
   * An answer on a stream with no turn (no `input` or `attach` yet) answers the
   * agent's waiting turn; if it has none, the stream ends with FAILED_PRECONDITION
   * (reason TURN_NOT_WAITING), as ResumeTurn would (NOT_FOUND, AGENT_NOT_FOUND, for
   * an unknown agent).
   * - `attach` re-attaches to a turn (running, waiting or ended), from any agent
   * server: its stored events after `after_sequence`, then the live ones, each
   * exactly once and in order, up to its TurnEnd.
   * - `cancel` stops the stream's running turn at its next step boundary, or ends its
   * waiting turn (pending calls get a failed "cancelled" result). On a stream with
   * no turn yet it ends the stream with FAILED_PRECONDITION (reason
   * NO_TURN_TO_CANCEL); after the stream's turn ended it does nothing.
   * A request with none of these set ends the stream with INVALID_ARGUMENT (field
   * `request`); so does a malformed one. Requests sent before the client closes its
   * side are all answered (a refused answer's status included) before the stream ends.
   * 
   * A turn outlives its stream: if the client goes away the turn carries on (and
   * waits, if it must), unless its input set `cancel_on_disconnect`. An LLM failure
   * ends the turn with STOP_REASON_LLM_ERROR; the stream stays open. Closing the
   * request side ends the stream after the queued turns have ended.
   */
  StreamStep: grpc.handleBidiStreamingCall<_memsvc_v1_StreamStepRequest__Output, _memsvc_v1_StreamStepResponse>;
  
  /**
   * Changes an agent's name, system instructions, configs or max_steps; the fields
   * to change are named in `update_mask`. Blocks are changed with MemoryService.
   * NOT_FOUND if the agent does not exist; INVALID_ARGUMENT for an unknown or
   * immutable field path, and (reason CONTEXT_WINDOW_TOO_SMALL) for a change that
   * would leave the system instructions and tool schemas no room for messages in
   * the context window; the message says the smallest context_window that fits.
   */
  UpdateAgent: grpc.handleUnaryCall<_memsvc_v1_UpdateAgentRequest__Output, _memsvc_v1_UpdateAgentResponse>;
  
  /**
   * Watches an agent: streams the events of every turn of the agent as they are
   * stored, whoever started the turn and whichever agent server runs it, until the
   * client goes away. Each event comes exactly once, in the order of
   * `agent_sequence`. With `after_agent_sequence` it first sends the stored events
   * after that position (to resume a watch); without it, only what happens next.
   * NOT_FOUND for an unknown agent.
   */
  WatchAgent: grpc.handleServerStreamingCall<_memsvc_v1_WatchAgentRequest__Output, _memsvc_v1_WatchAgentResponse>;
  
}

export interface AgentServiceDefinition extends grpc.ServiceDefinition {
  AppendConversation: MethodDefinition<_memsvc_v1_AppendConversationRequest, _memsvc_v1_AppendConversationResponse, _memsvc_v1_AppendConversationRequest__Output, _memsvc_v1_AppendConversationResponse__Output>
  CancelTurn: MethodDefinition<_memsvc_v1_CancelTurnRequest, _memsvc_v1_CancelTurnResponse, _memsvc_v1_CancelTurnRequest__Output, _memsvc_v1_CancelTurnResponse__Output>
  CancelWakeup: MethodDefinition<_memsvc_v1_CancelWakeupRequest, _memsvc_v1_CancelWakeupResponse, _memsvc_v1_CancelWakeupRequest__Output, _memsvc_v1_CancelWakeupResponse__Output>
  ConsolidateAgent: MethodDefinition<_memsvc_v1_ConsolidateAgentRequest, _memsvc_v1_ConsolidateAgentResponse, _memsvc_v1_ConsolidateAgentRequest__Output, _memsvc_v1_ConsolidateAgentResponse__Output>
  CreateAgent: MethodDefinition<_memsvc_v1_CreateAgentRequest, _memsvc_v1_CreateAgentResponse, _memsvc_v1_CreateAgentRequest__Output, _memsvc_v1_CreateAgentResponse__Output>
  DeleteAgent: MethodDefinition<_memsvc_v1_DeleteAgentRequest, _memsvc_v1_DeleteAgentResponse, _memsvc_v1_DeleteAgentRequest__Output, _memsvc_v1_DeleteAgentResponse__Output>
  GetAgent: MethodDefinition<_memsvc_v1_GetAgentRequest, _memsvc_v1_GetAgentResponse, _memsvc_v1_GetAgentRequest__Output, _memsvc_v1_GetAgentResponse__Output>
  GetContextWindow: MethodDefinition<_memsvc_v1_GetContextWindowRequest, _memsvc_v1_GetContextWindowResponse, _memsvc_v1_GetContextWindowRequest__Output, _memsvc_v1_GetContextWindowResponse__Output>
  GetTurn: MethodDefinition<_memsvc_v1_GetTurnRequest, _memsvc_v1_GetTurnResponse, _memsvc_v1_GetTurnRequest__Output, _memsvc_v1_GetTurnResponse__Output>
  ListAgents: MethodDefinition<_memsvc_v1_ListAgentsRequest, _memsvc_v1_ListAgentsResponse, _memsvc_v1_ListAgentsRequest__Output, _memsvc_v1_ListAgentsResponse__Output>
  ListMessages: MethodDefinition<_memsvc_v1_ListMessagesRequest, _memsvc_v1_ListMessagesResponse, _memsvc_v1_ListMessagesRequest__Output, _memsvc_v1_ListMessagesResponse__Output>
  ListTools: MethodDefinition<_memsvc_v1_ListToolsRequest, _memsvc_v1_ListToolsResponse, _memsvc_v1_ListToolsRequest__Output, _memsvc_v1_ListToolsResponse__Output>
  ListTurns: MethodDefinition<_memsvc_v1_ListTurnsRequest, _memsvc_v1_ListTurnsResponse, _memsvc_v1_ListTurnsRequest__Output, _memsvc_v1_ListTurnsResponse__Output>
  ListWakeups: MethodDefinition<_memsvc_v1_ListWakeupsRequest, _memsvc_v1_ListWakeupsResponse, _memsvc_v1_ListWakeupsRequest__Output, _memsvc_v1_ListWakeupsResponse__Output>
  ResumeTurn: MethodDefinition<_memsvc_v1_ResumeTurnRequest, _memsvc_v1_ResumeTurnResponse, _memsvc_v1_ResumeTurnRequest__Output, _memsvc_v1_ResumeTurnResponse__Output>
  ScheduleWakeup: MethodDefinition<_memsvc_v1_ScheduleWakeupRequest, _memsvc_v1_ScheduleWakeupResponse, _memsvc_v1_ScheduleWakeupRequest__Output, _memsvc_v1_ScheduleWakeupResponse__Output>
  SendMessage: MethodDefinition<_memsvc_v1_SendMessageRequest, _memsvc_v1_SendMessageResponse, _memsvc_v1_SendMessageRequest__Output, _memsvc_v1_SendMessageResponse__Output>
  StreamStep: MethodDefinition<_memsvc_v1_StreamStepRequest, _memsvc_v1_StreamStepResponse, _memsvc_v1_StreamStepRequest__Output, _memsvc_v1_StreamStepResponse__Output>
  UpdateAgent: MethodDefinition<_memsvc_v1_UpdateAgentRequest, _memsvc_v1_UpdateAgentResponse, _memsvc_v1_UpdateAgentRequest__Output, _memsvc_v1_UpdateAgentResponse__Output>
  WatchAgent: MethodDefinition<_memsvc_v1_WatchAgentRequest, _memsvc_v1_WatchAgentResponse, _memsvc_v1_WatchAgentRequest__Output, _memsvc_v1_WatchAgentResponse__Output>
}
