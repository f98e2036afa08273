import { describe, expect, it } from 'vitest';
import { createTelnyxRegistration } from './registration.js';
import { base64Of, delivered, rawFixture, telnyxKeys } from './spec-support.js';

const provider = createTelnyxRegistration({
  baseUrl: 'https://api.telnyx.com/v2',
  apiKey: 'KEY0123',
  webhookPublicKey: base64Of(telnyxKeys.publicKey),
});

const parsed = (name: string) => provider.parseWebhook(delivered(rawFixture(name)));

/** The fixture with its payload changed, delivered and parsed. */
function parsedWith(name: string, change: (payload: Record<string, unknown>) => void) {
  const body = JSON.parse(rawFixture(name).toString());
  change(body.data.payload);
  return provider.parseWebhook(delivered(Buffer.from(JSON.stringify(body))));
}

const ours = { providerCampaignId: '751c6a5c-907b-43a9-8ada-ba1dc8335b07', referenceId: 'campaign-0193a1' };
const theirs = { ...ours, referenceId: null };

describe('Telnyx registration > parseWebhook > campaign events', () => {
  describe('when the carriers provisioned it (VERIFIED)', () => {
    it('approves the campaign with its TCR id, and our reference comes back from the webhook URL', () => {
      expect(parsed('webhook.campaign-verified-tcr-id.json')).toEqual({
        kind: 'campaign.approved',
        ...ours,
        registryCampaignId: 'C6X6M95',
      });
    });

    it("without a TCR id (Telnyx's own example) it is still an approval, with no registry id", () => {
      expect(parsed('webhook.campaign-verified.json')).toMatchObject({
        kind: 'campaign.approved',
        registryCampaignId: null,
      });
    });
  });

  describe('when it is rejected', () => {
    it('a failed REGISTRATION rejects it with the fields at fault', () => {
      expect(parsed('webhook.campaign-registration-failed.json')).toEqual({
        kind: 'campaign.rejected',
        ...theirs,
        reasons: [
          {
            code: 'INVALID_SAMPLE1',
            description: 'Sample message does not contain required opt-out language',
            carrier: null,
          },
        ],
      });
    });

    it("a carrier's REJECTED review names the carrier", () => {
      expect(parsed('webhook.campaign-mno-rejected.json')).toEqual({
        kind: 'campaign.rejected',
        ...theirs,
        reasons: [
          {
            code: 'CARRIER_REJECTED',
            description: 'Campaign rejected by T-Mobile due to insufficient opt-out instructions',
            carrier: 'T-Mobile',
          },
        ],
      });
    });

    it("Telnyx's REJECTED compliance review names no carrier", () => {
      expect(parsed('webhook.campaign-telnyx-rejected.json')).toEqual({
        kind: 'campaign.rejected',
        ...ours,
        reasons: [
          {
            code: 'PROVIDER_REJECTED',
            description: 'C6X6M95 rejected by Telnyx: the website does not show a privacy policy',
            carrier: null,
          },
        ],
      });
    });

    it("TCR's MNO_CAMPAIGN_OPERATION_REJECTED rejects it too, with the carrier TCR names", () => {
      const update = parsedWith('webhook.campaign-mno-suspended.json', (payload) => {
        payload.eventType = 'MNO_CAMPAIGN_OPERATION_REJECTED';
        payload.mnoName = 'Verizon Wireless';
      });
      expect(update).toMatchObject({
        kind: 'campaign.rejected',
        reasons: [{ code: 'CARRIER_REJECTED', carrier: 'Verizon Wireless' }],
      });
    });
  });

  describe('when it is suspended', () => {
    it("Telnyx's DORMANT event suspends it, no carrier named", () => {
      expect(parsed('webhook.campaign-dormant.json')).toEqual({
        kind: 'campaign.suspended',
        ...theirs,
        reason: 'Campaign has been marked as dormant',
        carrier: null,
      });
    });

    it("a carrier's suspension, forwarded from TCR, names the carrier", () => {
      expect(parsed('webhook.campaign-mno-suspended.json')).toEqual({
        kind: 'campaign.suspended',
        ...ours,
        reason: 'Campaign C6X6M95 suspended by AT&T: high opt-out rate',
        carrier: 'AT&T',
      });
    });

    it('without TCR carrier fields, the carrier is read from the description', () => {
      const update = parsedWith('webhook.campaign-mno-suspended.json', (payload) => {
        delete payload.mnoName;
        delete payload.mnoId;
      });
      expect(update).toMatchObject({ kind: 'campaign.suspended', carrier: 'AT&T' });
    });
  });

  it("TCR's CAMPAIGN_EXPIRED expires it", () => {
    expect(parsed('webhook.campaign-expired.json')).toEqual({ kind: 'campaign.expired', ...ours });
  });

  describe('steps on the way, and events we do not use, are null', () => {
    it.each([
      'webhook.campaign-tcr-add.json',
      'webhook.campaign-telnyx-accepted.json',
      'webhook.campaign-nudge.json',
    ])('%s', (name) => {
      expect(parsed(name)).toBeNull();
    });

    it.each([
      ['MNO_REVIEW', 'ACCEPTED', undefined],
      ['TCR_EVENT', undefined, 'MNO_CAMPAIGN_OPERATION_APPROVED'],
      ['TCR_EVENT', undefined, 'MNO_CAMPAIGN_OPERATION_REVIEW'],
      ['TCR_EVENT', undefined, 'MNO_CAMPAIGN_OPERATION_UNSUSPENDED'],
      ['TCR_EVENT', undefined, 'CAMPAIGN_BILLED'],
      ['NUMBER_POOL_PROVISIONED', undefined, undefined],
      ['REGISTRATION', 'success', undefined],
    ])('%s %s %s', (type, status, eventType) => {
      const update = parsedWith('webhook.campaign-dormant.json', (payload) => {
        Object.assign(payload, { type, status, eventType });
      });
      expect(update).toBeNull();
    });
  });
});
