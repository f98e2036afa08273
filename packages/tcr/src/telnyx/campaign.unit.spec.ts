import { describe, expect, it } from 'vitest';
import type { CampaignSubmission } from '../port.js';
import { failureOf, fixture, telnyxAnswering } from './spec-support.js';

const campaign: CampaignSubmission = {
  referenceId: 'campaign-0193a1',
  providerBrandId: '4b20017f-8da9-a992-a6c0-683072fb7729',
  useCase: 'ACCOUNT_NOTIFICATION',
  subUseCases: [],
  description:
    'Acme Dental sends appointment reminders and account notices to patients who opted in at the front desk or on its website.',
  messageFlow:
    'Patients opt in by ticking an unchecked box on the intake form at https://acmedental.example/intake, which names the program, message frequency, that message and data rates may apply, and that HELP gets help and STOP opts out.',
  sampleMessages: [
    'Acme Dental: your cleaning is booked for Tue 3/10 at 2:30pm. Reply C to confirm. Reply STOP to opt out.',
    'Acme Dental: your balance of $45.00 is due 3/31. Pay at https://acmedental.example/pay. Reply STOP to opt out.',
  ],
  helpMessage:
    'Acme Dental: for help call +12024567890 or email ops@acmedental.example. Msg&data rates may apply. Reply STOP to opt out.',
  optOutMessage:
    'Acme Dental: you are unsubscribed and will get no more messages. Reply START to resubscribe.',
  optInMessage:
    'Acme Dental: you are subscribed to appointment reminders, up to 4 msgs/month. Msg&data rates may apply. Reply HELP for help, STOP to opt out.',
  helpKeywords: ['HELP', 'INFO'],
  optOutKeywords: ['STOP', 'UNSUBSCRIBE', 'CANCEL'],
  optInKeywords: ['START'],
  flags: {
    subscriberOptIn: true,
    subscriberOptOut: true,
    subscriberHelp: true,
    numberPool: false,
    directLending: false,
    embeddedLink: true,
    embeddedPhone: false,
    affiliateMarketing: false,
    ageGated: false,
  },
  autoRenewal: true,
};

const answered = () => telnyxAnswering(200, fixture('create-campaign.response.json'));

describe('Telnyx registration > submitCampaign', () => {
  it("posts the campaign to Telnyx's campaign builder with the Bearer key", async () => {
    const { provider, calls } = answered();
    await provider.submitCampaign(campaign);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('https://api.telnyx.com/v2/10dlc/campaignBuilder');
    expect(calls[0]?.method).toBe('POST');
    expect(calls[0]?.headers.get('authorization')).toBe('Bearer KEY0123');
    expect(calls[0]?.body).toEqual(fixture('create-campaign.request.json'));
  });

  it("keeps TCR's use-case names and sub-use cases as they are", async () => {
    const { provider, calls } = answered();
    await provider.submitCampaign({ ...campaign, useCase: 'MIXED', subUseCases: ['2FA', 'MARKETING'] });
    expect(calls[0]?.body).toMatchObject({ usecase: 'MIXED', subUsecases: ['2FA', 'MARKETING'] });
  });

  it('sends one sample field per sample message, up to sample5', async () => {
    const { provider, calls } = answered();
    const samples = ['one', 'two', 'three', 'four', 'five'].map(
      (n) => `Acme Dental sample ${n}. Reply STOP to opt out.`,
    );
    await provider.submitCampaign({ ...campaign, sampleMessages: samples });
    const body = calls[0]?.body as Record<string, unknown>;
    expect([body.sample1, body.sample2, body.sample3, body.sample4, body.sample5]).toEqual(samples);
    expect(body).not.toHaveProperty('sample6');
  });

  it('leaves out the messages and keyword lists the campaign does not have', async () => {
    const { provider, calls } = answered();
    await provider.submitCampaign({
      ...campaign,
      helpMessage: null,
      optInMessage: null,
      optOutMessage: '',
      helpKeywords: [],
      optInKeywords: [' '],
      optOutKeywords: [' STOP ', 'END'],
    });
    const body = calls[0]?.body as Record<string, unknown>;
    for (const field of ['helpMessage', 'optinMessage', 'optoutMessage', 'helpKeywords', 'optinKeywords']) {
      expect(body).not.toHaveProperty(field);
    }
    expect(body.optoutKeywords).toBe('STOP,END');
  });

  it('sends every flag, and accepts the terms', async () => {
    const { provider, calls } = answered();
    const flags = {
      ...campaign.flags,
      numberPool: true,
      directLending: true,
      affiliateMarketing: true,
      ageGated: true,
    };
    await provider.submitCampaign({ ...campaign, flags, autoRenewal: false });
    expect(calls[0]?.body).toMatchObject({
      numberPool: true,
      directLending: true,
      affiliateMarketing: true,
      ageGated: true,
      autoRenewal: false,
      termsAndConditions: true,
    });
  });

  it("maps Telnyx's campaign to the submitted campaign", async () => {
    const { provider } = answered();
    expect(await provider.submitCampaign(campaign)).toEqual({
      providerCampaignId: '751c6a5c-907b-43a9-8ada-ba1dc8335b07',
      registryCampaignId: 'C6X6M95',
    });
  });

  describe('when the registry has not given an id yet', () => {
    it('has no registry id', async () => {
      const { tcrCampaignId: _, ...pending } = fixture('create-campaign.response.json') as Record<
        string,
        unknown
      >;
      const { provider } = telnyxAnswering(200, { ...pending, campaignStatus: 'TCR_PENDING' });
      expect((await provider.submitCampaign(campaign)).registryCampaignId).toBeNull();
    });
  });

  it('also reads the campaign under `data`', async () => {
    const { provider } = telnyxAnswering(200, { data: fixture('create-campaign.response.json') });
    expect((await provider.submitCampaign(campaign)).providerCampaignId).toBe(
      '751c6a5c-907b-43a9-8ada-ba1dc8335b07',
    );
  });

  describe('when Telnyx refuses the campaign (4xx)', () => {
    it('fails for good, with Telnyx error detail', async () => {
      const { provider } = telnyxAnswering(422, fixture('create-campaign.error-422.json'));
      const error = await failureOf(provider.submitCampaign(campaign));
      expect(error).toMatchObject({ retriable: false, status: 422 });
      expect(error.message).toContain(
        "10004 Missing required parameter: The 'sample1' parameter is required.",
      );
      expect(error.message).toContain('(/usecase)');
    });
  });

  describe('when Telnyx fails (5xx) or is unreachable', () => {
    it('fails retriably', async () => {
      expect((await failureOf(answeredWith(503).submitCampaign(campaign))).retriable).toBe(true);
      expect((await failureOf(answeredWith('network down').submitCampaign(campaign))).retriable).toBe(true);
    });
  });

  describe('when the campaign has more samples than Telnyx takes', () => {
    it('fails for good without calling Telnyx', async () => {
      const { provider, calls } = answered();
      const error = await failureOf(
        provider.submitCampaign({
          ...campaign,
          sampleMessages: Array(6).fill('Acme Dental. Reply STOP to opt out.'),
        }),
      );
      expect(error.retriable).toBe(false);
      expect(error.message).toContain('at most 5 sample messages');
      expect(calls).toHaveLength(0);
    });
  });

  it('fails for good on a 2xx without a campaign id', async () => {
    const { provider } = telnyxAnswering(200, { campaignStatus: 'TCR_PENDING' });
    expect((await failureOf(provider.submitCampaign(campaign))).retriable).toBe(false);
  });
});

function answeredWith(status: number | 'network down') {
  return telnyxAnswering(status, fixture('create-brand.error-503.json')).provider;
}
