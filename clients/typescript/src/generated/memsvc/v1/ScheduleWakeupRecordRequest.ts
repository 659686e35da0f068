// Original file: ../../proto/memsvc/v1/agent_store_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';
import type { WakeupOrigin as _memsvc_v1_WakeupOrigin, WakeupOrigin__Output as _memsvc_v1_WakeupOrigin__Output } from '../../memsvc/v1/WakeupOrigin.js';

/**
 * Request of AgentStoreService.ScheduleWakeupRecord.
 */
export interface ScheduleWakeupRecordRequest {
  /**
   * The agent's id. Required.
   */
  'agent_id'?: (string);
  /**
   * When it is due. Required.
   */
  'due_time'?: (_google_protobuf_Timestamp | null);
  /**
   * Why. Required.
   */
  'reason'?: (string);
  /**
   * Who schedules it.
   */
  'origin'?: (_memsvc_v1_WakeupOrigin);
}

/**
 * Request of AgentStoreService.ScheduleWakeupRecord.
 */
export interface ScheduleWakeupRecordRequest__Output {
  /**
   * The agent's id. Required.
   */
  'agent_id': (string);
  /**
   * When it is due. Required.
   */
  'due_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * Why. Required.
   */
  'reason': (string);
  /**
   * Who schedules it.
   */
  'origin': (_memsvc_v1_WakeupOrigin__Output);
}
