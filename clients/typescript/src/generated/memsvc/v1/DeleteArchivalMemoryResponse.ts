// Original file: ../../proto/memsvc/v1/memory_service.proto


/**
 * Response of MemoryService.DeleteArchivalMemory.
 */
export interface DeleteArchivalMemoryResponse {
}

/**
 * Response of MemoryService.DeleteArchivalMemory.
 */
export interface DeleteArchivalMemoryResponse__Output {
}
