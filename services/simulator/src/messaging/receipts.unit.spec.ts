import { describe, expect, it, vi } from 'vitest';
import { DELIVERY_FAILURES } from './errors.js';
import {
  get,
  HOOKS,
  RECIPIENT,
  type Received,
  readySender,
  send,
  signedBy,
  simulator,
  webhooksOf,
} from './spec-support.js';

const text = 'Acme Dental: see you Tue at 2:30pm. Reply STOP to opt out.';
const eventsOf = (webhooks: Received[]) =>
  webhooks.map(({ event }) => [event.data.event_type, event.data.payload.to[0]?.status]);

describe('Simulator > messaging webhooks', () => {
  it('sends message.sent, then message.finalized delivered, each signed as Telnyx signs', async () => {
    const { app, received, publicKeyBase64 } = simulator();
    const { from } = await readySender(app);
    const webhook_url = 'https://hooks.example/messages';
    const message = (await send(app, { from, to: RECIPIENT, text, webhook_url })).json().data;

    await vi.waitFor(() => expect(webhooksOf(received, message.id)).toHaveLength(2));
    const [sent, finalized] = webhooksOf(received, message.id) as [Received, Received];
    expect(eventsOf([sent, finalized])).toEqual([
      ['message.sent', 'sent'],
      ['message.finalized', 'delivered'],
    ]);
    for (const webhook of [sent, finalized]) {
      expect(signedBy(webhook, publicKeyBase64)).toBe(true);
      expect(webhook.url).toBe(webhook_url);
      expect(webhook.event).toMatchObject({
        data: { id: expect.any(String), occurred_at: expect.any(String), record_type: 'event' },
        meta: { attempt: 1, delivered_to: webhook_url },
      });
    }
    expect(sent.event.data.id).not.toBe(finalized.event.data.id);
    expect(sent.event.data.payload).toMatchObject({
      ...{ id: message.id, direction: 'outbound', text, received_at: message.received_at, errors: [] },
      sent_at: expect.any(String),
      completed_at: null,
    });
    expect(finalized.event.data.payload).toMatchObject({
      sent_at: sent.event.data.payload.sent_at,
      completed_at: finalized.event.data.occurred_at,
      errors: [],
    });
  });

  it('sends them to SIM_MESSAGING_WEBHOOK_URL for a message without a webhook_url, none if told not to', async () => {
    const { app, received } = simulator();
    const { from } = await readySender(app);
    const profiles = (await send(app, { from, to: RECIPIENT, text })).json().data;
    const none = (await send(app, { from, to: RECIPIENT, text, use_profile_webhooks: false })).json().data;
    await vi.waitFor(() => expect(webhooksOf(received, profiles.id)).toHaveLength(2));
    expect(webhooksOf(received, profiles.id).map((webhook) => webhook.url)).toEqual([HOOKS, HOOKS]);
    const listed = (await get(app, `/simulator/messages?to=${encodeURIComponent(RECIPIENT)}`)).json()
      .messages;
    await vi.waitFor(async () => {
      const messages = (await get(app, '/simulator/messages')).json().messages;
      expect(messages.find((m: { id: string }) => m.id === none.id)).toMatchObject({ status: 'delivered' });
    });
    expect(listed).toHaveLength(2);
    expect(webhooksOf(received, none.id)).toEqual([]);
  });

  it('finalizes delivery_failed with a carrier error at SIM_DELIVERY_FAILURE_RATE 1', async () => {
    const { app, received } = simulator({ SIM_DELIVERY_FAILURE_RATE: '1' });
    const { from } = await readySender(app);
    const message = (await send(app, { from, to: RECIPIENT, text })).json().data;
    await vi.waitFor(() => expect(webhooksOf(received, message.id)).toHaveLength(2));
    const finalized = webhooksOf(received, message.id)[1]?.event.data;
    expect(finalized?.event_type).toBe('message.finalized');
    expect(finalized?.payload.to[0]?.status).toBe('delivery_failed');
    expect(DELIVERY_FAILURES).toContainEqual(finalized?.payload.errors[0]);
    const [listed] = (await get(app, '/simulator/messages')).json().messages;
    expect(listed).toMatchObject({ status: 'delivery_failed', failure: finalized?.payload.errors[0] });
  });

  it('delivers every event twice, with the same id, at SIM_DUPLICATE_RATE 1', async () => {
    const { app, received } = simulator({ SIM_DUPLICATE_RATE: '1' });
    const { from } = await readySender(app);
    const message = (await send(app, { from, to: RECIPIENT, text })).json().data;
    await vi.waitFor(() => expect(webhooksOf(received, message.id)).toHaveLength(4));
    const ids = webhooksOf(received, message.id).map((webhook) => webhook.event.data.id);
    expect(new Set(ids).size).toBe(2);
    expect(ids.filter((id) => id === ids[0])).toHaveLength(2);
    const bodies = webhooksOf(received, message.id).map(({ event }) => JSON.stringify(event.data));
    expect(new Set(bodies).size).toBe(2);
    await vi.waitFor(async () =>
      expect((await get(app, '/simulator/messages/stats')).json()).toMatchObject({ duplicatesSent: 2 }),
    );
  });

  it('delivers message.finalized before message.sent at SIM_REORDER_RATE 1', async () => {
    const { app, received } = simulator({ SIM_REORDER_RATE: '1' });
    const { from } = await readySender(app);
    const message = (await send(app, { from, to: RECIPIENT, text })).json().data;
    await vi.waitFor(() => expect(webhooksOf(received, message.id)).toHaveLength(2));
    const [first, second] = webhooksOf(received, message.id) as [Received, Received];
    expect(eventsOf([first, second])).toEqual([
      ['message.finalized', 'delivered'],
      ['message.sent', 'sent'],
    ]);
    // The times stay the carrier's: sent before finalized.
    expect(second.event.data.occurred_at < first.event.data.occurred_at).toBe(true);
    const [listed] = (await get(app, '/simulator/messages')).json().messages;
    expect(listed.status).toBe('delivered');
  });

  it('retries a receiver that fails, then goes to the webhook_failover_url', async () => {
    const { app, received, receiver } = simulator({ SIM_WEBHOOK_MAX_ATTEMPTS: '2' });
    receiver.statusFor = (url) => (url.includes('primary') ? 503 : 200);
    const { from } = await readySender(app);
    const urls = {
      webhook_url: 'https://primary.example/h',
      webhook_failover_url: 'https://failover.example/h',
    };
    const message = (await send(app, { from, to: RECIPIENT, text, ...urls })).json().data;
    await vi.waitFor(() => expect(webhooksOf(received, message.id)).toHaveLength(6));
    const sent = webhooksOf(received, message.id).filter((w) => w.event.data.event_type === 'message.sent');
    expect(sent.map((webhook) => [webhook.url, webhook.event.meta.attempt])).toEqual([
      [urls.webhook_url, 1],
      [urls.webhook_url, 2],
      [urls.webhook_failover_url, 1],
    ]);
    await vi.waitFor(async () => {
      const [listed] = (await get(app, '/simulator/messages')).json().messages;
      expect(listed.webhooks).toContainEqual(
        expect.objectContaining({ event: 'message.sent', url: urls.webhook_failover_url, attempts: 3 }),
      );
    });
  });

  describe('with SIM_SEED', () => {
    /** Sends 24 messages one after the other: each answer's status, and each taken message's final status. */
    async function outcomes(seed: string) {
      const { app, received } = simulator({
        SIM_SEED: seed,
        SIM_SEND_ERROR_RATE: '0.3',
        SIM_DELIVERY_FAILURE_RATE: '0.4',
      });
      const { from } = await readySender(app);
      const answers: Array<{ status: number; id?: string }> = [];
      for (let i = 0; i < 24; i += 1) {
        const response = await send(app, { from, to: RECIPIENT, text: `reminder ${i}` });
        answers.push({ status: response.statusCode, id: response.json().data?.id });
      }
      const taken = answers.filter((answer) => answer.id !== undefined);
      await vi.waitFor(() => expect(received).toHaveLength(2 * taken.length));
      return answers.map(({ status, id }) => {
        if (id === undefined) return String(status);
        const final = webhooksOf(received, id).find((w) => w.event.data.event_type === 'message.finalized');
        return `${status} ${final?.event.data.payload.to[0]?.status} ${final?.event.data.payload.errors[0]?.code ?? ''}`;
      });
    }

    it('gives the same outcomes to the same requests, and others to another seed', async () => {
      const first = await outcomes('bench-1');
      expect(await outcomes('bench-1')).toEqual(first);
      expect(await outcomes('bench-2')).not.toEqual(first);
      expect(new Set(first.map((outcome) => outcome.split(' ')[0])).size).toBeGreaterThan(1);
    });
  });
});
