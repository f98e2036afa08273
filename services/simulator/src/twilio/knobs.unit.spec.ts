import type { OutboundMessage, ProviderNotification } from '@longcode/providers';
import { beforeAll, describe, expect, it } from 'vitest';
import { notificationsAbout, startReceiver, twilioSimulator } from './spec-support.js';

/**
 * The messaging core's knobs through Twilio's API, read by packages/providers/twilio: the rate limit, and
 * the delivery failures, duplicates and reordering of status callbacks, drawn from SIM_SEED.
 */

let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  receiver = await startReceiver();
});

const message = (from: string, to: string): OutboundMessage => ({
  messageId: `msg-${to}`,
  from,
  to,
  text: 'Acme Dental: your balance is due 3/31. Reply STOP to opt out.',
  mediaUrls: [],
  statusCallbackUrl: `${receiver.origin}/webhooks/twilio`,
});

describe('Twilio API > over SIM_MESSAGES_PER_SECOND', () => {
  it('a send is refused 429 (20429), retriable, with Retry-After', async () => {
    const sim = await twilioSimulator(`${receiver.origin}/inbound`, { SIM_MESSAGES_PER_SECOND: '1' });
    const first = await sim.twilio.send(message(sim.from, '+13125550101'));
    const second = await sim.twilio.send(message(sim.from, '+13125550102'));
    expect(first.outcome).toBe('accepted');
    expect(second).toEqual({
      outcome: 'rejected',
      code: '20429',
      description: 'Too Many Requests',
      retriable: true,
      retryAfterMs: 1000,
    });
  });
});

/** Each message's status callbacks, as the adapter reads them, in the order they arrived. */
async function callbacks(env: Record<string, string>, recipients: string[], perMessage: number) {
  const sim = await twilioSimulator(`${receiver.origin}/inbound`, env);
  const sids: string[] = [];
  for (const to of recipients) {
    const sent = await sim.twilio.send(message(sim.from, to));
    if (sent.outcome !== 'accepted') throw new Error(`not accepted: ${JSON.stringify(sent)}`);
    sids.push(sent.providerMessageId);
  }
  const all = await Promise.all(
    sids.map((sid) => notificationsAbout(receiver.received, sim.twilio, sid, perMessage)),
  );
  return all.map((perSid) => perSid.flat());
}

const finalOf = (notifications: ProviderNotification[]) =>
  notifications
    .filter((n) => n.kind === 'receipt' && n.status !== 'sent')
    .map((n) => (n.kind === 'receipt' ? `${n.status}:${n.errorCode}` : ''))[0];

describe('Twilio API > status callbacks', () => {
  it('come twice and delivered before sent at SIM_DUPLICATE_RATE and SIM_REORDER_RATE 1, the copies alike', async () => {
    const [only] = await callbacks({ SIM_DUPLICATE_RATE: '1', SIM_REORDER_RATE: '1' }, ['+13125550201'], 4);
    const receipts = (only ?? []).map((n) => (n.kind === 'receipt' ? [n.status, n.providerEventId] : []));
    expect(receipts.map(([status]) => status)).toEqual(['delivered', 'delivered', 'sent', 'sent']);
    expect(receipts[0]?.[1]).toBe(receipts[1]?.[1]);
    expect(receipts[2]?.[1]).toBe(receipts[3]?.[1]);
  });

  it("report a carrier's rejection at SIM_DELIVERY_FAILURE_RATE 1: undelivered or failed, with Twilio's code", async () => {
    const recipients = ['+13125550301', '+13125550302', '+13125550303', '+13125550304'];
    const all = await callbacks({ SIM_DELIVERY_FAILURE_RATE: '1' }, recipients, 2);
    for (const final of all.map(finalOf)) {
      expect(final).toMatch(/^(undelivered:300(03|06|07)|failed:30008)$/);
    }
  });

  it('are the same for the same SIM_SEED and requests, and differ for another seed', async () => {
    const recipients = Array.from({ length: 8 }, (_, i) => `+1312555040${i}`);
    const env = (seed: string) => ({ SIM_SEED: seed, SIM_DELIVERY_FAILURE_RATE: '0.5' });
    const once = (await callbacks(env('seed-a'), recipients, 2)).map(finalOf);
    const again = (await callbacks(env('seed-a'), recipients, 2)).map(finalOf);
    const other = (await callbacks(env('seed-b'), recipients, 2)).map(finalOf);
    expect(once.some((final) => final === 'delivered:null')).toBe(true);
    expect(once.some((final) => final !== 'delivered:null')).toBe(true);
    expect(again).toEqual(once);
    expect(other).not.toEqual(once);
  });
});
