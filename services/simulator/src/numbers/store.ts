import type { NumberOrder, PhoneNumber, PhoneNumberCampaign } from './wire.js';

/**
 * The simulated Telnyx account's numbers, in memory only: the simulator keeps nothing across restarts.
 * A number is taken from the stock from its order until it is released; its campaign link goes with it.
 */
export function createNumberStore() {
  const orders = new Map<string, NumberOrder>();
  const numbers = new Map<string, PhoneNumber>();
  const links = new Map<string, PhoneNumberCampaign>();
  /** Which order put each number on the account. */
  const orderOf = new Map<string, string>();
  return {
    isTaken(e164: string): boolean {
      return numbers.has(e164);
    },
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
    /** Gives the number back to the stock, unlinking it from its campaign. */
    release(e164: string): void {
      numbers.delete(e164);
      orderOf.delete(e164);
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
