import type { Logger } from '@longcode/kit';
import { createDelayedJobs } from '../delayed-jobs.js';
import { answeredOrder, portedNumber, portedOrder } from './porting.js';
import type { PortingOrder } from './porting-wire.js';
import type { NumberStore } from './store.js';

/** The simulator's port-in rule (SIM_FAIL_PORT_IN_NUMBERS). */
export interface PortInRules {
  failNumbers?: RegExp;
}

export interface PortInProvisioningDeps {
  store: NumberStore;
  logger: Logger;
  rules: PortInRules;
  /** How long after its submission the losing carrier answers: FOC date, or exception (SIM_PORT_IN_FOC_DELAY_MS). */
  focDelayMs: number;
  /** How long after its submission the numbers move (SIM_PORT_IN_DELAY_MS). */
  portDelayMs: number;
  now: () => Date;
}

/**
 * The losing carrier's side of a port-in, after its delays: it confirms a FOC date (or rejects the port when
 * the rule says so), then the numbers move onto the account.
 */
export function createPortInProvisioning({ store, logger, rules, now, ...delays }: PortInProvisioningDeps) {
  const focJobs = createDelayedJobs({ delayMs: delays.focDelayMs, logger });
  const portJobs = createDelayedJobs({ delayMs: delays.portDelayMs, logger });
  const fails = (order: PortingOrder) =>
    order.phone_numbers.some((n) => rules.failNumbers?.test(n.phone_number) ?? false);

  function answer(id: string): void {
    const order = store.portingOrder(id);
    if (order?.status.value !== 'in-process') return;
    // The FOC date is when the port job runs (the delays count from the submission).
    const focAt = new Date(now().getTime() + Math.max(0, delays.portDelayMs - delays.focDelayMs));
    const answered = answeredOrder(order, focAt, fails(order), now());
    store.savePortingOrder(answered);
    logger.info({ portingOrderId: id, status: answered.status.value }, 'losing carrier answered port-in');
  }

  function complete(id: string): void {
    answer(id); // a port delay shorter than the FOC delay: the carrier answers first all the same
    const order = store.portingOrder(id);
    if (order?.status.value !== 'foc-date-confirmed') return;
    for (const { phone_number } of order.phone_numbers) {
      store.addPortedNumber(portedNumber(phone_number, order, now()), id);
    }
    store.savePortingOrder(portedOrder(order, now()));
    logger.info({ portingOrderId: id, count: order.phone_numbers.length }, 'port-in completed');
  }

  return {
    /** Plays the porting order the account just submitted. */
    schedule(order: PortingOrder): void {
      const context = { portingOrderId: order.id };
      focJobs.after(async () => answer(order.id), { message: 'port-in FOC answer failed', context });
      portJobs.after(async () => complete(order.id), { message: 'port-in completion failed', context });
    },
    close(): void {
      focJobs.close();
      portJobs.close();
    },
  };
}

export type PortInProvisioning = ReturnType<typeof createPortInProvisioning>;
