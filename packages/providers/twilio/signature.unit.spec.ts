import { WebhookRejectedError } from '@longcode/kit';
import { describe, expect, it } from 'vitest';
import type { ProviderWebhook } from '../src/port.js';
import { createTwilioMessaging } from './messaging.js';
import { twilioSignature, urlVariants } from './signature.js';
import { AUTH_TOKEN, fixture, fixtureText, receiver, signedWebhook, WEBHOOK_URL } from './spec-support.js';

interface Vector {
  case?: string;
  authToken: string;
  url: string;
  params?: Record<string, string>;
  body?: string;
  signature: string;
}

const vectors = fixture('signature-vectors.json') as { documented: Vector; sdk: Vector[] };

/** The vector as the webhook Twilio would post: its params form-encoded, or its JSON body. */
function webhookOf(vector: Vector): ProviderWebhook {
  const form = new URLSearchParams(vector.params ?? {}).toString();
  return {
    url: vector.url,
    headers: { 'X-Twilio-Signature': vector.signature },
    rawBody: Buffer.from(vector.body ?? form),
    receivedAt: new Date(),
  };
}

const rejectionOf = (webhook: ProviderWebhook, authToken = AUTH_TOKEN): unknown => {
  try {
    createTwilioMessaging({ accountSid: 'AC1', authToken }).parseWebhook(webhook);
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('Twilio messaging > webhook signature', () => {
  describe("Twilio's documented example", () => {
    const { authToken, url, params, signature } = vectors.documented;

    it('signs to the documented X-Twilio-Signature', () => {
      expect(twilioSignature(authToken, url, new URLSearchParams(params))).toBe(
        '0/KCTR6DLpKmkAf8muzZqo1nDgQ=',
      );
      expect(signature).toBe('0/KCTR6DLpKmkAf8muzZqo1nDgQ=');
    });

    it('is accepted as a webhook', () => {
      expect(rejectionOf(webhookOf(vectors.documented), authToken)).toBeUndefined();
    });

    it('is refused once a parameter is changed', () => {
      const tampered = { ...vectors.documented, params: { ...params, Digits: '9999' } };
      expect(rejectionOf(webhookOf(tampered), authToken)).toBeInstanceOf(WebhookRejectedError);
    });
  });

  describe("the vectors of Twilio's Node SDK", () => {
    for (const vector of vectors.sdk) {
      it(`accepts ${vector.case}`, () => {
        expect(rejectionOf(webhookOf(vector), vector.authToken)).toBeUndefined();
      });
    }

    it('refuses a JSON body that no longer matches its bodySHA256', () => {
      const vector = vectors.sdk.find((v) => v.body?.includes('property')) as Vector;
      const altered = { ...vector, body: vector.body?.replace('value', 'other') };
      expect(rejectionOf(webhookOf(altered), vector.authToken)).toBeInstanceOf(WebhookRejectedError);
    });
  });

  describe('a status callback', () => {
    const form = fixtureText('status-callback.delivered.txt');

    it('is accepted signed with our Auth Token, whatever the case of the header name', () => {
      const webhook = signedWebhook(form);
      const signature = webhook.headers['x-twilio-signature'];
      expect(() => receiver().parseWebhook(webhook)).not.toThrow();
      expect(() =>
        receiver().parseWebhook({ ...webhook, headers: { 'X-Twilio-Signature': signature } }),
      ).not.toThrow();
    });

    it('is refused without a signature', () => {
      const webhook = {
        ...signedWebhook(form),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      };
      expect(rejectionOf(webhook)).toBeInstanceOf(WebhookRejectedError);
      expect(rejectionOf({ ...webhook, headers: { 'x-twilio-signature': '' } })).toBeInstanceOf(
        WebhookRejectedError,
      );
    });

    it('is refused with a wrong signature or signed with another Auth Token', () => {
      const webhook = signedWebhook(form);
      expect(
        rejectionOf({ ...webhook, headers: { 'x-twilio-signature': 'bm90IGEgc2lnbmF0dXJlIQ==' } }),
      ).toBeInstanceOf(WebhookRejectedError);
      expect(rejectionOf(webhook, 'another-auth-token')).toBeInstanceOf(WebhookRejectedError);
    });

    it('is refused when its body was changed', () => {
      const webhook = signedWebhook(form);
      const changed = {
        ...webhook,
        rawBody: Buffer.from(form.replace('MessageStatus=delivered', 'MessageStatus=failed')),
      };
      expect(rejectionOf(changed)).toBeInstanceOf(WebhookRejectedError);
    });

    it('is refused at another URL than the one Twilio signed', () => {
      const webhook = signedWebhook(form);
      for (const url of [
        'https://receipts.example.com/webhooks/twilio?account=other',
        'https://receipts.example.com/webhooks/twilio',
        'https://evil.example.com/webhooks/twilio?account=main',
        'http://receipts.example.com/webhooks/twilio?account=main',
      ]) {
        expect(rejectionOf({ ...webhook, url })).toBeInstanceOf(WebhookRejectedError);
      }
    });

    it('is refused when its URL is not absolute', () => {
      const webhook = signedWebhook(form);
      expect(rejectionOf({ ...webhook, url: '/webhooks/twilio?account=main' })).toBeInstanceOf(
        WebhookRejectedError,
      );
    });
  });

  describe('URL variants tried', () => {
    it("are the URL as received, without its port, and with the scheme's default port", () => {
      expect(urlVariants(WEBHOOK_URL)).toEqual([
        WEBHOOK_URL,
        'https://receipts.example.com:443/webhooks/twilio?account=main',
      ]);
      expect(urlVariants('http://hooks.example.com:8080/t')).toEqual([
        'http://hooks.example.com:8080/t',
        'http://hooks.example.com/t',
      ]);
    });
  });
});
