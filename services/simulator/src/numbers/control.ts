import type { FastifyInstance } from 'fastify';
import type { NumberStore } from './store.js';

/**
 * The simulator's look at numbers (register under `/simulator`), for tests and demos: every number on the
 * simulated account with the order that put it there and its campaign link, and every order.
 */
export function numberControlRoutes({ store }: { store: NumberStore }) {
  return async (app: FastifyInstance) => {
    app.get('/numbers', async () => ({
      numbers: store.numbers().map((number) => ({
        phoneNumber: number.phone_number,
        id: number.id,
        status: number.status,
        orderId: store.orderOf(number.phone_number) ?? null,
        customerReference: number.customer_reference,
        messagingProfileId: number.messaging_profile_id,
        assignment: store.link(number.phone_number) ?? null,
      })),
      orders: store.orders(),
    }));
  };
}
