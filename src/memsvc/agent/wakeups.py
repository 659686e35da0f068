"""Scheduled wake-ups, the agent server's side: scheduling them for clients, and firing
the due ones as turns.

A wake-up fires as a turn whose input is a system event naming its reason
(wakeup_rules.event_text). Exactly once: the turn's first commit, which stores that
input, also moves the wake-up from pending to fired, conditionally (storage/sql/
wakeups.py). Two agent servers that both find it due both take the agent's turn lease
in turn; the second one's commit is refused (WAKEUP_NOT_PENDING) and rolled back. A
crash before that commit leaves it pending (it fires on the next poll, here or
elsewhere); a crash after it leaves a fired wake-up whose turn is ended like any turn
whose server stopped (scheduler.py).

The scheduler only sees wake-ups of agents with no open turn, so a wake-up waits for a
running or waiting turn to end; if a turn starts meanwhile, firing waits for the lease
(MEMSVC_LEASE_WAIT_SECONDS), then tries again later. A wake-up that fires more than
MEMSVC_WAKEUP_LATE_SECONDS after its time (every agent server was down, say) is marked
late, in its record and in the event text.

Retention: fired and cancelled wake-ups are deleted MEMSVC_WAKEUP_RETENTION_DAYS (30)
after they fired or were cancelled (0 keeps them). The scheduler prunes them in the
background every PRUNE_EVERY_SECONDS (sooner with a shorter retention), in batches of
PRUNE_BATCH by an index on the time they were done: a pass costs a few index reads when
nothing expired. Their turns stay (turns and events are the history; a wake-up record is
only the schedule).
"""

from __future__ import annotations

import time

import structlog

from memsvc import validation, wakeup_rules
from memsvc.agent.events import Event
from memsvc.agent.turns import TurnRunner
from memsvc.errors import MemsvcError, NotFound
from memsvc.models import DueWakeup, MessageInput, Page, Role, Wakeup, WakeupFiring, now
from memsvc.ports import AgentStore
from memsvc.settings import Settings
from memsvc.tenancy import current_tenant

log = structlog.get_logger("memsvc.wakeups")
# An attempt refused for now (the agent busy, or a turn it cannot start yet) is tried
# again after this, doubling up to the cap.
RETRY_SECONDS, MAX_RETRY_SECONDS = 1.0, 300.0
WAIT_REASONS = frozenset({"AGENT_BUSY", "AGENT_AWAITING_CLIENT", "LEASE_LOST"})
PRUNE_EVERY_SECONDS, PRUNE_BATCH, PRUNE_MAX_BATCHES = 600.0, 1000, 100


async def _nowhere(event: Event) -> None:
    """A wake-up turn has no client: watchers read its events from the store."""


class WakeupService:
    def __init__(self, runner: TurnRunner, store: AgentStore, settings: Settings) -> None:
        self.runner = runner
        self.store = store
        self.settings = settings
        self._firing: set[str] = set()  # wake-ups being fired here
        self._retry: dict[str, tuple[float, float]] = {}  # wake-up id -> (not before, next delay)
        self._next_prune = 0.0  # monotonic time of the next retention pass
        self._pruning = False

    # ----- clients' requests (AgentService) ------------------------------------------------

    async def schedule(self, agent_id: str, reason: str, at: float | None, delay_seconds: float | None) -> Wakeup:
        agent_id = validation.agent_id(agent_id)
        due = wakeup_rules.due_time(at, delay_seconds, now(), at_field="at", delay_field="delay_seconds")
        return await self.store.schedule_wakeup(agent_id, due, wakeup_rules.reason(reason), "client")

    async def list(self, agent_id: str, states: tuple[str, ...], page_size: int, page_token: str) -> Page[Wakeup]:
        return await self.store.list_wakeups(
            validation.agent_id(agent_id), states or ("pending",), page_size, page_token
        )

    async def cancel(self, agent_id: str, wakeup_id: str) -> Wakeup:
        return await self.store.cancel_wakeup(validation.agent_id(agent_id), wakeup_id)

    # ----- firing (the scheduler) ----------------------------------------------------------

    def ready(self, due: DueWakeup) -> bool:
        """Whether to try this due wake-up now (not being fired here, not told to wait)."""
        if due.wakeup_id in self._firing:
            return False
        retry = self._retry.get(due.wakeup_id)
        return retry is None or time.monotonic() >= retry[0]

    async def fire(self, due: DueWakeup) -> None:
        """Runs the wake-up's turn, if it is still pending when this server holds the agent."""
        if due.wakeup_id in self._firing:
            return
        self._firing.add(due.wakeup_id)
        current_tenant.set(due.tenant)
        try:
            fired = now()
            late = fired - due.due_time > self.settings.wakeup_late_seconds
            if due.origin == "document":  # its reason is the whole event (wakeup_rules.document_event_text)
                text = due.reason + (wakeup_rules.late_note(due.due_time, fired) if late else "")
            else:
                text = wakeup_rules.event_text(due.wakeup_id, due.reason, due.due_time, fired, late)
            await self.runner.send(
                due.agent_id, [MessageInput(Role.SYSTEM, text)], _nowhere, wakeup=WakeupFiring(due.wakeup_id, late)
            )
            self._retry.pop(due.wakeup_id, None)
            log.info("wakeup_fired", agent_id=due.agent_id, wakeup_id=due.wakeup_id, late=late)
        except NotFound:
            self._retry.pop(due.wakeup_id, None)  # the agent is gone, and its wake-ups with it
        except MemsvcError as exc:
            if exc.reason == "WAKEUP_NOT_PENDING":  # fired elsewhere, or cancelled, meanwhile
                self._retry.pop(due.wakeup_id, None)
                log.info("wakeup_not_pending", agent_id=due.agent_id, wakeup_id=due.wakeup_id)
                return
            self._later(due.wakeup_id)
            level = log.info if exc.reason in WAIT_REASONS else log.warning
            level(
                "wakeup_deferred", agent_id=due.agent_id, wakeup_id=due.wakeup_id, reason=exc.reason, error=exc.message
            )
        finally:
            self._firing.discard(due.wakeup_id)

    def _later(self, wakeup_id: str) -> None:
        delay = self._retry.get(wakeup_id, (0.0, RETRY_SECONDS))[1]
        self._retry[wakeup_id] = (time.monotonic() + delay, min(delay * 2, MAX_RETRY_SECONDS))
        if len(self._retry) > 100_000:  # bounded: forget the oldest
            self._retry.pop(next(iter(self._retry)))

    # ----- retention (the scheduler) -------------------------------------------------------

    def prune_due(self) -> bool:
        """Whether a retention pass is due now (none runs, retention is on, its time came)."""
        retention = self.settings.wakeup_retention_days * 86_400
        if self._pruning or retention <= 0 or time.monotonic() < self._next_prune:
            return False
        self._next_prune = time.monotonic() + min(PRUNE_EVERY_SECONDS, retention / 4)
        return True

    async def prune(self) -> int:
        """Deletes the fired and cancelled wake-ups older than the retention, a batch at a time."""
        self._pruning = True
        deleted = 0
        try:
            before = now() - self.settings.wakeup_retention_days * 86_400
            for _ in range(PRUNE_MAX_BATCHES):  # a backlog is worked off over several passes
                batch = await self.store.prune_wakeups(before, PRUNE_BATCH)
                deleted += batch
                if batch < PRUNE_BATCH:
                    break
            if deleted:
                log.info("wakeups_pruned", deleted=deleted, done_before=wakeup_rules.iso(before))
        except MemsvcError as exc:  # the memory server is away: the next pass tries again
            log.warning("wakeup_prune_failed", reason=exc.reason, error=exc.message)
        finally:
            self._pruning = False
        return deleted
