import type { FastifyInstance } from 'fastify';
import { sendTelnyxErrors, telnyxError } from '../telnyx-errors.js';
import { availableNumber, searchInventory } from './inventory.js';
import { newNumberOrder, validateNumberOrder } from './orders.js';
import type { NumberProvisioning } from './provisioning.js';
import { readSearchFilters } from './search.js';
import type { NumberStore } from './store.js';

export interface NumberRoutesDeps {
  store: NumberStore;
  provisioning: NumberProvisioning;
  /** What the stock of numbers is derived from (SIM_NUMBER_SEED). */
  seed: string;
  now: () => Date;
}

type Query = { Querystring: Record<string, string | string[] | undefined> };
type ById = { Params: { id: string } };

/** Telnyx's numbers API (inside telnyxApi): search the stock, order, read orders and numbers, release. */
export function telnyxNumberRoutes({ store, provisioning, seed, now }: NumberRoutesDeps) {
  return async (app: FastifyInstance) => {
    app.get<Query>('/available_phone_numbers', async (request, reply) => {
      const read = readSearchFilters(request.query);
      if (!read.ok) return sendTelnyxErrors(reply, 400, read.errors);
      const found = searchInventory({ seed, ...read.filters, isTaken: store.isTaken });
      const meta = { total_results: found.length, best_effort_results: 0 };
      return reply.send({ data: found.map(availableNumber), meta, metadata: meta });
    });

    app.post('/number_orders', async (request, reply) => {
      const validation = validateNumberOrder(request.body, store.isTaken);
      if (!validation.ok) return sendTelnyxErrors(reply, validation.status, validation.errors);
      const { order, numbers } = newNumberOrder(validation.request, now());
      store.addOrder(order, numbers);
      provisioning.scheduleOrder(order);
      request.log.info({ orderId: order.id, count: numbers.length }, 'number order created');
      return reply.send({ data: order });
    });

    app.get<Query>('/number_orders', async (request, reply) => {
      const reference = first(request.query['filter[customer_reference]']);
      const status = first(request.query['filter[status]']);
      const orders = store
        .orders()
        .filter(
          (o) =>
            (reference === undefined || o.customer_reference === reference) &&
            (status === undefined || o.status === status),
        )
        .map((o) => ({
          ...o,
          phone_numbers: o.phone_numbers.map(({ id, phone_number }) => ({ id, phone_number })),
        }));
      return reply.send(page(orders));
    });

    app.get<ById>('/number_orders/:id', async (request, reply) => {
      const order = store.order(request.params.id);
      if (!order) return notFound(reply, `Number order ${request.params.id} not found.`);
      return reply.send({ data: order });
    });

    app.get<Query>('/phone_numbers', async (request, reply) => {
      const filter = first(request.query['filter[phone_number]']);
      const status = first(request.query['filter[status]']);
      // Telnyx: "Requires at least three digits. Non-numerical characters will result in no values [returned]".
      const numbers = store
        .numbers()
        .filter((n) => filter === undefined || (/^\d{3,}$/.test(filter) && n.phone_number.includes(filter)))
        .filter((n) => status === undefined || n.status === status);
      return reply.send(page(numbers));
    });

    app.get<ById>('/phone_numbers/:id', async (request, reply) => {
      const number = store.numberById(request.params.id);
      if (!number) return notFound(reply, `Phone number ${request.params.id} not found.`);
      return reply.send({ data: number });
    });

    app.delete<ById>('/phone_numbers/:id', async (request, reply) => {
      const number = store.numberById(request.params.id);
      if (!number) return notFound(reply, `Phone number ${request.params.id} not found.`);
      store.release(number.phone_number);
      request.log.info({ phoneNumber: number.phone_number }, 'phone number released');
      return reply.send({ data: { ...number, status: 'deleted', updated_at: now().toISOString() } });
    });
  };
}

export function page<T>(data: T[]) {
  return {
    data,
    meta: {
      page_number: 1,
      page_size: Math.max(data.length, 20),
      total_pages: 1,
      total_results: data.length,
    },
  };
}

export function notFound(reply: Parameters<typeof sendTelnyxErrors>[0], detail: string) {
  return sendTelnyxErrors(reply, 404, [telnyxError('10005', detail)]);
}

export function first(raw: string | string[] | undefined): string | undefined {
  return Array.isArray(raw) ? raw[0] : raw;
}
