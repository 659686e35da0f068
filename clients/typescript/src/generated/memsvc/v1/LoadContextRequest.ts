// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Request of AgentStoreService.LoadContext.
 */
export interface LoadContextRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * If set, the context is loaded under the agent's turn lease, taken for this holder
   * in the same transaction (see AcquireTurnLease): ABORTED (reason AGENT_BUSY) while
   * another holder has it.
   */
  'lease_holder'?: (string);
  /**
   * How long the lease lasts unless extended, 1 to 3600 seconds (with lease_holder).
   */
  'lease_ttl_seconds'?: (number);
  /**
   * The caller's cached queue: the agent's last message sequence and evicted-through
   * sequence when it was cached. If both still hold, the queue cannot have changed and
   * the response leaves `messages` empty with `messages_unchanged` set.
   */
  'known_last_sequence'?: (number | string | Long);
  /**
   * See known_last_sequence.
   */
  'known_evicted_through'?: (number | string | Long);
}

/**
 * Request of AgentStoreService.LoadContext.
 */
export interface LoadContextRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * If set, the context is loaded under the agent's turn lease, taken for this holder
   * in the same transaction (see AcquireTurnLease): ABORTED (reason AGENT_BUSY) while
   * another holder has it.
   */
  'lease_holder': (string);
  /**
   * How long the lease lasts unless extended, 1 to 3600 seconds (with lease_holder).
   */
  'lease_ttl_seconds': (number);
  /**
   * The caller's cached queue: the agent's last message sequence and evicted-through
   * sequence when it was cached. If both still hold, the queue cannot have changed and
   * the response leaves `messages` empty with `messages_unchanged` set.
   */
  'known_last_sequence': (string);
  /**
   * See known_last_sequence.
   */
  'known_evicted_through': (string);
}
