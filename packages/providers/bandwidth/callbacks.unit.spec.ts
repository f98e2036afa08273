import { describe, expect, it } from 'vitest';
import type { Receipt } from '../src/port.js';
import { bandwidthAnswering, delivered, RECEIVED_AT, rawFixture } from './spec-support.js';

const { provider } = bandwidthAnswering({ status: 202, body: {} });
const parsed = (name: string) => provider.parseWebhook(delivered(rawFixture(name)));
const parsedBody = (body: unknown) => provider.parseWebhook(delivered(Buffer.from(JSON.stringify(body))));

/** The fixture's events, each changed, delivered and parsed. */
function parsedWith(name: string, change: (event: Record<string, unknown>) => void) {
  const events = JSON.parse(rawFixture(name).toString()) as Array<Record<string, unknown>>;
  events.forEach(change);
  return parsedBody(events);
}

describe('Bandwidth messaging > parseWebhook > outbound callbacks', () => {
  it('message-sending: the message is on its way to the carrier (sent), with our tag as message id', () => {
    expect(parsed('callback.message-sending.json')).toEqual([
      {
        kind: 'receipt',
        providerEventId:
          '1593110555875xo7watq5px6rbe5d/message-sending/2020-06-25T18:42:36.979Z/+15554443333',
        providerMessageId: '1593110555875xo7watq5px6rbe5d',
        status: 'sent',
        errorCode: null,
        errorDescription: null,
        retriable: null,
        occurredAt: new Date('2020-06-25T18:42:36.979Z'),
        messageId: 'v2 lab',
      },
    ]);
  });

  it('message-sent (the newer event) is sent too', () => {
    expect(parsed('callback.message-sent.json')).toMatchObject([
      { kind: 'receipt', status: 'sent', occurredAt: new Date('2024-06-25T18:42:36.979Z') },
    ]);
  });

  it('message-delivered: delivered; without a tag there is no message id of ours', () => {
    expect(parsed('callback.message-delivered.json')).toEqual([
      {
        kind: 'receipt',
        providerEventId: '14762070468292kw2fuqty55yp2b2/message-delivered/2016-09-14T18:20:16Z/+12345678902',
        providerMessageId: '14762070468292kw2fuqty55yp2b2',
        status: 'delivered',
        errorCode: null,
        errorDescription: null,
        retriable: null,
        occurredAt: new Date('2016-09-14T18:20:16Z'),
        messageId: null,
      },
    ]);
  });

  it('message-failed: the code decides the status and whether to try again; the description is kept', () => {
    expect(parsed('callback.message-failed.json')).toEqual([
      {
        kind: 'receipt',
        providerEventId:
          '14762070468292kw2fuqty55yp2b2/message-failed/2016-09-14T18:20:16Z/+52345678903/4432',
        providerMessageId: '14762070468292kw2fuqty55yp2b2',
        status: 'failed',
        errorCode: '4432',
        errorDescription: 'forbidden to country',
        retriable: false,
        occurredAt: new Date('2016-09-14T18:20:16Z'),
        messageId: null,
      },
    ]);
  });

  it("message-failed without a description gets Bandwidth's name for the code", () => {
    const [receipt] = parsedWith('callback.message-failed.json', (event) => {
      event.description = '';
    });
    expect(receipt).toMatchObject({ errorDescription: 'rejected-forbidden-country' });
  });

  it('message-failed without a code is a failure that is not retried', () => {
    const [receipt] = parsedWith('callback.message-failed.json', (event) => {
      delete event.errorCode;
    });
    expect(receipt).toMatchObject({ status: 'failed', errorCode: null, retriable: false });
    expect((receipt as Receipt).providerEventId).not.toMatch(/\/4432$/);
  });

  it("a group message's callbacks, one per recipient, get distinct event ids", () => {
    const [first] = parsed('callback.message-delivered-group-mms.json');
    const [second] = parsedWith('callback.message-delivered-group-mms.json', (event) => {
      event.to = '+12345678903';
    });
    expect(first?.providerEventId).not.toBe(second?.providerEventId);
  });

  it('the same callback delivered again has the same event id', () => {
    expect(parsed('callback.message-delivered.json')).toEqual(parsed('callback.message-delivered.json'));
  });
});

describe('Bandwidth messaging > parseWebhook > inbound messages', () => {
  it('message-received: who texted which of our numbers, what, and when', () => {
    expect(parsed('callback.message-received.json')).toEqual([
      {
        kind: 'inbound',
        providerEventId: '14762070468292kw2fuqty55yp2b2/message-received/2016-09-14T18:20:16Z/+12345678902',
        providerMessageId: '14762070468292kw2fuqty55yp2b2',
        from: '+12345678901',
        to: '+12345678902',
        text: 'Hey, check this out!',
        mediaUrls: [
          'https://messaging.bandwidth.com/api/v2/users/{accountId}/media/14762070468292kw2fuqty55yp2b2/0/bw.png',
        ],
        receivedAt: new Date('2016-09-14T18:20:16Z'),
      },
    ]);
  });

  it('a group message names, as `to`, the one of our numbers this copy is for', () => {
    expect(parsed('callback.message-received-group-mms.json')).toMatchObject([
      { kind: 'inbound', to: '+12345678902', from: '+12345678901' },
    ]);
  });
});

describe('Bandwidth messaging > parseWebhook > a batch of several events', () => {
  it('reads every event, in order, with our message ids from the tags', () => {
    expect(parsed('callback.batch.json')).toEqual([
      expect.objectContaining({
        kind: 'receipt',
        status: 'sent',
        providerMessageId: '1589228074636lm4k2je7j7jklbn2',
        messageId: 'msg_01JNQ7ZK3M5N8P2R6T9V0W1XYA',
      }),
      expect.objectContaining({
        kind: 'receipt',
        status: 'delivered',
        providerMessageId: '1589228074636lm4k2je7j7jklbn2',
        messageId: 'msg_01JNQ7ZK3M5N8P2R6T9V0W1XYA',
        occurredAt: new Date('2026-03-09T15:04:09.477Z'),
      }),
      expect.objectContaining({
        kind: 'receipt',
        status: 'undelivered',
        errorCode: '4775',
        errorDescription: 'Carrier Rejected due to user opt out',
        retriable: false,
        messageId: 'msg_01JNQ7ZK3M5N8P2R6T9V0W1XYC',
      }),
      expect.objectContaining({ kind: 'inbound', from: '+12025550143', to: '+12025550187', text: 'Stop' }),
    ]);
  });

  it('gives each event its own id', () => {
    const ids = parsed('callback.batch.json').map((n) => n.providerEventId);
    expect(new Set(ids).size).toBe(4);
  });
});

describe('Bandwidth messaging > parseWebhook > what it leaves out', () => {
  const event = JSON.parse(rawFixture('callback.message-delivered.json').toString())[0];

  it.each(['message-read', 'suggestion-response', 'requested-location-response', 'message-teleported'])(
    'events it does not use (%s)',
    (type) => {
      expect(parsedBody([{ ...event, type }])).toEqual([]);
    },
  );

  it('events without a message id, and entries that are not events, while reading the others', () => {
    const noId = { ...event, message: { ...event.message, id: '' } };
    expect(parsedBody([noId, null, 'x', { type: 'message-delivered' }, event])).toHaveLength(1);
  });

  it('a body that is not JSON, or an empty array', () => {
    expect(provider.parseWebhook(delivered(Buffer.from('not json')))).toEqual([]);
    expect(parsedBody([])).toEqual([]);
  });

  it('reads a lone event, not in an array (as the OpenAPI examples show them)', () => {
    expect(parsedBody(event)).toMatchObject([{ kind: 'receipt', status: 'delivered' }]);
  });

  it('without a readable time, the message time or else the arrival time stands in', () => {
    expect(parsedBody([{ ...event, time: 'yesterday' }])).toMatchObject([
      { occurredAt: new Date('2016-09-14T18:20:16Z') },
    ]);
    const untimed = { ...event, time: undefined, message: { ...event.message, time: undefined } };
    expect(parsedBody([untimed])).toMatchObject([{ occurredAt: RECEIVED_AT }]);
  });
});
