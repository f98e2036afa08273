import { describe, expect, it } from 'vitest';
import { newTelnyxCampaign } from './campaign.js';
import { decidedCampaign } from './decide.js';
import { actionEvent, outcomeEvents } from './events.js';

const at = new Date('2026-01-01T00:00:01Z');
let ids = 0;
const newId = () => `evt-${++ids}`;
const created = newTelnyxCampaign(
  {
    brandId: 'b-1',
    usecase: 'MARKETING',
    description: 'Offers for Acme Dental patients who opted in.',
    messageFlow: 'Opt in at the front desk.',
    sample1: 'Acme Dental: 20% off whitening this week. Reply STOP to opt out.',
    termsAndConditions: true,
  },
  { displayName: 'Acme Dental' },
  'c-1',
  new Date('2026-01-01T00:00:00Z'),
);
const payloads = (events: ReturnType<typeof outcomeEvents>) => events.map((e) => e.data.payload);

describe('Simulated Telnyx > campaign webhooks', () => {
  it('an approved campaign: TCR added it, then VERIFIED with its TCR id', () => {
    const campaign = decidedCampaign(created, { kind: 'approved' }, 'CSIM001');
    const events = outcomeEvents(campaign, { kind: 'approved' }, at, newId);
    expect(events.map((e) => e.data.event_type)).toEqual(['10dlc.campaign.update', '10dlc.campaign.update']);
    expect(events[0]?.data).toMatchObject({ occurred_at: at.toISOString(), record_type: 'event' });
    expect(payloads(events)).toEqual([
      {
        campaignId: 'c-1',
        type: 'TCR_EVENT',
        eventType: 'CAMPAIGN_ADD',
        description: 'Campaign CSIM001 successfully added to TCR',
      },
      expect.objectContaining({
        campaignId: 'c-1',
        brandId: 'b-1',
        type: 'VERIFIED',
        tcrCampaignId: 'CSIM001',
      }),
    ]);
  });

  it("a rejected campaign: TCR added it, then the carrier's REJECTED review", () => {
    const outcome = {
      kind: 'rejected',
      carrier: 'T-Mobile',
      description: 'Campaign rejected by T-Mobile',
    } as const;
    const campaign = decidedCampaign(created, outcome, 'CSIM001');
    expect(payloads(outcomeEvents(campaign, outcome, at, newId))[1]).toEqual({
      campaignId: 'c-1',
      description: 'Campaign rejected by T-Mobile',
      status: 'REJECTED',
      type: 'MNO_REVIEW',
    });
  });

  describe('carrier actions', () => {
    const campaign = decidedCampaign(created, { kind: 'approved' }, 'CSIM001');

    it("a carrier's suspension is TCR's MNO_CAMPAIGN_OPERATION_SUSPENDED, naming the carrier", () => {
      const action = { kind: 'suspend', reason: 'high opt-out rate', carrier: 'AT&T' } as const;
      expect(actionEvent(campaign, action, at, newId).data.payload).toEqual({
        campaignId: 'c-1',
        type: 'TCR_EVENT',
        eventType: 'MNO_CAMPAIGN_OPERATION_SUSPENDED',
        description: 'Campaign CSIM001 suspended by AT&T: high opt-out rate',
        mnoName: 'AT&T',
      });
    });

    it("a suspension without a carrier is Telnyx's own DORMANT", () => {
      const action = {
        kind: 'suspend',
        reason: 'Campaign has been marked as dormant',
        carrier: null,
      } as const;
      expect(actionEvent(campaign, action, at, newId).data.payload).toEqual({
        campaignId: 'c-1',
        description: 'Campaign has been marked as dormant',
        status: 'DORMANT',
        type: 'TELNYX_EVENT',
      });
    });

    it("an expiry is TCR's CAMPAIGN_EXPIRED", () => {
      expect(actionEvent(campaign, { kind: 'expire' }, at, newId).data.payload).toMatchObject({
        type: 'TCR_EVENT',
        eventType: 'CAMPAIGN_EXPIRED',
      });
    });
  });
});
