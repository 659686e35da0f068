// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { TurnRecord as _memsvc_v1_TurnRecord, TurnRecord__Output as _memsvc_v1_TurnRecord__Output } from '../../memsvc/v1/TurnRecord.js';

/**
 * Response of AgentStoreService.GetTurnRecord.
 */
export interface GetTurnRecordResponse {
  /**
   * The turn.
   */
  'turn'?: (_memsvc_v1_TurnRecord | null);
}

/**
 * Response of AgentStoreService.GetTurnRecord.
 */
export interface GetTurnRecordResponse__Output {
  /**
   * The turn.
   */
  'turn': (_memsvc_v1_TurnRecord__Output | null);
}
