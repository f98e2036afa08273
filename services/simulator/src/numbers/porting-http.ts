import type { FastifyInstance } from 'fastify';
import { sendTelnyxErrors, telnyxError } from '../telnyx-errors.js';
import { first, notFound, page } from './http.js';
import { newPortingOrder, submittedOrder } from './porting.js';
import type { PortInProvisioning } from './porting-provisioning.js';
import { type PortInBlocker, validatePortingOrder } from './porting-request.js';
import { missingEndUserFields, updatedPortingOrder } from './porting-update.js';
import type { PortingOrder } from './porting-wire.js';
import type { NumberStore } from './store.js';

export interface PortingRoutesDeps {
  store: NumberStore;
  provisioning: PortInProvisioning;
  now: () => Date;
}

type Query = { Querystring: Record<string, string | string[] | undefined> };
type ById = { Params: { id: string } };

/**
 * Telnyx's porting API (inside telnyxApi): create draft porting orders, fill one in, submit it, read them.
 * A number already on the account, or held by another submitted port, cannot be ported in.
 */
export function telnyxPortingRoutes({ store, provisioning, now }: PortingRoutesDeps) {
  const blocked: PortInBlocker = (e164) => {
    const orderId = store.orderOf(e164);
    if (orderId) return `it is already on this account (number order ${orderId})`;
    if (store.number(e164)) return 'it is already on this account';
    const holding = store.portingOrderHolding(e164);
    return holding ? `it is already in porting order ${holding.id}` : null;
  };

  return async (app: FastifyInstance) => {
    app.post('/porting_orders', async (request, reply) => {
      const validation = validatePortingOrder(request.body, blocked);
      if (!validation.ok) return sendTelnyxErrors(reply, validation.status, validation.errors);
      const order = newPortingOrder(validation.request, now());
      store.savePortingOrder(order);
      request.log.info({ portingOrderId: order.id }, 'porting order created (draft)');
      return reply.status(201).send({ data: [order] });
    });

    app.get<Query>('/porting_orders', async (request, reply) => {
      const reference = first(request.query['filter[customer_reference]']);
      const status = first(request.query['filter[status]']);
      const withNumbers = first(request.query.include_phone_numbers) !== 'false';
      const orders = store
        .portingOrders()
        .filter((o) => reference === undefined || o.customer_reference === reference)
        .filter((o) => status === undefined || o.status.value === status)
        .map(({ phone_numbers, ...order }) => (withNumbers ? { ...order, phone_numbers } : order));
      return reply.send(page(orders));
    });

    app.get<ById>('/porting_orders/:id', async (request, reply) => {
      const order = store.portingOrder(request.params.id);
      if (!order) return notFound(reply, `Porting order ${request.params.id} not found.`);
      return reply.send(answer(order));
    });

    app.patch<ById>('/porting_orders/:id', async (request, reply) => {
      const order = store.portingOrder(request.params.id);
      if (!order) return notFound(reply, `Porting order ${request.params.id} not found.`);
      if (order.status.value !== 'draft') return notDraft(reply, order, 'edited');
      const update = updatedPortingOrder(request.body, order);
      if (!update.ok) return sendTelnyxErrors(reply, update.status, update.errors);
      store.savePortingOrder(update.order);
      return reply.send(answer(update.order));
    });

    app.post<ById>('/porting_orders/:id/actions/confirm', async (request, reply) => {
      const order = store.portingOrder(request.params.id);
      if (!order) return notFound(reply, `Porting order ${request.params.id} not found.`);
      if (order.status.value !== 'draft') return notDraft(reply, order, 'submitted');
      const errors = [...missingEndUserFields(order.end_user), ...blockedNumbers(order, blocked)];
      if (errors.length > 0) return sendTelnyxErrors(reply, 422, errors);
      const submitted = submittedOrder(order, now());
      store.savePortingOrder(submitted);
      provisioning.schedule(submitted);
      request.log.info({ portingOrderId: order.id }, 'porting order submitted');
      return reply.send(answer(submitted));
    });
  };
}

/** A number taken since the draft was created (ordered, or submitted in another port) blocks the submission. */
function blockedNumbers(order: PortingOrder, blocked: PortInBlocker) {
  return order.phone_numbers.flatMap(({ phone_number }, i) => {
    const why = blocked(phone_number);
    const detail = `The phone number ${phone_number} is not portable: ${why}.`;
    return why === null ? [] : [telnyxError('10015', detail, `phone_numbers/${i}`)];
  });
}

function answer(order: PortingOrder) {
  return {
    data: order,
    meta: { phone_numbers_url: `/v2/porting_phone_numbers?filter[porting_order_id]=${order.id}` },
  };
}

function notDraft(reply: Parameters<typeof sendTelnyxErrors>[0], order: PortingOrder, what: string) {
  const detail = `Porting order ${order.id} is ${order.status.value}: only a draft porting order can be ${what}.`;
  return sendTelnyxErrors(reply, 422, [telnyxError('10015', detail)]);
}
