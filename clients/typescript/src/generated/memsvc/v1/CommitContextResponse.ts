// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { Message as _memsvc_v1_Message, Message__Output as _memsvc_v1_Message__Output } from '../../memsvc/v1/Message.js';
import type { Long } from '@grpc/proto-loader';

/**
 * Response of AgentStoreService.CommitContext.
 */
export interface CommitContextResponse {
  /**
   * The appended messages as stored.
   */
  'messages'?: (_memsvc_v1_Message)[];
  /**
   * The agent sequence of the last stored event (the events got the numbers up to
   * it), or 0 if none was stored.
   */
  'last_agent_sequence'?: (number | string | Long);
  /**
   * The turn sequence of the last stored event, likewise.
   */
  'last_sequence'?: (number);
}

/**
 * Response of AgentStoreService.CommitContext.
 */
export interface CommitContextResponse__Output {
  /**
   * The appended messages as stored.
   */
  'messages': (_memsvc_v1_Message__Output)[];
  /**
   * The agent sequence of the last stored event (the events got the numbers up to
   * it), or 0 if none was stored.
   */
  'last_agent_sequence': (string);
  /**
   * The turn sequence of the last stored event, likewise.
   */
  'last_sequence': (number);
}
