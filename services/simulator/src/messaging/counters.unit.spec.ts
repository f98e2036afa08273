import { describe, expect, it, vi } from 'vitest';
import { type App, get, RECIPIENT, readySender, send, simulator } from './spec-support.js';

const OTHER = '+13125550003';
const stats = async (app: App) => (await get(app, '/simulator/messages/stats')).json();

describe('Simulator > messaging counters', () => {
  it('lists every accepted message with its status and webhooks, filtered by to and from', async () => {
    const { app } = simulator();
    const { from } = await readySender(app);
    const first = (await send(app, { from, to: RECIPIENT, text: 'one' })).json().data;
    await send(app, { from, to: OTHER, text: 'two' });
    await send(app, { from: '+19705550199', to: RECIPIENT, text: 'refused' });

    await vi.waitFor(async () => {
      const { messages } = (await get(app, `/simulator/messages?to=${encodeURIComponent(RECIPIENT)}`)).json();
      expect(messages).toEqual([
        {
          id: first.id,
          provider: 'telnyx',
          from,
          to: RECIPIENT,
          text: 'one',
          media: [],
          type: 'SMS',
          receivedAt: expect.any(String),
          status: 'delivered',
          failure: null,
          webhookUrl: expect.any(String),
          webhooks: [
            expect.objectContaining({ event: 'message.sent', delivered: true, duplicate: false }),
            expect.objectContaining({ event: 'message.finalized', delivered: true, duplicate: false }),
          ],
        },
      ]);
    });
    const byFrom = (await get(app, `/simulator/messages?from=${encodeURIComponent(from)}`)).json().messages;
    expect(byFrom.map((message: { text: string }) => message.text)).toEqual(['one', 'two']);
  });

  it('counts sends per recipient and shows a (from, to, text) sent twice', async () => {
    const { app } = simulator();
    const { from } = await readySender(app);
    for (const [to, text] of [
      [RECIPIENT, 'Your code is 1234'],
      [RECIPIENT, 'Your code is 1234'],
      [OTHER, 'Your code is 1234'],
      [RECIPIENT, 'Your code is 9876'],
    ] as const) {
      expect((await send(app, { from, to, text })).statusCode).toBe(200);
    }
    await send(app, { from, to: 'nope', text: 'x' });

    await vi.waitFor(async () =>
      expect(await stats(app)).toMatchObject({ webhooks: { delivered: 8, failed: 0, dropped: 0 } }),
    );
    expect(await stats(app)).toMatchObject({
      accepted: 4,
      refused: 1,
      refusedByCode: { '40310': 1 },
      retained: 4,
      byRecipient: { [RECIPIENT]: 3, [OTHER]: 1 },
      repeatedSubmissions: 1,
      repeated: [{ from, to: RECIPIENT, text: 'Your code is 1234', count: 2 }],
      duplicatesSent: 0,
    });
  });

  it('forgets everything on DELETE /simulator/messages', async () => {
    const { app } = simulator();
    const { from } = await readySender(app);
    await send(app, { from, to: RECIPIENT, text: 'one' });
    expect((await app.inject({ method: 'DELETE', url: '/simulator/messages' })).statusCode).toBe(204);
    expect((await get(app, '/simulator/messages')).json()).toEqual({ messages: [] });
    expect(await stats(app)).toMatchObject({
      accepted: 0,
      refused: 0,
      retained: 0,
      byRecipient: {},
      repeated: [],
    });
  });

  it('keeps only the last SIM_MESSAGES_RETAINED messages, counting them all', async () => {
    const { app } = simulator({ SIM_MESSAGES_RETAINED: '2' });
    const { from } = await readySender(app);
    for (const text of ['one', 'two', 'three']) await send(app, { from, to: RECIPIENT, text });
    const { messages } = (await get(app, '/simulator/messages')).json();
    expect(messages.map((message: { text: string }) => message.text)).toEqual(['two', 'three']);
    expect(await stats(app)).toMatchObject({ accepted: 3, retained: 2 });
    const latest = (await get(app, '/simulator/messages?limit=1')).json().messages;
    expect(latest.map((message: { text: string }) => message.text)).toEqual(['three']);
  });

  it('refuses a bad limit', async () => {
    const response = await get(simulator().app, '/simulator/messages?limit=0');
    expect(response.statusCode).toBe(400);
  });
});
