// Original file: ../../proto/memsvc/v1/agent_file.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';
import type { Agent as _memsvc_v1_Agent, Agent__Output as _memsvc_v1_Agent__Output } from '../../memsvc/v1/Agent.js';
import type { Message as _memsvc_v1_Message, Message__Output as _memsvc_v1_Message__Output } from '../../memsvc/v1/Message.js';
import type { QueueState as _memsvc_v1_QueueState, QueueState__Output as _memsvc_v1_QueueState__Output } from '../../memsvc/v1/QueueState.js';
import type { Passage as _memsvc_v1_Passage, Passage__Output as _memsvc_v1_Passage__Output } from '../../memsvc/v1/Passage.js';

/**
 * A memsvc agent with all of its memory, as one portable file: what
 * MemoryService.ExportAgent writes and ImportAgent reads (`memsvc export` and
 * `memsvc import` keep it as protobuf JSON). Importing it elsewhere, on SQLite or
 * PostgreSQL, gives back the same agent field by field.
 */
export interface AgentFile {
  /**
   * The version of this format. Version 1 is described here; ImportAgent refuses a
   * version it does not know (FAILED_PRECONDITION, reason AGENT_FILE_VERSION).
   */
  'format_version'?: (number);
  /**
   * What wrote the file, e.g. "memsvc 0.1.0".
   */
  'exporter'?: (string);
  /**
   * When the file was written.
   */
  'export_time'?: (_google_protobuf_Timestamp | null);
  /**
   * The agent: id, name, system instructions, configs, max_steps, times, its
   * working-context blocks with their limits, descriptions, flags and times, its
   * client tools, the tools that need approval and the wait timeouts.
   */
  'agent'?: (_memsvc_v1_Agent | null);
  /**
   * Every message of recall storage, by sequence: role, content, inner thoughts,
   * tool calls and results, turn, token count, time, and whether it is in the
   * agent's main context (the FIFO queue).
   */
  'messages'?: (_memsvc_v1_Message)[];
  /**
   * The queue manager's state: the recursive summary and how far the queue has been
   * evicted and summarized.
   */
  'queue_state'?: (_memsvc_v1_QueueState | null);
  /**
   * Every archival passage with its tags and time. Vectors are not carried: the
   * importing server embeds the passages with the agent's embedding model. Nor are
   * a passage's earlier versions (only its current text) or the agent's turns (a
   * turn waiting for a client at export time is not imported; its messages are).
   */
  'passages'?: (_memsvc_v1_Passage)[];
}

/**
 * A memsvc agent with all of its memory, as one portable file: what
 * MemoryService.ExportAgent writes and ImportAgent reads (`memsvc export` and
 * `memsvc import` keep it as protobuf JSON). Importing it elsewhere, on SQLite or
 * PostgreSQL, gives back the same agent field by field.
 */
export interface AgentFile__Output {
  /**
   * The version of this format. Version 1 is described here; ImportAgent refuses a
   * version it does not know (FAILED_PRECONDITION, reason AGENT_FILE_VERSION).
   */
  'format_version': (number);
  /**
   * What wrote the file, e.g. "memsvc 0.1.0".
   */
  'exporter': (string);
  /**
   * When the file was written.
   */
  'export_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * The agent: id, name, system instructions, configs, max_steps, times, its
   * working-context blocks with their limits, descriptions, flags and times, its
   * client tools, the tools that need approval and the wait timeouts.
   */
  'agent': (_memsvc_v1_Agent__Output | null);
  /**
   * Every message of recall storage, by sequence: role, content, inner thoughts,
   * tool calls and results, turn, token count, time, and whether it is in the
   * agent's main context (the FIFO queue).
   */
  'messages': (_memsvc_v1_Message__Output)[];
  /**
   * The queue manager's state: the recursive summary and how far the queue has been
   * evicted and summarized.
   */
  'queue_state': (_memsvc_v1_QueueState__Output | null);
  /**
   * Every archival passage with its tags and time. Vectors are not carried: the
   * importing server embeds the passages with the agent's embedding model. Nor are
   * a passage's earlier versions (only its current text) or the agent's turns (a
   * turn waiting for a client at export time is not imported; its messages are).
   */
  'passages': (_memsvc_v1_Passage__Output)[];
}
