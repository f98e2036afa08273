import { describe, expect, it } from 'vitest';
import { failureOf, fixture, ok, telnyxAnswering } from './spec-support.js';

const ASSIGN = 'POST /v2/10dlc/phone_number_campaigns';
const LINK = '/v2/10dlc/phone_number_campaigns/+19705555098';
const request = { phoneNumber: '+19705555098', registryCampaignId: 'CCAMPA1' };
const withStatus = (assignmentStatus: string, extra: object = {}) => ({
  status: 200,
  body: { ...(fixture('phone-number-campaign.assigned.json') as object), assignmentStatus, ...extra },
});

describe('Telnyx numbers > assign', () => {
  it("posts the number and TCR's campaign id to Telnyx's phone number campaigns", async () => {
    const { provider, calls } = telnyxAnswering({ [ASSIGN]: ok('phone-number-campaign.pending.json') });
    expect(await provider.assign(request)).toEqual({ status: 'pending', failureReason: null });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: 'POST', path: '/v2/10dlc/phone_number_campaigns' });
    expect(calls[0]?.body).toEqual(fixture('phone-number-campaign.request.json'));
  });

  it('fails for good on an unknown campaign (404), with Telnyx error detail', async () => {
    const { provider, calls } = telnyxAnswering({
      [ASSIGN]: { status: 404, body: fixture('phone-number-campaign.error-404.json') },
    });
    const error = await failureOf(provider.assign({ ...request, registryCampaignId: 'CUNKNWN' }));
    expect(error).toMatchObject({ retriable: false, status: 404 });
    expect(error.message).toContain('10005 Resource not found: Campaign CUNKNWN not found. (/campaignId)');
    expect(calls).toHaveLength(1);
  });

  describe('when Telnyx refuses because the number already has a campaign (422)', () => {
    const refused = { status: 422, body: fixture('phone-number-campaign.error-422.json') };

    it('answers the link when it is to this very campaign (a retry after a lost answer)', async () => {
      const { provider, calls } = telnyxAnswering({
        [ASSIGN]: refused,
        [`GET ${LINK}`]: ok('phone-number-campaign.assigned.json'),
      });
      expect(await provider.assign(request)).toEqual({ status: 'assigned', failureReason: null });
      expect(calls.map((c) => c.method)).toEqual(['POST', 'GET']);
    });

    it('fails for good when the link is to another campaign', async () => {
      const { provider } = telnyxAnswering({
        [ASSIGN]: refused,
        [`GET ${LINK}`]: ok('phone-number-campaign.assigned.json'),
      });
      const error = await failureOf(provider.assign({ ...request, registryCampaignId: 'COTHER1' }));
      expect(error).toMatchObject({ retriable: false, status: 422 });
      expect(error.message).toContain('is already assigned to campaign');
    });
  });

  it.each([
    [500, 'error-500.json'],
    [429, 'error-429.json'],
  ])('fails retriably when Telnyx answers %i', async (status, body) => {
    const { provider } = telnyxAnswering({ [ASSIGN]: { status, body: fixture(body) } });
    expect(await failureOf(provider.assign(request))).toMatchObject({ retriable: true, status });
  });
});

describe('Telnyx numbers > assignmentStatus', () => {
  it.each([
    ['PENDING_ASSIGNMENT', { status: 'pending', failureReason: null }],
    ['ASSIGNED', { status: 'assigned', failureReason: null }],
    ['PENDING_UNASSIGNMENT', { status: 'assigned', failureReason: null }],
    ['SOMETHING_NEW', { status: 'pending', failureReason: null }],
  ])('maps %s', async (assignmentStatus, expected) => {
    const { provider } = telnyxAnswering({ [`GET ${LINK}`]: withStatus(assignmentStatus) });
    expect(await provider.assignmentStatus('+19705555098')).toEqual(expected);
  });

  it('maps FAILED_ASSIGNMENT with its failure reasons', async () => {
    const { provider, calls } = telnyxAnswering({ [`GET ${LINK}`]: ok('phone-number-campaign.failed.json') });
    expect(await provider.assignmentStatus('+19705555098')).toEqual({
      status: 'failed',
      failureReason: 'T-Mobile rejected the number: it is not eligible for 10DLC traffic.',
    });
    expect(calls[0]).toMatchObject({ method: 'GET', path: LINK });
  });

  it('maps FAILED_UNASSIGNMENT as still assigned, with its reason', async () => {
    const { provider } = telnyxAnswering({
      [`GET ${LINK}`]: withStatus('FAILED_UNASSIGNMENT', { failureReasons: 'Carrier timeout' }),
    });
    expect(await provider.assignmentStatus('+19705555098')).toEqual({
      status: 'assigned',
      failureReason: 'Carrier timeout',
    });
  });

  it('says when Telnyx gave no reason for a failure', async () => {
    const { provider } = telnyxAnswering({ [`GET ${LINK}`]: withStatus('FAILED_ASSIGNMENT') });
    expect((await provider.assignmentStatus('+19705555098'))?.failureReason).toBe(
      'Telnyx gave no reason (FAILED_ASSIGNMENT)',
    );
  });

  it('is null when the number has no campaign (404)', async () => {
    const { provider } = telnyxAnswering({});
    expect(await provider.assignmentStatus('+19705555098')).toBeNull();
  });

  it('fails retriably on a network error', async () => {
    const { provider } = telnyxAnswering({ [`GET ${LINK}`]: 'network down' });
    expect((await failureOf(provider.assignmentStatus('+19705555098'))).retriable).toBe(true);
  });
});

describe('Telnyx numbers > unassign', () => {
  it("deletes the number's campaign link", async () => {
    const { provider, calls } = telnyxAnswering({
      [`DELETE ${LINK}`]: ok('phone-number-campaign.assigned.json'),
    });
    await provider.unassign('+19705555098');
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([`DELETE ${LINK}`]);
  });

  it('succeeds when the number has no campaign (404)', async () => {
    const { provider } = telnyxAnswering({});
    await expect(provider.unassign('+19705555098')).resolves.toBeUndefined();
  });

  it('fails for good on another refusal, retriably on a 5xx', async () => {
    const refused = telnyxAnswering({
      [`DELETE ${LINK}`]: { status: 422, body: fixture('phone-number-campaign.error-422.json') },
    });
    expect((await failureOf(refused.provider.unassign('+19705555098'))).retriable).toBe(false);
    const failing = telnyxAnswering({ [`DELETE ${LINK}`]: { status: 502, body: fixture('error-500.json') } });
    expect((await failureOf(failing.provider.unassign('+19705555098'))).retriable).toBe(true);
  });
});
