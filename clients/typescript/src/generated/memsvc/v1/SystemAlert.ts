// Original file: ../../proto/memsvc/v1/step.proto

import type { SystemAlertKind as _memsvc_v1_SystemAlertKind, SystemAlertKind__Output as _memsvc_v1_SystemAlertKind__Output } from '../../memsvc/v1/SystemAlertKind.js';

/**
 * A system message shown to the LLM (and to clients).
 */
export interface SystemAlert {
  /**
   * What kind of alert.
   */
  'kind'?: (_memsvc_v1_SystemAlertKind);
  /**
   * The text shown to the LLM.
   */
  'message'?: (string);
}

/**
 * A system message shown to the LLM (and to clients).
 */
export interface SystemAlert__Output {
  /**
   * What kind of alert.
   */
  'kind': (_memsvc_v1_SystemAlertKind__Output);
  /**
   * The text shown to the LLM.
   */
  'message': (string);
}
