"""Agent configuration: the checks and defaults of llm_config, context_config, blocks.

Used where an agent is created or changed (the agent server) and again where it is
stored (the memory server), so the internal API cannot store what the public one
would refuse.
"""

from __future__ import annotations

import math
from dataclasses import replace
from urllib.parse import urlsplit

from memsvc import validation
from memsvc.errors import InvalidArgument
from memsvc.models import (
    DEFAULT_BLOCK_LIMIT,
    DEFAULT_CONSOLIDATION_STEPS,
    DEFAULT_CONSOLIDATION_TOKENS,
    DEFAULT_MAX_TOKENS,
    Block,
    ConsolidationConfig,
    ContextConfig,
    LlmConfig,
)

BLOCK_DESCRIPTIONS = {
    "human": "Key facts about the person you are talking to: name, preferences, circumstances.",
    "persona": "Who you are: your name, personality and how you speak.",
}
MAX_CONTEXT_WINDOW = 10_000_000
# A block is in every prompt: 100,000 characters is already more than most windows hold.
MAX_BLOCK_LIMIT = 100_000
MAX_BLOCKS = 32


def check_url(url: str, field: str) -> None:
    """Empty, or an http(s) URL with a host (and a valid port): anything else can never be called."""
    if not url:
        return
    problem = ""
    if len(url) > 2048 or any(ord(c) < 33 or ord(c) == 127 for c in url):
        problem = "it is too long or has spaces or control characters"
    else:
        try:
            parts = urlsplit(url)
            port = parts.port  # raises ValueError for a bad port
            if parts.scheme not in ("http", "https") or not parts.hostname:
                problem = "it needs http:// or https:// and a host"
            elif port is not None and not 0 < port < 65536:
                problem = "its port is out of range"
        except ValueError as exc:
            problem = str(exc)
    if problem:
        raise InvalidArgument(
            f"{field} must be an http(s) URL like https://api.deepseek.com/v1: {problem}", field=field
        )


def check_llm_config(config: LlmConfig | None) -> LlmConfig:
    if config is None:
        raise InvalidArgument("llm_config is required (model and context_window at least)", field="llm_config")
    config = replace(config)
    validation.text(config.model, "llm_config.model", max_chars=256)
    if not 2048 <= config.context_window <= MAX_CONTEXT_WINDOW:
        raise InvalidArgument(
            f"llm_config.context_window must be between 2048 and {MAX_CONTEXT_WINDOW:,} tokens; "
            f"got {config.context_window}",
            field="llm_config.context_window",
        )
    config.max_tokens = config.max_tokens or min(DEFAULT_MAX_TOKENS, config.context_window // 4)
    if not 1 <= config.max_tokens <= config.context_window // 2:
        raise InvalidArgument(
            "llm_config.max_tokens must be between 1 and half the context window", field="llm_config.max_tokens"
        )
    config.model_endpoint_type = config.model_endpoint_type or "openai"
    validation.text(config.model_endpoint_type, "llm_config.model_endpoint_type", max_chars=64, required=False)
    check_url(config.model_endpoint, "llm_config.model_endpoint")
    if config.temperature is not None and not (math.isfinite(config.temperature) and 0 <= config.temperature <= 2):
        raise InvalidArgument("llm_config.temperature must be between 0 and 2", field="llm_config.temperature")
    return config


def check_context_config(config: ContextConfig | None) -> ContextConfig:
    config = replace(config) if config else ContextConfig()
    config.warning_threshold = config.warning_threshold or 0.7
    config.flush_threshold = config.flush_threshold or 1.0
    config.evict_fraction = config.evict_fraction or 0.5
    if not 0 < config.flush_threshold <= 1:
        raise InvalidArgument(
            "context_config.flush_threshold must be in (0, 1]", field="context_config.flush_threshold"
        )
    if not 0 < config.warning_threshold <= config.flush_threshold:
        raise InvalidArgument(
            "context_config.warning_threshold must be in (0, flush_threshold]", field="context_config.warning_threshold"
        )
    if not 0 < config.evict_fraction < 1:
        raise InvalidArgument("context_config.evict_fraction must be in (0, 1)", field="context_config.evict_fraction")
    return config


def check_consolidation_config(config: ConsolidationConfig | None) -> ConsolidationConfig:
    """A consolidation config with its defaults filled in (agent.proto, ConsolidationConfig)."""
    config = replace(config) if config else ConsolidationConfig()
    name = "consolidation_config"
    if not 0 <= config.every_n_turns <= 10_000:
        raise InvalidArgument(f"{name}.every_n_turns must be between 0 and 10,000", field=f"{name}.every_n_turns")
    if not 0 <= config.idle_seconds <= 2_592_000:
        raise InvalidArgument(
            f"{name}.idle_seconds must be between 0 and 2,592,000 (30 days)", field=f"{name}.idle_seconds"
        )
    if config.enabled and not (config.every_n_turns or config.idle_seconds):
        raise InvalidArgument(
            f"{name}.enabled needs a trigger: set every_n_turns, idle_seconds or both", field=f"{name}.enabled"
        )
    config.max_steps = config.max_steps or DEFAULT_CONSOLIDATION_STEPS
    if not 1 <= config.max_steps <= 100:
        raise InvalidArgument(f"{name}.max_steps must be between 0 (10) and 100", field=f"{name}.max_steps")
    config.max_tokens = config.max_tokens or DEFAULT_CONSOLIDATION_TOKENS
    if not 2048 <= config.max_tokens <= 10_000_000:
        raise InvalidArgument(
            f"{name}.max_tokens must be 0 (100,000) or between 2,048 and 10,000,000", field=f"{name}.max_tokens"
        )
    if config.llm_config is not None:
        try:
            config.llm_config = check_llm_config(config.llm_config)
        except InvalidArgument as exc:
            exc.message, exc.field = f"{name}.{exc.message}", f"{name}.{exc.field}"
            raise
    return config


def check_max_steps(value: int) -> int:
    if not 0 <= value <= 1000:
        raise InvalidArgument("max_steps must be between 0 (the server default) and 1000", field="max_steps")
    return value


def complete_block(block: Block) -> Block:
    """A new block with its defaults, checked."""
    validation.label(block.label, "memory_blocks.label")
    validation.text(block.value, "memory_blocks.value", max_chars=MAX_BLOCK_LIMIT, required=False)
    validation.text(block.description, "memory_blocks.description", max_chars=10_000, required=False)
    if not 0 <= block.limit <= MAX_BLOCK_LIMIT:
        raise InvalidArgument(
            f"memory_blocks.limit must be between 1 and {MAX_BLOCK_LIMIT:,} characters "
            f"(or 0 for {DEFAULT_BLOCK_LIMIT:,})",
            field="memory_blocks.limit",
        )
    return Block(
        label=block.label,
        value=block.value,
        limit=block.limit or DEFAULT_BLOCK_LIMIT,
        description=block.description or BLOCK_DESCRIPTIONS.get(block.label, ""),
        read_only=block.read_only,
    )
