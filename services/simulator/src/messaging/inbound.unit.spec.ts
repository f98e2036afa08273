import { describe, expect, it, vi } from 'vitest';
import { get, HOOKS, ownedNumber, post, type Received, signedBy, simulator } from './spec-support.js';

const HANDSET = '+13125550002';

describe('Simulator > POST /simulator/inbound', () => {
  it('sends a signed message.received to SIM_MESSAGING_WEBHOOK_URL and answers its ids', async () => {
    const { app, received, publicKeyBase64 } = simulator();
    const number = await ownedNumber(app);
    const response = await post(app, '/simulator/inbound', { from: HANDSET, to: number, text: 'STOP' }, {});
    expect(response.statusCode).toBe(202);
    const { messageId, eventId, webhookUrl } = response.json();
    expect(webhookUrl).toBe(HOOKS);

    await vi.waitFor(() => expect(received).toHaveLength(1));
    const [webhook] = received as [Received];
    expect(signedBy(webhook, publicKeyBase64)).toBe(true);
    expect(webhook.url).toBe(HOOKS);
    expect(webhook.event).toMatchObject({
      data: {
        event_type: 'message.received',
        id: eventId,
        record_type: 'event',
        occurred_at: expect.any(String),
      },
      meta: { attempt: 1, delivered_to: HOOKS },
    });
    expect(webhook.event.data.payload).toMatchObject({
      record_type: 'message',
      direction: 'inbound',
      id: messageId,
      type: 'SMS',
      messaging_profile_id: 'profile-1',
      from: { phone_number: HANDSET, carrier: expect.any(String), line_type: 'Wireless' },
      to: [{ phone_number: number, status: 'webhook_delivered' }],
      text: 'STOP',
      media: [],
      encoding: 'GSM-7',
      parts: 1,
      errors: [],
    });
  });

  it('sends media as an MMS', async () => {
    const { app, received } = simulator();
    const media = [
      'https://media.example/a.jpg',
      { url: 'https://media.example/b.png', content_type: 'image/png' },
    ];
    const body = { from: HANDSET, to: '+19705550100', text: 'the damage', media };
    expect((await post(app, '/simulator/inbound', body, {})).statusCode).toBe(202);
    await vi.waitFor(() => expect(received).toHaveLength(1));
    expect(received[0]?.event.data.payload).toMatchObject({
      type: 'MMS',
      messaging_profile_id: null,
      media: [
        { url: 'https://media.example/a.jpg', content_type: null, sha256: null, size: null },
        { url: 'https://media.example/b.png', content_type: 'image/png', sha256: null, size: null },
      ],
    });
  });

  it('refuses a bad injection with a problem naming each field', async () => {
    const { app, received } = simulator();
    const response = await post(
      app,
      '/simulator/inbound',
      { from: '3125550002', to: HANDSET, media: 'x', provider: 'bandwidth' },
      {},
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((error: { field: string }) => error.field)).toEqual([
      'from',
      'media',
      'text',
      'provider',
    ]);
    expect(received).toEqual([]);
  });

  it('lists the injected messages with their deliveries', async () => {
    const { app } = simulator();
    const { messageId } = (
      await post(app, '/simulator/inbound', { from: HANDSET, to: '+19705550100', text: 'HELP' }, {})
    ).json();
    await vi.waitFor(async () => {
      const { messages } = (await get(app, '/simulator/inbound')).json();
      expect(messages).toEqual([
        expect.objectContaining({
          id: messageId,
          text: 'HELP',
          webhooks: [expect.objectContaining({ event: 'message.received', delivered: true, attempts: 1 })],
        }),
      ]);
    });
  });
});
