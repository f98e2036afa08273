import { generateKeyPairSync } from 'node:crypto';
import { WebhookRejectedError } from '@longcode/kit';
import { describe, expect, it } from 'vitest';
import type { ProviderWebhook } from '../src/port.js';
import { delivered, rawFixture, SENT_AT, telnyxAnswering } from './spec-support.js';

const { provider } = telnyxAnswering({ status: 200 });
const parsed = (name: string) => provider.parseWebhook(delivered(rawFixture(name)));
interface Editable {
  data: {
    id?: string;
    event_type: string;
    payload: { errors: unknown[]; to: Array<{ status?: string }>; from?: unknown };
  };
}
const edited = (name: string, edit: (body: Editable) => void) => {
  const body = JSON.parse(rawFixture(name).toString('utf8')) as Editable;
  edit(body);
  return provider.parseWebhook(delivered(Buffer.from(JSON.stringify(body))));
};

describe('Telnyx messaging > parseWebhook', () => {
  describe('message.sent', () => {
    it('reports the message sent, deduplicated by the event id', () => {
      expect(parsed('webhook.message-sent.json')).toEqual([
        {
          kind: 'receipt',
          providerEventId: 'a1b2c3d4-5678-9012-abcd-ef1234567890',
          providerMessageId: 'ac012cbf-5e09-46af-a69a-7c0e2d90993c',
          status: 'sent',
          errorCode: null,
          errorDescription: null,
          retriable: null,
          occurredAt: new Date('2024-01-15T21:32:13.596Z'),
          messageId: null,
        },
      ]);
    });

    it("reads the API reference's example (recipient still queued, occurred_at a placeholder) as sent now", () => {
      const webhook = delivered(rawFixture('webhook.delivery-update-reference.json'));
      expect(provider.parseWebhook(webhook)).toEqual([
        expect.objectContaining({
          providerEventId: '86f58db9-0fe3-4adc-9d1f-46e66e6e9323',
          providerMessageId: '40385f64-5717-4562-b3fc-2c963f66afa6',
          status: 'sent',
          occurredAt: webhook.receivedAt,
        }),
      ]);
    });
  });

  describe('message.finalized', () => {
    it('delivered reports the message delivered', () => {
      expect(parsed('webhook.message-finalized-delivered.json')).toEqual([
        {
          kind: 'receipt',
          providerEventId: '4ee8c3a6-4995-4309-a3c6-38e3db9ea4be',
          providerMessageId: 'ac012cbf-5e09-46af-a69a-7c0e2d90993c',
          status: 'delivered',
          errorCode: null,
          errorDescription: null,
          retriable: null,
          occurredAt: new Date('2024-01-15T21:32:14.148Z'),
          messageId: null,
        },
      ]);
    });

    it('delivery_failed with 40008 is undelivered, may be sent again, and keeps the code verbatim', () => {
      expect(parsed('webhook.message-finalized-delivery-failed.json')).toEqual([
        expect.objectContaining({
          providerEventId: '0d2c4e68-9f1b-4a8a-b3c5-7e6f5a4d3c21',
          providerMessageId: 'f0bc4e1d-0b6a-4d51-9d5e-2a7d1c9e3b10',
          status: 'undelivered',
          errorCode: '40008',
          errorDescription: "Undeliverable: The message was not accepted by the recipient's carrier.",
          retriable: true,
        }),
      ]);
    });

    it('sending_failed with 40010 (no 10DLC campaign) failed for good', () => {
      expect(parsed('webhook.message-finalized-sending-failed.json')).toEqual([
        expect.objectContaining({
          status: 'failed',
          errorCode: '40010',
          errorDescription: 'Not 10DLC registered: The sending number is not attached to a 10DLC campaign.',
          retriable: false,
        }),
      ]);
    });

    it('delivery_unconfirmed leaves the message sent, without an error', () => {
      expect(parsed('webhook.message-finalized-delivery-unconfirmed.json')).toEqual([
        expect.objectContaining({ status: 'sent', errorCode: null, retriable: null }),
      ]);
    });

    it('a code the catalogue does not list keeps the recipient status and is not retried', () => {
      const notifications = edited('webhook.message-finalized-delivery-failed.json', (body) => {
        body.data.payload.errors = [{ code: '49999', title: 'Something new' }];
      });
      expect(notifications).toEqual([
        expect.objectContaining({
          status: 'undelivered',
          errorCode: '49999',
          errorDescription: 'Something new',
          retriable: false,
        }),
      ]);
    });

    it('a failure without errors has no code', () => {
      const notifications = edited('webhook.message-finalized-sending-failed.json', (body) => {
        body.data.payload.errors = [];
      });
      expect(notifications).toEqual([
        expect.objectContaining({
          status: 'failed',
          errorCode: null,
          errorDescription: null,
          retriable: false,
        }),
      ]);
    });

    it("a message expired in Telnyx's queue failed", () => {
      const notifications = edited('webhook.message-finalized-sending-failed.json', (body) => {
        body.data.payload.to = [{ status: 'expired' }];
        body.data.payload.errors = [];
      });
      expect(notifications).toEqual([expect.objectContaining({ status: 'failed' })]);
    });

    it('an event without an id is deduplicated by the message, the event and the status', () => {
      const notifications = edited('webhook.message-finalized-delivered.json', (body) => {
        delete body.data.id;
      });
      expect(notifications).toEqual([
        expect.objectContaining({
          providerEventId: 'ac012cbf-5e09-46af-a69a-7c0e2d90993c:message.finalized:delivered',
        }),
      ]);
    });

    it('an event with neither a recipient status nor an error says nothing', () => {
      const notifications = edited('webhook.message-finalized-delivered.json', (body) => {
        body.data.payload.to = [];
      });
      expect(notifications).toEqual([]);
    });
  });

  describe('message.received', () => {
    it('reports the inbound SMS: who texted which of our numbers, and what', () => {
      expect(parsed('webhook.message-received.json')).toEqual([
        {
          kind: 'inbound',
          providerEventId: 'b301ed3f-1490-491f-995f-6e64e69674d4',
          providerMessageId: '84cca175-9755-4859-b67f-4730d7f58aa3',
          from: '+13125550002',
          to: '+13125550001',
          text: 'STOP',
          mediaUrls: [],
          receivedAt: new Date('2024-01-15T20:16:07.503Z'),
        },
      ]);
    });

    it('an inbound MMS carries its media URLs', () => {
      expect(parsed('webhook.message-received-mms.json')).toEqual([
        expect.objectContaining({
          text: 'Here is the photo of the damage',
          mediaUrls: [
            'https://media.telnyx.com/example-image.png',
            'https://media.telnyx.com/example-image-2.jpg',
          ],
        }),
      ]);
    });

    it('an inbound message without a sender says nothing', () => {
      expect(edited('webhook.message-received.json', (body) => delete body.data.payload.from)).toEqual([]);
    });
  });

  describe('events that are not ours', () => {
    it('a 10DLC event is ignored', () => {
      expect(parsed('webhook.10dlc-campaign-update.json')).toEqual([]);
    });

    it('an unknown messaging event type is ignored', () => {
      const notifications = edited('webhook.message-sent.json', (body) => {
        body.data.event_type = 'message.link_click';
      });
      expect(notifications).toEqual([]);
    });

    it('a signed body that is not JSON is ignored', () => {
      expect(provider.parseWebhook(delivered(Buffer.from('not json')))).toEqual([]);
      expect(provider.parseWebhook(delivered(Buffer.from('null')))).toEqual([]);
    });
  });

  describe('when the signature does not hold', () => {
    const rejected = (webhook: ProviderWebhook) =>
      expect(() => provider.parseWebhook(webhook)).toThrow(WebhookRejectedError);
    const body = rawFixture('webhook.message-received.json');

    it('rejects a tampered body', () => {
      const webhook = delivered(body);
      rejected({ ...webhook, rawBody: Buffer.from(webhook.rawBody.toString().replace('STOP', 'START')) });
    });

    it('rejects a body signed with another key', () => {
      rejected(delivered(body, { key: generateKeyPairSync('ed25519').privateKey }));
    });

    it('rejects a timestamp changed after signing', () => {
      const webhook = delivered(body);
      rejected({ ...webhook, headers: { ...webhook.headers, 'telnyx-timestamp': `${SENT_AT + 1}` } });
    });

    it('rejects a webhook without the signature headers', () => {
      rejected({ ...delivered(body), headers: { 'content-type': 'application/json' } });
      const { 'telnyx-signature-ed25519': _, ...noSignature } = delivered(body).headers;
      rejected({ ...delivered(body), headers: noSignature });
    });

    it('rejects a webhook signed more than 300 s before it arrived (a replay)', () => {
      rejected(delivered(body, { receivedAt: new Date((SENT_AT + 301) * 1000) }));
      expect(
        provider.parseWebhook(delivered(body, { receivedAt: new Date((SENT_AT + 299) * 1000) })),
      ).toHaveLength(1);
    });

    it('rejects a webhook dated more than 300 s in the future', () => {
      rejected(delivered(body, { receivedAt: new Date((SENT_AT - 301) * 1000) }));
    });

    it('honours a tolerance of its own', () => {
      const strict = telnyxAnswering({ status: 200 }, { toleranceSeconds: 10 }).provider;
      expect(() =>
        strict.parseWebhook(delivered(body, { receivedAt: new Date((SENT_AT + 11) * 1000) })),
      ).toThrow(WebhookRejectedError);
    });
  });
});
