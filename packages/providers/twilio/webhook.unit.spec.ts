import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ProviderWebhook, Receipt } from '../src/port.js';
import {
  AUTH_TOKEN,
  fixtureText,
  OUR_NUMBER,
  OUTBOUND_SID,
  RECEIVED_AT,
  receiver,
  signatureFor,
  signedWebhook,
  THEIR_NUMBER,
  WEBHOOK_URL,
} from './spec-support.js';

const parse = (form: string) => receiver().parseWebhook(signedWebhook(form));
const callback = (status: string) => fixtureText(`status-callback.${status}.txt`);
/** A recorded callback with its MessageStatus (and SmsStatus) replaced. */
const withStatus = (status: string) =>
  callback('sent').replace(/(Message|Sms)Status=sent/g, (_, prefix: string) => `${prefix}Status=${status}`);

describe('Twilio messaging > webhooks', () => {
  describe('a status callback', () => {
    it('for delivered is a delivered receipt of the message, no error, at arrival time', () => {
      expect(parse(callback('delivered'))).toEqual([
        {
          kind: 'receipt',
          providerEventId: `${OUTBOUND_SID}:delivered`,
          providerMessageId: OUTBOUND_SID,
          status: 'delivered',
          errorCode: null,
          errorDescription: null,
          retriable: null,
          occurredAt: RECEIVED_AT,
          messageId: null,
        } satisfies Receipt,
      ]);
    });

    it("for undelivered carries the carrier's code verbatim, described and retriable from the code table", () => {
      expect(parse(callback('undelivered'))).toEqual([
        {
          kind: 'receipt',
          providerEventId: `${OUTBOUND_SID}:undelivered:30003`,
          providerMessageId: OUTBOUND_SID,
          status: 'undelivered',
          errorCode: '30003',
          errorDescription: 'Unreachable destination handset',
          retriable: true,
          occurredAt: RECEIVED_AT,
          messageId: null,
        } satisfies Receipt,
      ]);
    });

    it('for failed with 30034 (unregistered 10DLC number) is failed, not retriable', () => {
      expect(parse(callback('failed'))).toEqual([
        expect.objectContaining({
          providerEventId: `${OUTBOUND_SID}:failed:30034`,
          status: 'failed',
          errorCode: '30034',
          errorDescription: 'US A2P 10DLC - Message from an Unregistered Number',
          retriable: false,
        }),
      ]);
    });

    it.each([
      ['queued', 'queued'],
      ['sending', 'queued'],
      ['sent', 'sent'],
      ['delivered', 'delivered'],
      ['undelivered', 'undelivered'],
      ['failed', 'failed'],
    ])('recorded for %s reads as %s', (twilioStatus, status) => {
      expect(parse(callback(twilioStatus))).toEqual([expect.objectContaining({ kind: 'receipt', status })]);
    });

    it.each([
      ['accepted', 'queued'],
      ['scheduled', 'queued'],
      ['read', 'delivered'],
      ['canceled', 'failed'],
    ])("for Twilio's %s status reads as %s", (twilioStatus, status) => {
      expect(parse(withStatus(twilioStatus))).toEqual([
        expect.objectContaining({ status, providerEventId: `${OUTBOUND_SID}:${twilioStatus}` }),
      ]);
    });

    it('for a status we do not know reports nothing', () => {
      expect(parse(withStatus('partially_delivered'))).toEqual([]);
      expect(parse(withStatus('teleported'))).toEqual([]);
    });

    it('without an error code on failure is not retriable', () => {
      expect(parse(withStatus('failed'))).toEqual([
        expect.objectContaining({ status: 'failed', errorCode: null, retriable: false }),
      ]);
    });

    it('with a code the table does not know keeps it verbatim, undescribed and not retriable', () => {
      const form = `ErrorCode=39999&${withStatus('undelivered')}`;
      expect(parse(form)).toEqual([
        expect.objectContaining({ errorCode: '39999', errorDescription: null, retriable: false }),
      ]);
    });

    describe('its event id', () => {
      it('is the same when Twilio posts the same callback again, in another order', () => {
        const form = callback('undelivered');
        const shuffled = [...new URLSearchParams(form)].reverse();
        const again = new URLSearchParams(shuffled).toString();
        expect(parse(again)[0]?.providerEventId).toBe(parse(form)[0]?.providerEventId);
      });

      it('differs between the statuses of one message', () => {
        const ids = ['queued', 'sending', 'sent', 'delivered'].map(
          (s) => parse(callback(s))[0]?.providerEventId,
        );
        expect(new Set(ids).size).toBe(4);
      });
    });
  });

  describe('an incoming message', () => {
    it('is an inbound message from the person to our number, under its MessageSid', () => {
      expect(parse(fixtureText('inbound-sms.txt'))).toEqual([
        {
          kind: 'inbound',
          providerEventId: 'SMa8e6fe5b9e68f30a146cefebaa7edcc3',
          providerMessageId: 'SMa8e6fe5b9e68f30a146cefebaa7edcc3',
          from: THEIR_NUMBER,
          to: OUR_NUMBER,
          text: 'Stop please',
          mediaUrls: [],
          receivedAt: RECEIVED_AT,
        },
      ]);
    });

    it('with media lists MediaUrl0 … MediaUrl{NumMedia-1} in order', () => {
      const [message] = parse(fixtureText('inbound-mms.txt'));
      const media =
        'https://api.twilio.com/2010-04-01/Accounts/ACe268443e43d93dab7ebef303bbe9642f/Messages/MMec64829df83a16067bfb4d2dfe026887/Media';
      expect(message).toMatchObject({
        kind: 'inbound',
        providerMessageId: 'MMec64829df83a16067bfb4d2dfe026887',
        text: 'Here is the damage',
        mediaUrls: [
          `${media}/ME7837cc908156191f9907af444be1df55`,
          `${media}/MEc90c9ce735ea9300f9320e2ae15035a0`,
        ],
      });
    });

    it('with media only has an empty text', () => {
      const form = fixtureText('inbound-mms.txt').replace('Body=Here+is+the+damage&', '');
      expect(parse(form)).toEqual([expect.objectContaining({ text: '', mediaUrls: expect.any(Array) })]);
    });
  });

  it('reports nothing for a signed webhook that is neither a callback nor a message', () => {
    expect(parse('AccountSid=AC1&CallSid=CA1&CallStatus=ringing')).toEqual([]);
  });

  describe('a JSON body signed through bodySHA256 (our reading: the same parameters as JSON)', () => {
    it('is read like the form', () => {
      const body = JSON.stringify(Object.fromEntries(new URLSearchParams(callback('undelivered'))));
      const hash = createHash('sha256').update(body).digest('hex');
      const url = `${WEBHOOK_URL}&bodySHA256=${hash}`;
      const webhook: ProviderWebhook = {
        url,
        headers: {
          'content-type': 'application/json',
          'x-twilio-signature': signatureFor(AUTH_TOKEN, url, ''),
        },
        rawBody: Buffer.from(body),
        receivedAt: RECEIVED_AT,
      };
      expect(receiver().parseWebhook(webhook)).toEqual(parse(callback('undelivered')));
    });
  });
});
