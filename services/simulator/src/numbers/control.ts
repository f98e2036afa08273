import type { FastifyInstance } from 'fastify';
import type { NumberStore } from './store.js';

/**
 * The simulator's look at numbers (register under `/simulator`), for tests and demos: every number on the
 * simulated account with the order (or port-in) that put it there and its campaign link, every order, and
 * every port-in (porting order) with its status and the reasons the losing carrier gave.
 */
export function numberControlRoutes({ store }: { store: NumberStore }) {
  return async (app: FastifyInstance) => {
    app.get('/numbers', async () => ({
      numbers: store.numbers().map((number) => ({
        phoneNumber: number.phone_number,
        id: number.id,
        status: number.status,
        orderId: store.orderOf(number.phone_number) ?? null,
        portingOrderId: store.portOf(number.phone_number) ?? null,
        customerReference: number.customer_reference,
        messagingProfileId: number.messaging_profile_id,
        assignment: store.link(number.phone_number) ?? null,
      })),
      orders: store.orders(),
      portIns: store.portingOrders().map((order) => ({
        id: order.id,
        customerReference: order.customer_reference,
        phoneNumbers: order.phone_numbers.map((n) => n.phone_number),
        status: order.status.value,
        details: order.status.details,
        focDate: order.activation_settings.foc_datetime_actual,
        updatedAt: order.updated_at,
      })),
    }));
  };
}
