import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type IncomingWebhook, WebhookRejectedError } from '../port.js';
import { createTelnyxRegistration } from './registration.js';
import { base64Of, delivered, rawFixture, SENT_AT, telnyxKeys } from './spec-support.js';

const otherKeys = generateKeyPairSync('ed25519');

const provider = createTelnyxRegistration({
  baseUrl: 'https://api.telnyx.com/v2',
  apiKey: 'KEY0123',
  webhookPublicKey: base64Of(telnyxKeys.publicKey),
});

const parsed = (name: string) => provider.parseWebhook(delivered(rawFixture(name)));

describe('Telnyx registration > parseWebhook', () => {
  describe('brand events', () => {
    it('BRAND_ADD approves the brand with its TCR id; without an identity status it is SELF_DECLARED', () => {
      expect(parsed('webhook.brand-add.json')).toEqual({
        kind: 'brand.approved',
        providerBrandId: '97091164-e814-435c-9c1b-14ab2d18e987',
        referenceId: null,
        registryBrandId: 'BBRAND1',
        identityStatus: 'SELF_DECLARED',
      });
    });

    it('BRAND_ADD with an identity status keeps it, and our reference comes back from the webhook URL', () => {
      expect(parsed('webhook.brand-add-verified.json')).toEqual({
        kind: 'brand.approved',
        providerBrandId: '4b20017f-8da9-a992-a6c0-683072fb7729',
        referenceId: 'brand-0192f3',
        registryBrandId: 'BBRAND1',
        identityStatus: 'VERIFIED',
      });
    });

    it('BRAND_ADD with an UNVERIFIED identity rejects the brand', () => {
      const body = JSON.parse(rawFixture('webhook.brand-add-verified.json').toString());
      body.data.payload.identityStatus = 'UNVERIFIED';
      const update = provider.parseWebhook(delivered(Buffer.from(JSON.stringify(body))));
      expect(update).toMatchObject({ kind: 'brand.rejected', reasons: [{ code: 'IDENTITY_UNVERIFIED' }] });
    });

    it('a failed REGISTRATION rejects the brand with its reasons', () => {
      expect(parsed('webhook.registration-failed.json')).toEqual({
        kind: 'brand.rejected',
        providerBrandId: 'b0e2ec67-b26f-4c77-affc-d10f4d1780d3',
        referenceId: null,
        reasons: [
          {
            code: 'INVALID_EIN',
            description:
              'Invalid EIN - EIN is a nine-digit number. The format is XX-XXXXXXX. The "-" symbol is also accepted.',
          },
        ],
      });
    });

    it('a completed ORDER_EXTERNAL_VETTING records the vetting and its score', () => {
      expect(parsed('webhook.external-vetting.json')).toEqual({
        kind: 'brand.vetted',
        providerBrandId: '97091164-e814-435c-9c1b-14ab2d18e987',
        referenceId: null,
        provider: 'AEGIS',
        vettingClass: 'STANDARD',
        score: 82,
        vettedAt: new Date('2024-08-07T17:20:05.000Z'),
      });
    });

    it('a DORMANT TELNYX_EVENT suspends the brand', () => {
      expect(parsed('webhook.brand-suspended.json')).toEqual({
        kind: 'brand.suspended',
        providerBrandId: '97091164-e814-435c-9c1b-14ab2d18e987',
        referenceId: null,
        reason: 'Brand has been suspended after carrier complaints',
      });
    });
  });

  describe('events we do not use', () => {
    it('a REVET is null', () => {
      expect(parsed('webhook.revet.json')).toBeNull();
    });

    it('a vetting order without a score is null', () => {
      const body = JSON.parse(rawFixture('webhook.external-vetting.json').toString());
      delete body.data.payload.vettingScore;
      expect(provider.parseWebhook(delivered(Buffer.from(JSON.stringify(body))))).toBeNull();
    });
  });

  describe('when the signature does not hold', () => {
    const rejected = (webhook: IncomingWebhook) =>
      expect(() => provider.parseWebhook(webhook)).toThrow(WebhookRejectedError);

    it('rejects a tampered body', () => {
      const webhook = delivered(rawFixture('webhook.brand-add.json'));
      rejected({
        ...webhook,
        rawBody: Buffer.from(webhook.rawBody.toString().replace('BBRAND1', 'BBRAND2')),
      });
    });

    it('rejects a body signed with another key', () => {
      rejected(delivered(rawFixture('webhook.brand-add.json'), { key: otherKeys.privateKey }));
    });

    it('rejects a timestamp changed after signing', () => {
      const webhook = delivered(rawFixture('webhook.brand-add.json'));
      rejected({ ...webhook, headers: { ...webhook.headers, 'telnyx-timestamp': `${SENT_AT + 1}` } });
    });

    it('rejects a webhook without the signature headers', () => {
      rejected({
        headers: {},
        rawBody: rawFixture('webhook.brand-add.json'),
        receivedAt: new Date(SENT_AT * 1000),
      });
    });

    it('rejects a stale timestamp, even correctly signed', () => {
      const receivedAt = new Date((SENT_AT + 301) * 1000);
      rejected(delivered(rawFixture('webhook.brand-add.json'), { receivedAt }));
    });

    it('rejects a timestamp from the future beyond the tolerance', () => {
      const receivedAt = new Date((SENT_AT - 301) * 1000);
      rejected(delivered(rawFixture('webhook.brand-add.json'), { receivedAt }));
    });

    it('says why, with a stable code and 401', () => {
      const webhook = delivered(rawFixture('webhook.brand-add.json'), { key: otherKeys.privateKey });
      expect(() => provider.parseWebhook(webhook)).toThrow(
        expect.objectContaining({ code: 'WEBHOOK_SIGNATURE_INVALID', status: 401 }),
      );
    });
  });

  it('accepts a timestamp within the tolerance', () => {
    const receivedAt = new Date((SENT_AT + 299) * 1000);
    expect(
      provider.parseWebhook(delivered(rawFixture('webhook.brand-add.json'), { receivedAt })),
    ).not.toBeNull();
  });
});
