import { createNamedLock, isRetriableDatabaseError, StreamVersionConflictError } from '@longcode/eventstore';
import type { Logger } from '@longcode/kit';
import type { NumberProvider } from '@longcode/numbering';
import { uuidv7 } from 'uuidv7';
import { awaitingProvider, type InventoryRow } from '../inventory/inventory.js';
import { type NumberCommandDeps, onBehalfOfOwner, runNumberCommand } from '../number/run-command.js';
import { portInAsOrder } from './port-in.js';
import { assignmentOutcome } from './provisioner.js';

export interface ReconcilerDeps extends NumberCommandDeps {
  provider: NumberProvider;
  logger: Logger;
  /** How often to ask the provider about what it has not decided yet. */
  intervalMs: number;
  /** Leave fresh requests to the provisioner's own answer for this long. */
  graceMs: number;
  now?: () => Date;
}

/**
 * Reads back what the provider decides in its own time: orders and port-ins completing or failing, assignments being
 * provisioned by the carriers. Polling, not webhooks, so a lost webhook never strands a number. One
 * instance polls at a time (a database named lock); the rest stand by.
 */
export function createReconciler(deps: ReconcilerDeps) {
  const { db, provider, logger, intervalMs, graceMs, now = () => new Date() } = deps;
  const lock = createNamedLock(db, 'numbers-reconciler');
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  const record = async (row: InventoryRow, command: Parameters<typeof runNumberCommand>[2] | null) => {
    if (!command) return;
    try {
      await runNumberCommand(deps, row.phoneNumber, command, onBehalfOfOwner(uuidv7()));
    } catch (error) {
      if (!(error instanceof StreamVersionConflictError)) throw error; // someone recorded it first
    }
  };

  async function pass(): Promise<void> {
    if (!(await lock.acquire())) return;
    const { orders, assignments } = await awaitingProvider(db, new Date(now().getTime() - graceMs), 100);
    for (const row of orders) {
      if (!row.providerOrderId) continue;
      const order =
        row.status === 'PORTING'
          ? portInAsOrder(await provider.portInStatus(row.providerOrderId))
          : await provider.orderStatus(row.providerOrderId);
      await record(row, { type: 'RecordOrder', data: { orderId: row.orderId, order } });
    }
    for (const row of assignments) {
      if (!row.campaignId) continue;
      await record(row, assignmentOutcome(row.campaignId, await provider.assignmentStatus(row.phoneNumber)));
    }
  }

  const tick = () => {
    running = pass()
      .catch((error) => {
        const level =
          isRetriableDatabaseError(error) || (error as { retriable?: boolean }).retriable ? 'warn' : 'error';
        logger[level]({ err: error }, 'reconciling numbers with the provider failed; trying again next time');
      })
      .finally(() => {
        running = undefined;
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };

  return {
    /** One pass now (what the timer does every interval). */
    runOnce: pass,
    start() {
      stopped = false;
      timer = setTimeout(tick, intervalMs);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      await lock.release();
    },
  };
}
