import type { Logger } from '@longcode/kit';
import { createDelayedJobs } from '../delayed-jobs.js';
import { type AssignmentRules, decidedAssignment } from './assignments.js';
import { completedOrder } from './orders.js';
import type { NumberStore } from './store.js';
import type { NumberOrder, PhoneNumberCampaign } from './wire.js';

export interface NumberProvisioningDeps {
  store: NumberStore;
  logger: Logger;
  rules: AssignmentRules;
  /** How long an order stays pending (SIM_NUMBER_ORDER_DELAY_MS). */
  orderDelayMs: number;
  /** How long a campaign link stays pending (SIM_NUMBER_ASSIGNMENT_DELAY_MS). */
  assignmentDelayMs: number;
  now: () => Date;
}

/** The carrier side of numbers, after its delays: orders complete, campaign links get their answer. */
export function createNumberProvisioning({ store, logger, rules, now, ...delays }: NumberProvisioningDeps) {
  const orderJobs = createDelayedJobs({ delayMs: delays.orderDelayMs, logger });
  const linkJobs = createDelayedJobs({ delayMs: delays.assignmentDelayMs, logger });

  async function complete(orderId: string): Promise<void> {
    const order = store.order(orderId);
    if (order?.status !== 'pending') return;
    const mine = (e164: string) => store.orderOf(e164) === orderId;
    const done = completedOrder(order, mine, now());
    for (const line of done.phone_numbers) {
      const number = store.number(line.phone_number);
      if (line.status !== 'success' || !number) continue;
      const at = now().toISOString();
      store.saveNumber({ ...number, status: 'active', purchased_at: at, updated_at: at });
    }
    store.saveOrder(done);
    logger.info({ orderId, status: done.status }, 'number order completed');
  }

  async function decide(link: PhoneNumberCampaign): Promise<void> {
    if (store.link(link.phoneNumber) !== link) return; // unlinked, or linked anew, since
    const decided = decidedAssignment(link, rules, now());
    store.saveLink(decided);
    logger.info(
      { phoneNumber: link.phoneNumber, status: decided.assignmentStatus },
      'number assignment decided',
    );
  }

  return {
    scheduleOrder(order: NumberOrder): void {
      const context = { orderId: order.id };
      orderJobs.after(() => complete(order.id), { message: 'number order completion failed', context });
    },
    scheduleLink(link: PhoneNumberCampaign): void {
      const context = { phoneNumber: link.phoneNumber };
      linkJobs.after(() => decide(link), { message: 'number assignment decision failed', context });
    },
    close(): void {
      orderJobs.close();
      linkJobs.close();
    },
  };
}

export type NumberProvisioning = ReturnType<typeof createNumberProvisioning>;
