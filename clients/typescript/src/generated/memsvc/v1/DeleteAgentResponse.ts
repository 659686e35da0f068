// Original file: ../../proto/memsvc/v1/agent_service.proto


/**
 * Response of AgentService.DeleteAgent.
 */
export interface DeleteAgentResponse {
}

/**
 * Response of AgentService.DeleteAgent.
 */
export interface DeleteAgentResponse__Output {
}
