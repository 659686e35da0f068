// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AcquireTurnLeaseRequest as _memsvc_v1_AcquireTurnLeaseRequest, AcquireTurnLeaseRequest__Output as _memsvc_v1_AcquireTurnLeaseRequest__Output } from '../../memsvc/v1/AcquireTurnLeaseRequest.js';
import type { AcquireTurnLeaseResponse as _memsvc_v1_AcquireTurnLeaseResponse, AcquireTurnLeaseResponse__Output as _memsvc_v1_AcquireTurnLeaseResponse__Output } from '../../memsvc/v1/AcquireTurnLeaseResponse.js';
import type { CancelWakeupRecordRequest as _memsvc_v1_CancelWakeupRecordRequest, CancelWakeupRecordRequest__Output as _memsvc_v1_CancelWakeupRecordRequest__Output } from '../../memsvc/v1/CancelWakeupRecordRequest.js';
import type { CancelWakeupRecordResponse as _memsvc_v1_CancelWakeupRecordResponse, CancelWakeupRecordResponse__Output as _memsvc_v1_CancelWakeupRecordResponse__Output } from '../../memsvc/v1/CancelWakeupRecordResponse.js';
import type { CommitContextRequest as _memsvc_v1_CommitContextRequest, CommitContextRequest__Output as _memsvc_v1_CommitContextRequest__Output } from '../../memsvc/v1/CommitContextRequest.js';
import type { CommitContextResponse as _memsvc_v1_CommitContextResponse, CommitContextResponse__Output as _memsvc_v1_CommitContextResponse__Output } from '../../memsvc/v1/CommitContextResponse.js';
import type { CreateAgentRecordRequest as _memsvc_v1_CreateAgentRecordRequest, CreateAgentRecordRequest__Output as _memsvc_v1_CreateAgentRecordRequest__Output } from '../../memsvc/v1/CreateAgentRecordRequest.js';
import type { CreateAgentRecordResponse as _memsvc_v1_CreateAgentRecordResponse, CreateAgentRecordResponse__Output as _memsvc_v1_CreateAgentRecordResponse__Output } from '../../memsvc/v1/CreateAgentRecordResponse.js';
import type { DeleteAgentRecordRequest as _memsvc_v1_DeleteAgentRecordRequest, DeleteAgentRecordRequest__Output as _memsvc_v1_DeleteAgentRecordRequest__Output } from '../../memsvc/v1/DeleteAgentRecordRequest.js';
import type { DeleteAgentRecordResponse as _memsvc_v1_DeleteAgentRecordResponse, DeleteAgentRecordResponse__Output as _memsvc_v1_DeleteAgentRecordResponse__Output } from '../../memsvc/v1/DeleteAgentRecordResponse.js';
import type { FinishTurnRequestRequest as _memsvc_v1_FinishTurnRequestRequest, FinishTurnRequestRequest__Output as _memsvc_v1_FinishTurnRequestRequest__Output } from '../../memsvc/v1/FinishTurnRequestRequest.js';
import type { FinishTurnRequestResponse as _memsvc_v1_FinishTurnRequestResponse, FinishTurnRequestResponse__Output as _memsvc_v1_FinishTurnRequestResponse__Output } from '../../memsvc/v1/FinishTurnRequestResponse.js';
import type { GetAgentRecordRequest as _memsvc_v1_GetAgentRecordRequest, GetAgentRecordRequest__Output as _memsvc_v1_GetAgentRecordRequest__Output } from '../../memsvc/v1/GetAgentRecordRequest.js';
import type { GetAgentRecordResponse as _memsvc_v1_GetAgentRecordResponse, GetAgentRecordResponse__Output as _memsvc_v1_GetAgentRecordResponse__Output } from '../../memsvc/v1/GetAgentRecordResponse.js';
import type { GetTurnRecordRequest as _memsvc_v1_GetTurnRecordRequest, GetTurnRecordRequest__Output as _memsvc_v1_GetTurnRecordRequest__Output } from '../../memsvc/v1/GetTurnRecordRequest.js';
import type { GetTurnRecordResponse as _memsvc_v1_GetTurnRecordResponse, GetTurnRecordResponse__Output as _memsvc_v1_GetTurnRecordResponse__Output } from '../../memsvc/v1/GetTurnRecordResponse.js';
import type { GetTurnRequestRequest as _memsvc_v1_GetTurnRequestRequest, GetTurnRequestRequest__Output as _memsvc_v1_GetTurnRequestRequest__Output } from '../../memsvc/v1/GetTurnRequestRequest.js';
import type { GetTurnRequestResponse as _memsvc_v1_GetTurnRequestResponse, GetTurnRequestResponse__Output as _memsvc_v1_GetTurnRequestResponse__Output } from '../../memsvc/v1/GetTurnRequestResponse.js';
import type { ListAgentRecordsRequest as _memsvc_v1_ListAgentRecordsRequest, ListAgentRecordsRequest__Output as _memsvc_v1_ListAgentRecordsRequest__Output } from '../../memsvc/v1/ListAgentRecordsRequest.js';
import type { ListAgentRecordsResponse as _memsvc_v1_ListAgentRecordsResponse, ListAgentRecordsResponse__Output as _memsvc_v1_ListAgentRecordsResponse__Output } from '../../memsvc/v1/ListAgentRecordsResponse.js';
import type { ListDueConsolidationsRequest as _memsvc_v1_ListDueConsolidationsRequest, ListDueConsolidationsRequest__Output as _memsvc_v1_ListDueConsolidationsRequest__Output } from '../../memsvc/v1/ListDueConsolidationsRequest.js';
import type { ListDueConsolidationsResponse as _memsvc_v1_ListDueConsolidationsResponse, ListDueConsolidationsResponse__Output as _memsvc_v1_ListDueConsolidationsResponse__Output } from '../../memsvc/v1/ListDueConsolidationsResponse.js';
import type { ListDueTurnsRequest as _memsvc_v1_ListDueTurnsRequest, ListDueTurnsRequest__Output as _memsvc_v1_ListDueTurnsRequest__Output } from '../../memsvc/v1/ListDueTurnsRequest.js';
import type { ListDueTurnsResponse as _memsvc_v1_ListDueTurnsResponse, ListDueTurnsResponse__Output as _memsvc_v1_ListDueTurnsResponse__Output } from '../../memsvc/v1/ListDueTurnsResponse.js';
import type { ListDueWakeupsRequest as _memsvc_v1_ListDueWakeupsRequest, ListDueWakeupsRequest__Output as _memsvc_v1_ListDueWakeupsRequest__Output } from '../../memsvc/v1/ListDueWakeupsRequest.js';
import type { ListDueWakeupsResponse as _memsvc_v1_ListDueWakeupsResponse, ListDueWakeupsResponse__Output as _memsvc_v1_ListDueWakeupsResponse__Output } from '../../memsvc/v1/ListDueWakeupsResponse.js';
import type { ListTurnRecordsRequest as _memsvc_v1_ListTurnRecordsRequest, ListTurnRecordsRequest__Output as _memsvc_v1_ListTurnRecordsRequest__Output } from '../../memsvc/v1/ListTurnRecordsRequest.js';
import type { ListTurnRecordsResponse as _memsvc_v1_ListTurnRecordsResponse, ListTurnRecordsResponse__Output as _memsvc_v1_ListTurnRecordsResponse__Output } from '../../memsvc/v1/ListTurnRecordsResponse.js';
import type { ListWakeupRecordsRequest as _memsvc_v1_ListWakeupRecordsRequest, ListWakeupRecordsRequest__Output as _memsvc_v1_ListWakeupRecordsRequest__Output } from '../../memsvc/v1/ListWakeupRecordsRequest.js';
import type { ListWakeupRecordsResponse as _memsvc_v1_ListWakeupRecordsResponse, ListWakeupRecordsResponse__Output as _memsvc_v1_ListWakeupRecordsResponse__Output } from '../../memsvc/v1/ListWakeupRecordsResponse.js';
import type { LoadContextRequest as _memsvc_v1_LoadContextRequest, LoadContextRequest__Output as _memsvc_v1_LoadContextRequest__Output } from '../../memsvc/v1/LoadContextRequest.js';
import type { LoadContextResponse as _memsvc_v1_LoadContextResponse, LoadContextResponse__Output as _memsvc_v1_LoadContextResponse__Output } from '../../memsvc/v1/LoadContextResponse.js';
import type { PruneWakeupRecordsRequest as _memsvc_v1_PruneWakeupRecordsRequest, PruneWakeupRecordsRequest__Output as _memsvc_v1_PruneWakeupRecordsRequest__Output } from '../../memsvc/v1/PruneWakeupRecordsRequest.js';
import type { PruneWakeupRecordsResponse as _memsvc_v1_PruneWakeupRecordsResponse, PruneWakeupRecordsResponse__Output as _memsvc_v1_PruneWakeupRecordsResponse__Output } from '../../memsvc/v1/PruneWakeupRecordsResponse.js';
import type { ReleaseTurnLeaseRequest as _memsvc_v1_ReleaseTurnLeaseRequest, ReleaseTurnLeaseRequest__Output as _memsvc_v1_ReleaseTurnLeaseRequest__Output } from '../../memsvc/v1/ReleaseTurnLeaseRequest.js';
import type { ReleaseTurnLeaseResponse as _memsvc_v1_ReleaseTurnLeaseResponse, ReleaseTurnLeaseResponse__Output as _memsvc_v1_ReleaseTurnLeaseResponse__Output } from '../../memsvc/v1/ReleaseTurnLeaseResponse.js';
import type { ScheduleWakeupRecordRequest as _memsvc_v1_ScheduleWakeupRecordRequest, ScheduleWakeupRecordRequest__Output as _memsvc_v1_ScheduleWakeupRecordRequest__Output } from '../../memsvc/v1/ScheduleWakeupRecordRequest.js';
import type { ScheduleWakeupRecordResponse as _memsvc_v1_ScheduleWakeupRecordResponse, ScheduleWakeupRecordResponse__Output as _memsvc_v1_ScheduleWakeupRecordResponse__Output } from '../../memsvc/v1/ScheduleWakeupRecordResponse.js';
import type { UpdateAgentRecordRequest as _memsvc_v1_UpdateAgentRecordRequest, UpdateAgentRecordRequest__Output as _memsvc_v1_UpdateAgentRecordRequest__Output } from '../../memsvc/v1/UpdateAgentRecordRequest.js';
import type { UpdateAgentRecordResponse as _memsvc_v1_UpdateAgentRecordResponse, UpdateAgentRecordResponse__Output as _memsvc_v1_UpdateAgentRecordResponse__Output } from '../../memsvc/v1/UpdateAgentRecordResponse.js';
import type { WatchTurnEventsRequest as _memsvc_v1_WatchTurnEventsRequest, WatchTurnEventsRequest__Output as _memsvc_v1_WatchTurnEventsRequest__Output } from '../../memsvc/v1/WatchTurnEventsRequest.js';
import type { WatchTurnEventsResponse as _memsvc_v1_WatchTurnEventsResponse, WatchTurnEventsResponse__Output as _memsvc_v1_WatchTurnEventsResponse__Output } from '../../memsvc/v1/WatchTurnEventsResponse.js';

/**
 * AgentStoreService runs on the memory server. It is internal: the agent server keeps
 * its durable state here (agent records, the message queue, the recursive summary),
 * so that agent servers stay stateless and every change of a step commits in one
 * transaction. Clients use AgentService instead.
 */
export interface AgentStoreServiceClient extends grpc.Client {
  /**
   * Takes the agent's turn lease for a holder (an agent server), so that one agent's
   * turns never run on two servers at once. Returns `acquired` false while another
   * holder's lease is live; a lease lapses after `ttl_seconds` unless extended.
   */
  AcquireTurnLease(argument: _memsvc_v1_AcquireTurnLeaseRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_AcquireTurnLeaseResponse__Output>): grpc.ClientUnaryCall;
  AcquireTurnLease(argument: _memsvc_v1_AcquireTurnLeaseRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_AcquireTurnLeaseResponse__Output>): grpc.ClientUnaryCall;
  AcquireTurnLease(argument: _memsvc_v1_AcquireTurnLeaseRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_AcquireTurnLeaseResponse__Output>): grpc.ClientUnaryCall;
  AcquireTurnLease(argument: _memsvc_v1_AcquireTurnLeaseRequest, callback: grpc.requestCallback<_memsvc_v1_AcquireTurnLeaseResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Takes the agent's turn lease for a holder (an agent server), so that one agent's
   * turns never run on two servers at once. Returns `acquired` false while another
   * holder's lease is live; a lease lapses after `ttl_seconds` unless extended.
   */
  acquireTurnLease(argument: _memsvc_v1_AcquireTurnLeaseRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_AcquireTurnLeaseResponse__Output>): grpc.ClientUnaryCall;
  acquireTurnLease(argument: _memsvc_v1_AcquireTurnLeaseRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_AcquireTurnLeaseResponse__Output>): grpc.ClientUnaryCall;
  acquireTurnLease(argument: _memsvc_v1_AcquireTurnLeaseRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_AcquireTurnLeaseResponse__Output>): grpc.ClientUnaryCall;
  acquireTurnLease(argument: _memsvc_v1_AcquireTurnLeaseRequest, callback: grpc.requestCallback<_memsvc_v1_AcquireTurnLeaseResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Cancels a pending wake-up. FAILED_PRECONDITION (reason WAKEUP_ALREADY_FIRED) if
   * it fired; NOT_FOUND (reason WAKEUP_NOT_FOUND) if there is no such wake-up.
   */
  CancelWakeupRecord(argument: _memsvc_v1_CancelWakeupRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_CancelWakeupRecordResponse__Output>): grpc.ClientUnaryCall;
  CancelWakeupRecord(argument: _memsvc_v1_CancelWakeupRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_CancelWakeupRecordResponse__Output>): grpc.ClientUnaryCall;
  CancelWakeupRecord(argument: _memsvc_v1_CancelWakeupRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_CancelWakeupRecordResponse__Output>): grpc.ClientUnaryCall;
  CancelWakeupRecord(argument: _memsvc_v1_CancelWakeupRecordRequest, callback: grpc.requestCallback<_memsvc_v1_CancelWakeupRecordResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Cancels a pending wake-up. FAILED_PRECONDITION (reason WAKEUP_ALREADY_FIRED) if
   * it fired; NOT_FOUND (reason WAKEUP_NOT_FOUND) if there is no such wake-up.
   */
  cancelWakeupRecord(argument: _memsvc_v1_CancelWakeupRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_CancelWakeupRecordResponse__Output>): grpc.ClientUnaryCall;
  cancelWakeupRecord(argument: _memsvc_v1_CancelWakeupRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_CancelWakeupRecordResponse__Output>): grpc.ClientUnaryCall;
  cancelWakeupRecord(argument: _memsvc_v1_CancelWakeupRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_CancelWakeupRecordResponse__Output>): grpc.ClientUnaryCall;
  cancelWakeupRecord(argument: _memsvc_v1_CancelWakeupRecordRequest, callback: grpc.requestCallback<_memsvc_v1_CancelWakeupRecordResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Applies one change of the main context in one transaction: appends messages
   * (to recall storage and, if `in_context`, to the queue), evicts queue messages up
   * to a sequence number, and sets the context state. With `lease_holder`, the
   * commit is refused with ABORTED (reason LEASE_LOST) unless that holder has the
   * agent's turn lease, which the commit extends.
   */
  CommitContext(argument: _memsvc_v1_CommitContextRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_CommitContextResponse__Output>): grpc.ClientUnaryCall;
  CommitContext(argument: _memsvc_v1_CommitContextRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_CommitContextResponse__Output>): grpc.ClientUnaryCall;
  CommitContext(argument: _memsvc_v1_CommitContextRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_CommitContextResponse__Output>): grpc.ClientUnaryCall;
  CommitContext(argument: _memsvc_v1_CommitContextRequest, callback: grpc.requestCallback<_memsvc_v1_CommitContextResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Applies one change of the main context in one transaction: appends messages
   * (to recall storage and, if `in_context`, to the queue), evicts queue messages up
   * to a sequence number, and sets the context state. With `lease_holder`, the
   * commit is refused with ABORTED (reason LEASE_LOST) unless that holder has the
   * agent's turn lease, which the commit extends.
   */
  commitContext(argument: _memsvc_v1_CommitContextRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_CommitContextResponse__Output>): grpc.ClientUnaryCall;
  commitContext(argument: _memsvc_v1_CommitContextRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_CommitContextResponse__Output>): grpc.ClientUnaryCall;
  commitContext(argument: _memsvc_v1_CommitContextRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_CommitContextResponse__Output>): grpc.ClientUnaryCall;
  commitContext(argument: _memsvc_v1_CommitContextRequest, callback: grpc.requestCallback<_memsvc_v1_CommitContextResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Stores a new agent record with its blocks, atomically. With a `request_id` seen
   * before, returns the record created then. INVALID_ARGUMENT for a block over its
   * limit or a repeated label.
   */
  CreateAgentRecord(argument: _memsvc_v1_CreateAgentRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_CreateAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  CreateAgentRecord(argument: _memsvc_v1_CreateAgentRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_CreateAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  CreateAgentRecord(argument: _memsvc_v1_CreateAgentRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_CreateAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  CreateAgentRecord(argument: _memsvc_v1_CreateAgentRecordRequest, callback: grpc.requestCallback<_memsvc_v1_CreateAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Stores a new agent record with its blocks, atomically. With a `request_id` seen
   * before, returns the record created then. INVALID_ARGUMENT for a block over its
   * limit or a repeated label.
   */
  createAgentRecord(argument: _memsvc_v1_CreateAgentRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_CreateAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  createAgentRecord(argument: _memsvc_v1_CreateAgentRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_CreateAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  createAgentRecord(argument: _memsvc_v1_CreateAgentRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_CreateAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  createAgentRecord(argument: _memsvc_v1_CreateAgentRecordRequest, callback: grpc.requestCallback<_memsvc_v1_CreateAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Deletes an agent with its blocks, messages and passages.
   */
  DeleteAgentRecord(argument: _memsvc_v1_DeleteAgentRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_DeleteAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  DeleteAgentRecord(argument: _memsvc_v1_DeleteAgentRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_DeleteAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  DeleteAgentRecord(argument: _memsvc_v1_DeleteAgentRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_DeleteAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  DeleteAgentRecord(argument: _memsvc_v1_DeleteAgentRecordRequest, callback: grpc.requestCallback<_memsvc_v1_DeleteAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Deletes an agent with its blocks, messages and passages.
   */
  deleteAgentRecord(argument: _memsvc_v1_DeleteAgentRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_DeleteAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  deleteAgentRecord(argument: _memsvc_v1_DeleteAgentRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_DeleteAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  deleteAgentRecord(argument: _memsvc_v1_DeleteAgentRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_DeleteAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  deleteAgentRecord(argument: _memsvc_v1_DeleteAgentRecordRequest, callback: grpc.requestCallback<_memsvc_v1_DeleteAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Records the events of the turn a client request ran, for replay to retries.
   */
  FinishTurnRequest(argument: _memsvc_v1_FinishTurnRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_FinishTurnRequestResponse__Output>): grpc.ClientUnaryCall;
  FinishTurnRequest(argument: _memsvc_v1_FinishTurnRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_FinishTurnRequestResponse__Output>): grpc.ClientUnaryCall;
  FinishTurnRequest(argument: _memsvc_v1_FinishTurnRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_FinishTurnRequestResponse__Output>): grpc.ClientUnaryCall;
  FinishTurnRequest(argument: _memsvc_v1_FinishTurnRequestRequest, callback: grpc.requestCallback<_memsvc_v1_FinishTurnRequestResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Records the events of the turn a client request ran, for replay to retries.
   */
  finishTurnRequest(argument: _memsvc_v1_FinishTurnRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_FinishTurnRequestResponse__Output>): grpc.ClientUnaryCall;
  finishTurnRequest(argument: _memsvc_v1_FinishTurnRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_FinishTurnRequestResponse__Output>): grpc.ClientUnaryCall;
  finishTurnRequest(argument: _memsvc_v1_FinishTurnRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_FinishTurnRequestResponse__Output>): grpc.ClientUnaryCall;
  finishTurnRequest(argument: _memsvc_v1_FinishTurnRequestRequest, callback: grpc.requestCallback<_memsvc_v1_FinishTurnRequestResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Returns an agent record with its blocks. NOT_FOUND if it does not exist.
   */
  GetAgentRecord(argument: _memsvc_v1_GetAgentRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  GetAgentRecord(argument: _memsvc_v1_GetAgentRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_GetAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  GetAgentRecord(argument: _memsvc_v1_GetAgentRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  GetAgentRecord(argument: _memsvc_v1_GetAgentRecordRequest, callback: grpc.requestCallback<_memsvc_v1_GetAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Returns an agent record with its blocks. NOT_FOUND if it does not exist.
   */
  getAgentRecord(argument: _memsvc_v1_GetAgentRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  getAgentRecord(argument: _memsvc_v1_GetAgentRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_GetAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  getAgentRecord(argument: _memsvc_v1_GetAgentRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  getAgentRecord(argument: _memsvc_v1_GetAgentRecordRequest, callback: grpc.requestCallback<_memsvc_v1_GetAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Returns a turn record. NOT_FOUND (reason TURN_NOT_FOUND) if the agent has no such
   * turn.
   */
  GetTurnRecord(argument: _memsvc_v1_GetTurnRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetTurnRecordResponse__Output>): grpc.ClientUnaryCall;
  GetTurnRecord(argument: _memsvc_v1_GetTurnRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_GetTurnRecordResponse__Output>): grpc.ClientUnaryCall;
  GetTurnRecord(argument: _memsvc_v1_GetTurnRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetTurnRecordResponse__Output>): grpc.ClientUnaryCall;
  GetTurnRecord(argument: _memsvc_v1_GetTurnRecordRequest, callback: grpc.requestCallback<_memsvc_v1_GetTurnRecordResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Returns a turn record. NOT_FOUND (reason TURN_NOT_FOUND) if the agent has no such
   * turn.
   */
  getTurnRecord(argument: _memsvc_v1_GetTurnRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetTurnRecordResponse__Output>): grpc.ClientUnaryCall;
  getTurnRecord(argument: _memsvc_v1_GetTurnRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_GetTurnRecordResponse__Output>): grpc.ClientUnaryCall;
  getTurnRecord(argument: _memsvc_v1_GetTurnRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetTurnRecordResponse__Output>): grpc.ClientUnaryCall;
  getTurnRecord(argument: _memsvc_v1_GetTurnRecordRequest, callback: grpc.requestCallback<_memsvc_v1_GetTurnRecordResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Returns what is known of a client request (SendMessage's request_id): the turn it
   * started and, once the turn ended, its recorded events. NOT_FOUND if never seen.
   */
  GetTurnRequest(argument: _memsvc_v1_GetTurnRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetTurnRequestResponse__Output>): grpc.ClientUnaryCall;
  GetTurnRequest(argument: _memsvc_v1_GetTurnRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_GetTurnRequestResponse__Output>): grpc.ClientUnaryCall;
  GetTurnRequest(argument: _memsvc_v1_GetTurnRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetTurnRequestResponse__Output>): grpc.ClientUnaryCall;
  GetTurnRequest(argument: _memsvc_v1_GetTurnRequestRequest, callback: grpc.requestCallback<_memsvc_v1_GetTurnRequestResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Returns what is known of a client request (SendMessage's request_id): the turn it
   * started and, once the turn ended, its recorded events. NOT_FOUND if never seen.
   */
  getTurnRequest(argument: _memsvc_v1_GetTurnRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetTurnRequestResponse__Output>): grpc.ClientUnaryCall;
  getTurnRequest(argument: _memsvc_v1_GetTurnRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_GetTurnRequestResponse__Output>): grpc.ClientUnaryCall;
  getTurnRequest(argument: _memsvc_v1_GetTurnRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_GetTurnRequestResponse__Output>): grpc.ClientUnaryCall;
  getTurnRequest(argument: _memsvc_v1_GetTurnRequestRequest, callback: grpc.requestCallback<_memsvc_v1_GetTurnRequestResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists agent records, newest first.
   */
  ListAgentRecords(argument: _memsvc_v1_ListAgentRecordsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListAgentRecordsResponse__Output>): grpc.ClientUnaryCall;
  ListAgentRecords(argument: _memsvc_v1_ListAgentRecordsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListAgentRecordsResponse__Output>): grpc.ClientUnaryCall;
  ListAgentRecords(argument: _memsvc_v1_ListAgentRecordsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListAgentRecordsResponse__Output>): grpc.ClientUnaryCall;
  ListAgentRecords(argument: _memsvc_v1_ListAgentRecordsRequest, callback: grpc.requestCallback<_memsvc_v1_ListAgentRecordsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists agent records, newest first.
   */
  listAgentRecords(argument: _memsvc_v1_ListAgentRecordsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListAgentRecordsResponse__Output>): grpc.ClientUnaryCall;
  listAgentRecords(argument: _memsvc_v1_ListAgentRecordsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListAgentRecordsResponse__Output>): grpc.ClientUnaryCall;
  listAgentRecords(argument: _memsvc_v1_ListAgentRecordsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListAgentRecordsResponse__Output>): grpc.ClientUnaryCall;
  listAgentRecords(argument: _memsvc_v1_ListAgentRecordsRequest, callback: grpc.requestCallback<_memsvc_v1_ListAgentRecordsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists agents of every tenant whose background memory consolidation is due by
   * `due_before` (ContextState.consolidation_due_time), soonest first.
   */
  ListDueConsolidations(argument: _memsvc_v1_ListDueConsolidationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListDueConsolidationsResponse__Output>): grpc.ClientUnaryCall;
  ListDueConsolidations(argument: _memsvc_v1_ListDueConsolidationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListDueConsolidationsResponse__Output>): grpc.ClientUnaryCall;
  ListDueConsolidations(argument: _memsvc_v1_ListDueConsolidationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListDueConsolidationsResponse__Output>): grpc.ClientUnaryCall;
  ListDueConsolidations(argument: _memsvc_v1_ListDueConsolidationsRequest, callback: grpc.requestCallback<_memsvc_v1_ListDueConsolidationsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists agents of every tenant whose background memory consolidation is due by
   * `due_before` (ContextState.consolidation_due_time), soonest first.
   */
  listDueConsolidations(argument: _memsvc_v1_ListDueConsolidationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListDueConsolidationsResponse__Output>): grpc.ClientUnaryCall;
  listDueConsolidations(argument: _memsvc_v1_ListDueConsolidationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListDueConsolidationsResponse__Output>): grpc.ClientUnaryCall;
  listDueConsolidations(argument: _memsvc_v1_ListDueConsolidationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListDueConsolidationsResponse__Output>): grpc.ClientUnaryCall;
  listDueConsolidations(argument: _memsvc_v1_ListDueConsolidationsRequest, callback: grpc.requestCallback<_memsvc_v1_ListDueConsolidationsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists turns of every tenant that need an agent server's attention: waiting turns
   * whose wait expires by `due_before`, and running turns whose agent's lease lapsed
   * (their agent server stopped), soonest first.
   */
  ListDueTurns(argument: _memsvc_v1_ListDueTurnsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListDueTurnsResponse__Output>): grpc.ClientUnaryCall;
  ListDueTurns(argument: _memsvc_v1_ListDueTurnsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListDueTurnsResponse__Output>): grpc.ClientUnaryCall;
  ListDueTurns(argument: _memsvc_v1_ListDueTurnsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListDueTurnsResponse__Output>): grpc.ClientUnaryCall;
  ListDueTurns(argument: _memsvc_v1_ListDueTurnsRequest, callback: grpc.requestCallback<_memsvc_v1_ListDueTurnsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists turns of every tenant that need an agent server's attention: waiting turns
   * whose wait expires by `due_before`, and running turns whose agent's lease lapsed
   * (their agent server stopped), soonest first.
   */
  listDueTurns(argument: _memsvc_v1_ListDueTurnsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListDueTurnsResponse__Output>): grpc.ClientUnaryCall;
  listDueTurns(argument: _memsvc_v1_ListDueTurnsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListDueTurnsResponse__Output>): grpc.ClientUnaryCall;
  listDueTurns(argument: _memsvc_v1_ListDueTurnsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListDueTurnsResponse__Output>): grpc.ClientUnaryCall;
  listDueTurns(argument: _memsvc_v1_ListDueTurnsRequest, callback: grpc.requestCallback<_memsvc_v1_ListDueTurnsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists pending wake-ups of every tenant due by `due_before`, soonest first, of
   * agents that have no turn open (a wake-up waits for it to end).
   */
  ListDueWakeups(argument: _memsvc_v1_ListDueWakeupsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListDueWakeupsResponse__Output>): grpc.ClientUnaryCall;
  ListDueWakeups(argument: _memsvc_v1_ListDueWakeupsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListDueWakeupsResponse__Output>): grpc.ClientUnaryCall;
  ListDueWakeups(argument: _memsvc_v1_ListDueWakeupsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListDueWakeupsResponse__Output>): grpc.ClientUnaryCall;
  ListDueWakeups(argument: _memsvc_v1_ListDueWakeupsRequest, callback: grpc.requestCallback<_memsvc_v1_ListDueWakeupsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists pending wake-ups of every tenant due by `due_before`, soonest first, of
   * agents that have no turn open (a wake-up waits for it to end).
   */
  listDueWakeups(argument: _memsvc_v1_ListDueWakeupsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListDueWakeupsResponse__Output>): grpc.ClientUnaryCall;
  listDueWakeups(argument: _memsvc_v1_ListDueWakeupsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListDueWakeupsResponse__Output>): grpc.ClientUnaryCall;
  listDueWakeups(argument: _memsvc_v1_ListDueWakeupsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListDueWakeupsResponse__Output>): grpc.ClientUnaryCall;
  listDueWakeups(argument: _memsvc_v1_ListDueWakeupsRequest, callback: grpc.requestCallback<_memsvc_v1_ListDueWakeupsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists an agent's turn records, newest first.
   */
  ListTurnRecords(argument: _memsvc_v1_ListTurnRecordsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListTurnRecordsResponse__Output>): grpc.ClientUnaryCall;
  ListTurnRecords(argument: _memsvc_v1_ListTurnRecordsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListTurnRecordsResponse__Output>): grpc.ClientUnaryCall;
  ListTurnRecords(argument: _memsvc_v1_ListTurnRecordsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListTurnRecordsResponse__Output>): grpc.ClientUnaryCall;
  ListTurnRecords(argument: _memsvc_v1_ListTurnRecordsRequest, callback: grpc.requestCallback<_memsvc_v1_ListTurnRecordsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists an agent's turn records, newest first.
   */
  listTurnRecords(argument: _memsvc_v1_ListTurnRecordsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListTurnRecordsResponse__Output>): grpc.ClientUnaryCall;
  listTurnRecords(argument: _memsvc_v1_ListTurnRecordsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListTurnRecordsResponse__Output>): grpc.ClientUnaryCall;
  listTurnRecords(argument: _memsvc_v1_ListTurnRecordsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListTurnRecordsResponse__Output>): grpc.ClientUnaryCall;
  listTurnRecords(argument: _memsvc_v1_ListTurnRecordsRequest, callback: grpc.requestCallback<_memsvc_v1_ListTurnRecordsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists an agent's wake-ups, soonest due first.
   */
  ListWakeupRecords(argument: _memsvc_v1_ListWakeupRecordsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListWakeupRecordsResponse__Output>): grpc.ClientUnaryCall;
  ListWakeupRecords(argument: _memsvc_v1_ListWakeupRecordsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListWakeupRecordsResponse__Output>): grpc.ClientUnaryCall;
  ListWakeupRecords(argument: _memsvc_v1_ListWakeupRecordsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListWakeupRecordsResponse__Output>): grpc.ClientUnaryCall;
  ListWakeupRecords(argument: _memsvc_v1_ListWakeupRecordsRequest, callback: grpc.requestCallback<_memsvc_v1_ListWakeupRecordsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists an agent's wake-ups, soonest due first.
   */
  listWakeupRecords(argument: _memsvc_v1_ListWakeupRecordsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListWakeupRecordsResponse__Output>): grpc.ClientUnaryCall;
  listWakeupRecords(argument: _memsvc_v1_ListWakeupRecordsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ListWakeupRecordsResponse__Output>): grpc.ClientUnaryCall;
  listWakeupRecords(argument: _memsvc_v1_ListWakeupRecordsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ListWakeupRecordsResponse__Output>): grpc.ClientUnaryCall;
  listWakeupRecords(argument: _memsvc_v1_ListWakeupRecordsRequest, callback: grpc.requestCallback<_memsvc_v1_ListWakeupRecordsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Returns everything the agent server needs to build the main context: the agent
   * with its blocks, the context state, and the messages in the queue; optionally
   * taking the turn lease in the same transaction.
   */
  LoadContext(argument: _memsvc_v1_LoadContextRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_LoadContextResponse__Output>): grpc.ClientUnaryCall;
  LoadContext(argument: _memsvc_v1_LoadContextRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_LoadContextResponse__Output>): grpc.ClientUnaryCall;
  LoadContext(argument: _memsvc_v1_LoadContextRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_LoadContextResponse__Output>): grpc.ClientUnaryCall;
  LoadContext(argument: _memsvc_v1_LoadContextRequest, callback: grpc.requestCallback<_memsvc_v1_LoadContextResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Returns everything the agent server needs to build the main context: the agent
   * with its blocks, the context state, and the messages in the queue; optionally
   * taking the turn lease in the same transaction.
   */
  loadContext(argument: _memsvc_v1_LoadContextRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_LoadContextResponse__Output>): grpc.ClientUnaryCall;
  loadContext(argument: _memsvc_v1_LoadContextRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_LoadContextResponse__Output>): grpc.ClientUnaryCall;
  loadContext(argument: _memsvc_v1_LoadContextRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_LoadContextResponse__Output>): grpc.ClientUnaryCall;
  loadContext(argument: _memsvc_v1_LoadContextRequest, callback: grpc.requestCallback<_memsvc_v1_LoadContextResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Deletes wake-ups of every tenant that fired or were cancelled before `done_before`
   * (the agent servers' retention, MEMSVC_WAKEUP_RETENTION_DAYS), at most `limit` of
   * them, oldest first. Pending wake-ups are never deleted.
   */
  PruneWakeupRecords(argument: _memsvc_v1_PruneWakeupRecordsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_PruneWakeupRecordsResponse__Output>): grpc.ClientUnaryCall;
  PruneWakeupRecords(argument: _memsvc_v1_PruneWakeupRecordsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_PruneWakeupRecordsResponse__Output>): grpc.ClientUnaryCall;
  PruneWakeupRecords(argument: _memsvc_v1_PruneWakeupRecordsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_PruneWakeupRecordsResponse__Output>): grpc.ClientUnaryCall;
  PruneWakeupRecords(argument: _memsvc_v1_PruneWakeupRecordsRequest, callback: grpc.requestCallback<_memsvc_v1_PruneWakeupRecordsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Deletes wake-ups of every tenant that fired or were cancelled before `done_before`
   * (the agent servers' retention, MEMSVC_WAKEUP_RETENTION_DAYS), at most `limit` of
   * them, oldest first. Pending wake-ups are never deleted.
   */
  pruneWakeupRecords(argument: _memsvc_v1_PruneWakeupRecordsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_PruneWakeupRecordsResponse__Output>): grpc.ClientUnaryCall;
  pruneWakeupRecords(argument: _memsvc_v1_PruneWakeupRecordsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_PruneWakeupRecordsResponse__Output>): grpc.ClientUnaryCall;
  pruneWakeupRecords(argument: _memsvc_v1_PruneWakeupRecordsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_PruneWakeupRecordsResponse__Output>): grpc.ClientUnaryCall;
  pruneWakeupRecords(argument: _memsvc_v1_PruneWakeupRecordsRequest, callback: grpc.requestCallback<_memsvc_v1_PruneWakeupRecordsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Gives the lease back, if the holder still has it.
   */
  ReleaseTurnLease(argument: _memsvc_v1_ReleaseTurnLeaseRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ReleaseTurnLeaseResponse__Output>): grpc.ClientUnaryCall;
  ReleaseTurnLease(argument: _memsvc_v1_ReleaseTurnLeaseRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ReleaseTurnLeaseResponse__Output>): grpc.ClientUnaryCall;
  ReleaseTurnLease(argument: _memsvc_v1_ReleaseTurnLeaseRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ReleaseTurnLeaseResponse__Output>): grpc.ClientUnaryCall;
  ReleaseTurnLease(argument: _memsvc_v1_ReleaseTurnLeaseRequest, callback: grpc.requestCallback<_memsvc_v1_ReleaseTurnLeaseResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Gives the lease back, if the holder still has it.
   */
  releaseTurnLease(argument: _memsvc_v1_ReleaseTurnLeaseRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ReleaseTurnLeaseResponse__Output>): grpc.ClientUnaryCall;
  releaseTurnLease(argument: _memsvc_v1_ReleaseTurnLeaseRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ReleaseTurnLeaseResponse__Output>): grpc.ClientUnaryCall;
  releaseTurnLease(argument: _memsvc_v1_ReleaseTurnLeaseRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ReleaseTurnLeaseResponse__Output>): grpc.ClientUnaryCall;
  releaseTurnLease(argument: _memsvc_v1_ReleaseTurnLeaseRequest, callback: grpc.requestCallback<_memsvc_v1_ReleaseTurnLeaseResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Stores a pending wake-up. RESOURCE_EXHAUSTED (reason TOO_MANY_WAKEUPS) when the
   * agent has the most pending wake-ups allowed; INVALID_ARGUMENT for a reason that
   * is empty or too long, or a time beyond the horizon.
   */
  ScheduleWakeupRecord(argument: _memsvc_v1_ScheduleWakeupRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ScheduleWakeupRecordResponse__Output>): grpc.ClientUnaryCall;
  ScheduleWakeupRecord(argument: _memsvc_v1_ScheduleWakeupRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ScheduleWakeupRecordResponse__Output>): grpc.ClientUnaryCall;
  ScheduleWakeupRecord(argument: _memsvc_v1_ScheduleWakeupRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ScheduleWakeupRecordResponse__Output>): grpc.ClientUnaryCall;
  ScheduleWakeupRecord(argument: _memsvc_v1_ScheduleWakeupRecordRequest, callback: grpc.requestCallback<_memsvc_v1_ScheduleWakeupRecordResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Stores a pending wake-up. RESOURCE_EXHAUSTED (reason TOO_MANY_WAKEUPS) when the
   * agent has the most pending wake-ups allowed; INVALID_ARGUMENT for a reason that
   * is empty or too long, or a time beyond the horizon.
   */
  scheduleWakeupRecord(argument: _memsvc_v1_ScheduleWakeupRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ScheduleWakeupRecordResponse__Output>): grpc.ClientUnaryCall;
  scheduleWakeupRecord(argument: _memsvc_v1_ScheduleWakeupRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_ScheduleWakeupRecordResponse__Output>): grpc.ClientUnaryCall;
  scheduleWakeupRecord(argument: _memsvc_v1_ScheduleWakeupRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_ScheduleWakeupRecordResponse__Output>): grpc.ClientUnaryCall;
  scheduleWakeupRecord(argument: _memsvc_v1_ScheduleWakeupRecordRequest, callback: grpc.requestCallback<_memsvc_v1_ScheduleWakeupRecordResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Changes the fields of an agent record named in `update_mask`.
   */
  UpdateAgentRecord(argument: _memsvc_v1_UpdateAgentRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_UpdateAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  UpdateAgentRecord(argument: _memsvc_v1_UpdateAgentRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_UpdateAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  UpdateAgentRecord(argument: _memsvc_v1_UpdateAgentRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_UpdateAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  UpdateAgentRecord(argument: _memsvc_v1_UpdateAgentRecordRequest, callback: grpc.requestCallback<_memsvc_v1_UpdateAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Changes the fields of an agent record named in `update_mask`.
   */
  updateAgentRecord(argument: _memsvc_v1_UpdateAgentRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_UpdateAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  updateAgentRecord(argument: _memsvc_v1_UpdateAgentRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_memsvc_v1_UpdateAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  updateAgentRecord(argument: _memsvc_v1_UpdateAgentRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_memsvc_v1_UpdateAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  updateAgentRecord(argument: _memsvc_v1_UpdateAgentRecordRequest, callback: grpc.requestCallback<_memsvc_v1_UpdateAgentRecordResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Streams an agent's stored turn events from a position on: those stored already,
   * then each one as it is stored, until the caller goes away.
   */
  WatchTurnEvents(argument: _memsvc_v1_WatchTurnEventsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_memsvc_v1_WatchTurnEventsResponse__Output>;
  WatchTurnEvents(argument: _memsvc_v1_WatchTurnEventsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_memsvc_v1_WatchTurnEventsResponse__Output>;
  /**
   * Streams an agent's stored turn events from a position on: those stored already,
   * then each one as it is stored, until the caller goes away.
   */
  watchTurnEvents(argument: _memsvc_v1_WatchTurnEventsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_memsvc_v1_WatchTurnEventsResponse__Output>;
  watchTurnEvents(argument: _memsvc_v1_WatchTurnEventsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_memsvc_v1_WatchTurnEventsResponse__Output>;
  
}

/**
 * AgentStoreService runs on the memory server. It is internal: the agent server keeps
 * its durable state here (agent records, the message queue, the recursive summary),
 * so that agent servers stay stateless and every change of a step commits in one
 * transaction. Clients use AgentService instead.
 */
export interface AgentStoreServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Takes the agent's turn lease for a holder (an agent server), so that one agent's
   * turns never run on two servers at once. Returns `acquired` false while another
   * holder's lease is live; a lease lapses after `ttl_seconds` unless extended.
   */
  AcquireTurnLease: grpc.handleUnaryCall<_memsvc_v1_AcquireTurnLeaseRequest__Output, _memsvc_v1_AcquireTurnLeaseResponse>;
  
  /**
   * Cancels a pending wake-up. FAILED_PRECONDITION (reason WAKEUP_ALREADY_FIRED) if
   * it fired; NOT_FOUND (reason WAKEUP_NOT_FOUND) if there is no such wake-up.
   */
  CancelWakeupRecord: grpc.handleUnaryCall<_memsvc_v1_CancelWakeupRecordRequest__Output, _memsvc_v1_CancelWakeupRecordResponse>;
  
  /**
   * Applies one change of the main context in one transaction: appends messages
   * (to recall storage and, if `in_context`, to the queue), evicts queue messages up
   * to a sequence number, and sets the context state. With `lease_holder`, the
   * commit is refused with ABORTED (reason LEASE_LOST) unless that holder has the
   * agent's turn lease, which the commit extends.
   */
  CommitContext: grpc.handleUnaryCall<_memsvc_v1_CommitContextRequest__Output, _memsvc_v1_CommitContextResponse>;
  
  /**
   * Stores a new agent record with its blocks, atomically. With a `request_id` seen
   * before, returns the record created then. INVALID_ARGUMENT for a block over its
   * limit or a repeated label.
   */
  CreateAgentRecord: grpc.handleUnaryCall<_memsvc_v1_CreateAgentRecordRequest__Output, _memsvc_v1_CreateAgentRecordResponse>;
  
  /**
   * Deletes an agent with its blocks, messages and passages.
   */
  DeleteAgentRecord: grpc.handleUnaryCall<_memsvc_v1_DeleteAgentRecordRequest__Output, _memsvc_v1_DeleteAgentRecordResponse>;
  
  /**
   * Records the events of the turn a client request ran, for replay to retries.
   */
  FinishTurnRequest: grpc.handleUnaryCall<_memsvc_v1_FinishTurnRequestRequest__Output, _memsvc_v1_FinishTurnRequestResponse>;
  
  /**
   * Returns an agent record with its blocks. NOT_FOUND if it does not exist.
   */
  GetAgentRecord: grpc.handleUnaryCall<_memsvc_v1_GetAgentRecordRequest__Output, _memsvc_v1_GetAgentRecordResponse>;
  
  /**
   * Returns a turn record. NOT_FOUND (reason TURN_NOT_FOUND) if the agent has no such
   * turn.
   */
  GetTurnRecord: grpc.handleUnaryCall<_memsvc_v1_GetTurnRecordRequest__Output, _memsvc_v1_GetTurnRecordResponse>;
  
  /**
   * Returns what is known of a client request (SendMessage's request_id): the turn it
   * started and, once the turn ended, its recorded events. NOT_FOUND if never seen.
   */
  GetTurnRequest: grpc.handleUnaryCall<_memsvc_v1_GetTurnRequestRequest__Output, _memsvc_v1_GetTurnRequestResponse>;
  
  /**
   * Lists agent records, newest first.
   */
  ListAgentRecords: grpc.handleUnaryCall<_memsvc_v1_ListAgentRecordsRequest__Output, _memsvc_v1_ListAgentRecordsResponse>;
  
  /**
   * Lists agents of every tenant whose background memory consolidation is due by
   * `due_before` (ContextState.consolidation_due_time), soonest first.
   */
  ListDueConsolidations: grpc.handleUnaryCall<_memsvc_v1_ListDueConsolidationsRequest__Output, _memsvc_v1_ListDueConsolidationsResponse>;
  
  /**
   * Lists turns of every tenant that need an agent server's attention: waiting turns
   * whose wait expires by `due_before`, and running turns whose agent's lease lapsed
   * (their agent server stopped), soonest first.
   */
  ListDueTurns: grpc.handleUnaryCall<_memsvc_v1_ListDueTurnsRequest__Output, _memsvc_v1_ListDueTurnsResponse>;
  
  /**
   * Lists pending wake-ups of every tenant due by `due_before`, soonest first, of
   * agents that have no turn open (a wake-up waits for it to end).
   */
  ListDueWakeups: grpc.handleUnaryCall<_memsvc_v1_ListDueWakeupsRequest__Output, _memsvc_v1_ListDueWakeupsResponse>;
  
  /**
   * Lists an agent's turn records, newest first.
   */
  ListTurnRecords: grpc.handleUnaryCall<_memsvc_v1_ListTurnRecordsRequest__Output, _memsvc_v1_ListTurnRecordsResponse>;
  
  /**
   * Lists an agent's wake-ups, soonest due first.
   */
  ListWakeupRecords: grpc.handleUnaryCall<_memsvc_v1_ListWakeupRecordsRequest__Output, _memsvc_v1_ListWakeupRecordsResponse>;
  
  /**
   * Returns everything the agent server needs to build the main context: the agent
   * with its blocks, the context state, and the messages in the queue; optionally
   * taking the turn lease in the same transaction.
   */
  LoadContext: grpc.handleUnaryCall<_memsvc_v1_LoadContextRequest__Output, _memsvc_v1_LoadContextResponse>;
  
  /**
   * Deletes wake-ups of every tenant that fired or were cancelled before `done_before`
   * (the agent servers' retention, MEMSVC_WAKEUP_RETENTION_DAYS), at most `limit` of
   * them, oldest first. Pending wake-ups are never deleted.
   */
  PruneWakeupRecords: grpc.handleUnaryCall<_memsvc_v1_PruneWakeupRecordsRequest__Output, _memsvc_v1_PruneWakeupRecordsResponse>;
  
  /**
   * Gives the lease back, if the holder still has it.
   */
  ReleaseTurnLease: grpc.handleUnaryCall<_memsvc_v1_ReleaseTurnLeaseRequest__Output, _memsvc_v1_ReleaseTurnLeaseResponse>;
  
  /**
   * Stores a pending wake-up. RESOURCE_EXHAUSTED (reason TOO_MANY_WAKEUPS) when the
   * agent has the most pending wake-ups allowed; INVALID_ARGUMENT for a reason that
   * is empty or too long, or a time beyond the horizon.
   */
  ScheduleWakeupRecord: grpc.handleUnaryCall<_memsvc_v1_ScheduleWakeupRecordRequest__Output, _memsvc_v1_ScheduleWakeupRecordResponse>;
  
  /**
   * Changes the fields of an agent record named in `update_mask`.
   */
  UpdateAgentRecord: grpc.handleUnaryCall<_memsvc_v1_UpdateAgentRecordRequest__Output, _memsvc_v1_UpdateAgentRecordResponse>;
  
  /**
   * Streams an agent's stored turn events from a position on: those stored already,
   * then each one as it is stored, until the caller goes away.
   */
  WatchTurnEvents: grpc.handleServerStreamingCall<_memsvc_v1_WatchTurnEventsRequest__Output, _memsvc_v1_WatchTurnEventsResponse>;
  
}

export interface AgentStoreServiceDefinition extends grpc.ServiceDefinition {
  AcquireTurnLease: MethodDefinition<_memsvc_v1_AcquireTurnLeaseRequest, _memsvc_v1_AcquireTurnLeaseResponse, _memsvc_v1_AcquireTurnLeaseRequest__Output, _memsvc_v1_AcquireTurnLeaseResponse__Output>
  CancelWakeupRecord: MethodDefinition<_memsvc_v1_CancelWakeupRecordRequest, _memsvc_v1_CancelWakeupRecordResponse, _memsvc_v1_CancelWakeupRecordRequest__Output, _memsvc_v1_CancelWakeupRecordResponse__Output>
  CommitContext: MethodDefinition<_memsvc_v1_CommitContextRequest, _memsvc_v1_CommitContextResponse, _memsvc_v1_CommitContextRequest__Output, _memsvc_v1_CommitContextResponse__Output>
  CreateAgentRecord: MethodDefinition<_memsvc_v1_CreateAgentRecordRequest, _memsvc_v1_CreateAgentRecordResponse, _memsvc_v1_CreateAgentRecordRequest__Output, _memsvc_v1_CreateAgentRecordResponse__Output>
  DeleteAgentRecord: MethodDefinition<_memsvc_v1_DeleteAgentRecordRequest, _memsvc_v1_DeleteAgentRecordResponse, _memsvc_v1_DeleteAgentRecordRequest__Output, _memsvc_v1_DeleteAgentRecordResponse__Output>
  FinishTurnRequest: MethodDefinition<_memsvc_v1_FinishTurnRequestRequest, _memsvc_v1_FinishTurnRequestResponse, _memsvc_v1_FinishTurnRequestRequest__Output, _memsvc_v1_FinishTurnRequestResponse__Output>
  GetAgentRecord: MethodDefinition<_memsvc_v1_GetAgentRecordRequest, _memsvc_v1_GetAgentRecordResponse, _memsvc_v1_GetAgentRecordRequest__Output, _memsvc_v1_GetAgentRecordResponse__Output>
  GetTurnRecord: MethodDefinition<_memsvc_v1_GetTurnRecordRequest, _memsvc_v1_GetTurnRecordResponse, _memsvc_v1_GetTurnRecordRequest__Output, _memsvc_v1_GetTurnRecordResponse__Output>
  GetTurnRequest: MethodDefinition<_memsvc_v1_GetTurnRequestRequest, _memsvc_v1_GetTurnRequestResponse, _memsvc_v1_GetTurnRequestRequest__Output, _memsvc_v1_GetTurnRequestResponse__Output>
  ListAgentRecords: MethodDefinition<_memsvc_v1_ListAgentRecordsRequest, _memsvc_v1_ListAgentRecordsResponse, _memsvc_v1_ListAgentRecordsRequest__Output, _memsvc_v1_ListAgentRecordsResponse__Output>
  ListDueConsolidations: MethodDefinition<_memsvc_v1_ListDueConsolidationsRequest, _memsvc_v1_ListDueConsolidationsResponse, _memsvc_v1_ListDueConsolidationsRequest__Output, _memsvc_v1_ListDueConsolidationsResponse__Output>
  ListDueTurns: MethodDefinition<_memsvc_v1_ListDueTurnsRequest, _memsvc_v1_ListDueTurnsResponse, _memsvc_v1_ListDueTurnsRequest__Output, _memsvc_v1_ListDueTurnsResponse__Output>
  ListDueWakeups: MethodDefinition<_memsvc_v1_ListDueWakeupsRequest, _memsvc_v1_ListDueWakeupsResponse, _memsvc_v1_ListDueWakeupsRequest__Output, _memsvc_v1_ListDueWakeupsResponse__Output>
  ListTurnRecords: MethodDefinition<_memsvc_v1_ListTurnRecordsRequest, _memsvc_v1_ListTurnRecordsResponse, _memsvc_v1_ListTurnRecordsRequest__Output, _memsvc_v1_ListTurnRecordsResponse__Output>
  ListWakeupRecords: MethodDefinition<_memsvc_v1_ListWakeupRecordsRequest, _memsvc_v1_ListWakeupRecordsResponse, _memsvc_v1_ListWakeupRecordsRequest__Output, _memsvc_v1_ListWakeupRecordsResponse__Output>
  LoadContext: MethodDefinition<_memsvc_v1_LoadContextRequest, _memsvc_v1_LoadContextResponse, _memsvc_v1_LoadContextRequest__Output, _memsvc_v1_LoadContextResponse__Output>
  PruneWakeupRecords: MethodDefinition<_memsvc_v1_PruneWakeupRecordsRequest, _memsvc_v1_PruneWakeupRecordsResponse, _memsvc_v1_PruneWakeupRecordsRequest__Output, _memsvc_v1_PruneWakeupRecordsResponse__Output>
  ReleaseTurnLease: MethodDefinition<_memsvc_v1_ReleaseTurnLeaseRequest, _memsvc_v1_ReleaseTurnLeaseResponse, _memsvc_v1_ReleaseTurnLeaseRequest__Output, _memsvc_v1_ReleaseTurnLeaseResponse__Output>
  ScheduleWakeupRecord: MethodDefinition<_memsvc_v1_ScheduleWakeupRecordRequest, _memsvc_v1_ScheduleWakeupRecordResponse, _memsvc_v1_ScheduleWakeupRecordRequest__Output, _memsvc_v1_ScheduleWakeupRecordResponse__Output>
  UpdateAgentRecord: MethodDefinition<_memsvc_v1_UpdateAgentRecordRequest, _memsvc_v1_UpdateAgentRecordResponse, _memsvc_v1_UpdateAgentRecordRequest__Output, _memsvc_v1_UpdateAgentRecordResponse__Output>
  WatchTurnEvents: MethodDefinition<_memsvc_v1_WatchTurnEventsRequest, _memsvc_v1_WatchTurnEventsResponse, _memsvc_v1_WatchTurnEventsRequest__Output, _memsvc_v1_WatchTurnEventsResponse__Output>
}
