// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { DueConsolidation as _memsvc_v1_DueConsolidation, DueConsolidation__Output as _memsvc_v1_DueConsolidation__Output } from '../../memsvc/v1/DueConsolidation.js';

/**
 * Response of AgentStoreService.ListDueConsolidations.
 */
export interface ListDueConsolidationsResponse {
  /**
   * The agents, soonest due first.
   */
  'agents'?: (_memsvc_v1_DueConsolidation)[];
}

/**
 * Response of AgentStoreService.ListDueConsolidations.
 */
export interface ListDueConsolidationsResponse__Output {
  /**
   * The agents, soonest due first.
   */
  'agents': (_memsvc_v1_DueConsolidation__Output)[];
}
