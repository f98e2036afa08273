import type { PortingOrder, PortingStatusValue } from './porting-wire.js';
import type { NumberOrder, PhoneNumber, PhoneNumberCampaign } from './wire.js';

/** A porting order in these statuses holds its numbers: it was submitted and has not ended. */
const HOLDING: readonly PortingStatusValue[] = [
  'in-process',
  'submitted',
  'foc-date-confirmed',
  'cancel-pending',
];

/**
 * The simulated Telnyx account's numbers, in memory only: the simulator keeps nothing across restarts.
 * A number is taken from the stock from its order (or its submitted port-in) until it is released; its
 * campaign link goes with it.
 */
export function createNumberStore() {
  const orders = new Map<string, NumberOrder>();
  const numbers = new Map<string, PhoneNumber>();
  const links = new Map<string, PhoneNumberCampaign>();
  const portingOrders = new Map<string, PortingOrder>();
  /** Which order put each number on the account. */
  const orderOf = new Map<string, string>();
  /** Which porting order brought each ported number onto the account. */
  const portOf = new Map<string, string>();

  /** The submitted porting order moving the number here, if one is. */
  function portingOrderHolding(e164: string): PortingOrder | undefined {
    return [...portingOrders.values()].find(
      (order) =>
        HOLDING.includes(order.status.value) && order.phone_numbers.some((n) => n.phone_number === e164),
    );
  }

  return {
    isTaken(e164: string): boolean {
      return numbers.has(e164) || portingOrderHolding(e164) !== undefined;
    },
    portingOrderHolding,
    addOrder(order: NumberOrder, ordered: PhoneNumber[]): void {
      orders.set(order.id, order);
      for (const number of ordered) {
        numbers.set(number.phone_number, number);
        orderOf.set(number.phone_number, order.id);
      }
    },
    /** The id of the order that put the number on the account. */
    orderOf(e164: string): string | undefined {
      return orderOf.get(e164);
    },
    order(id: string): NumberOrder | undefined {
      return orders.get(id);
    },
    orders(): NumberOrder[] {
      return [...orders.values()];
    },
    saveOrder(order: NumberOrder): void {
      orders.set(order.id, order);
    },
    number(e164: string): PhoneNumber | undefined {
      return numbers.get(e164);
    },
    numberById(id: string): PhoneNumber | undefined {
      return [...numbers.values()].find((number) => number.id === id);
    },
    numbers(): PhoneNumber[] {
      return [...numbers.values()];
    },
    saveNumber(number: PhoneNumber): void {
      numbers.set(number.phone_number, number);
    },
    /** The porting order that brought the number onto the account, if a port-in did. */
    portOf(e164: string): string | undefined {
      return portOf.get(e164);
    },
    portingOrder(id: string): PortingOrder | undefined {
      return portingOrders.get(id);
    },
    portingOrders(): PortingOrder[] {
      return [...portingOrders.values()];
    },
    savePortingOrder(order: PortingOrder): void {
      portingOrders.set(order.id, order);
    },
    /** Puts a ported number on the account, owned as an ordered one is. */
    addPortedNumber(number: PhoneNumber, portingOrderId: string): void {
      numbers.set(number.phone_number, number);
      portOf.set(number.phone_number, portingOrderId);
    },
    /** Gives the number back to the stock, unlinking it from its campaign. */
    release(e164: string): void {
      numbers.delete(e164);
      orderOf.delete(e164);
      portOf.delete(e164);
      links.delete(e164);
    },
    link(e164: string): PhoneNumberCampaign | undefined {
      return links.get(e164);
    },
    saveLink(link: PhoneNumberCampaign): void {
      links.set(link.phoneNumber, link);
    },
    unlink(e164: string): void {
      links.delete(e164);
    },
  };
}

export type NumberStore = ReturnType<typeof createNumberStore>;
