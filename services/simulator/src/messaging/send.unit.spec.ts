import { beforeAll, describe, expect, it } from 'vitest';
import {
  type App,
  auth,
  get,
  HOOKS,
  ownedNumber,
  post,
  RECIPIENT,
  readySender,
  send,
  simulator,
} from './spec-support.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/;

describe('Simulator > POST /v2/messages', () => {
  describe('from a number assigned to a provisioned campaign', () => {
    it("takes the message and answers Telnyx's OutboundMessagePayload, queued", async () => {
      const { app } = simulator();
      const { from, campaignId } = await readySender(app);
      const text = 'Acme Dental: your cleaning is on Tue 3/10 at 2:30pm. Reply STOP to opt out.';
      const response = await send(app, { from, to: RECIPIENT, text, webhook_url: 'https://hooks.example/t' });
      expect(response.statusCode).toBe(200);
      const { tcrCampaignId } = (await get(app, `/v2/10dlc/campaign/${campaignId}`)).json();
      expect(response.json()).toEqual({
        data: expect.objectContaining({
          record_type: 'message',
          direction: 'outbound',
          id: expect.stringMatching(UUID),
          type: 'SMS',
          messaging_profile_id: 'profile-1',
          from: { phone_number: from, carrier: 'TELNYX LLC', line_type: 'VoIP' },
          to: [
            { phone_number: RECIPIENT, status: 'queued', carrier: expect.any(String), line_type: 'Wireless' },
          ],
          text,
          media: [],
          parts: 1,
          encoding: 'GSM-7',
          cost: { amount: '0.0040', currency: 'USD' },
          received_at: expect.stringMatching(TIME),
          sent_at: null,
          completed_at: null,
          valid_until: expect.stringMatching(TIME),
          webhook_url: 'https://hooks.example/t',
          tcr_campaign_id: tcrCampaignId,
          errors: [],
        }),
      });
    });

    it('sends media as an MMS, and takes `to` as an array of one', async () => {
      const { app } = simulator();
      const { from } = await readySender(app);
      const media_urls = ['https://media.example/x-ray.png'];
      const response = await send(app, { from, to: [RECIPIENT], media_urls });
      expect(response.statusCode).toBe(200);
      expect(response.json().data).toMatchObject({
        type: 'MMS',
        text: '',
        media: [{ url: media_urls[0], content_type: null, sha256: null, size: null }],
        to: [{ phone_number: RECIPIENT }],
        webhook_url: HOOKS,
      });
    });

    it('counts the parts of a long or non-GSM text', async () => {
      const { app } = simulator();
      const { from } = await readySender(app);
      const long = (await send(app, { from, to: RECIPIENT, text: 'a'.repeat(161) })).json().data;
      const unicode = (await send(app, { from, to: RECIPIENT, text: 'Your visit ✅' })).json().data;
      expect([long.encoding, long.parts, unicode.encoding, unicode.parts]).toEqual(['GSM-7', 2, 'UCS-2', 1]);
    });
  });

  it('needs the API key (401, 10009)', async () => {
    const response = await send(simulator().app, { from: '+19705550001', to: RECIPIENT, text: 'hi' }, {});
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ errors: [{ code: '10009', title: 'Authentication failed' }] });
  });

  describe('when it refuses the message', () => {
    let app: App;
    let from: string;
    let unassigned: string;
    beforeAll(async () => {
      ({ app } = simulator({ SIM_BLOCKED_RECIPIENTS: '^\\+1312555000[89]$' }, 'file'));
      ({ from } = await readySender(app));
      unassigned = await ownedNumber(app, '312');
    });

    it.each([
      ['a missing `to`', 422, '10004', '/to', () => ({ from, text: 'hi' })],
      ['a `to` that is not +E.164', 400, '40310', '/to', () => ({ from, to: '3125550002', text: 'hi' })],
      [
        'several recipients',
        422,
        '10015',
        '/to',
        () => ({ from, to: [RECIPIENT, '+13125550003'], text: 'hi' }),
      ],
      ['a recipient outside the US', 400, '40309', '/to', () => ({ from, to: '+442071838750', text: 'hi' })],
      ['neither text nor media', 400, '40316', '/text', () => ({ from, to: RECIPIENT, text: '' })],
      [
        'a webhook URL that is not http(s)',
        400,
        '10003',
        '/webhook_url',
        () => ({ from, to: RECIPIENT, text: 'hi', webhook_url: 'ftp://x' }),
      ],
      [
        'a `from` not on the account',
        400,
        '40305',
        '/from',
        () => ({ from: '+19705550199', to: RECIPIENT, text: 'hi' }),
      ],
      [
        'a `from` on no campaign',
        400,
        '40010',
        '/from',
        () => ({ from: unassigned, to: RECIPIENT, text: 'hi' }),
      ],
      ['a recipient who texted STOP', 409, '40300', '/to', () => ({ from, to: '+13125550009', text: 'hi' })],
    ])('answers %s with %i (%s)', async (_, status, code, pointer, payload) => {
      const response = await send(app, payload());
      expect(response.statusCode).toBe(status);
      expect(response.json()).toEqual({
        errors: [{ code, title: expect.any(String), detail: expect.any(String), source: { pointer } }],
      });
    });

    it("words a STOP block as Telnyx's live answer does", async () => {
      const response = await send(app, { from, to: '+13125550008', text: 'hi' });
      expect(response.json().errors[0]).toMatchObject({
        title: 'Blocked due to STOP message',
        detail: `Messages cannot be sent from '${from}' to '+13125550008' due to an existing block rule.`,
      });
    });

    it('answers 400 (10015) to a body that is not JSON', async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/v2/messages',
        headers: { ...auth, 'content-type': 'application/json' },
        payload: '{"from":',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ errors: [{ code: '10015' }] });
    });

    it('counts each refusal, by code, and takes none', async () => {
      const stats = (await get(app, '/simulator/messages/stats')).json();
      expect(stats).toMatchObject({ accepted: 0, refusedByCode: { '40305': 1, '40010': 1, '40300': 2 } });
    });
  });

  it('refuses a number whose campaign was suspended since (40010)', async () => {
    const { app } = simulator();
    const { from, campaignId } = await readySender(app);
    const suspend = { reason: 'Spam complaints', carrier: 'T-Mobile' };
    expect((await post(app, `/simulator/campaigns/${campaignId}/suspend`, suspend)).statusCode).toBe(202);
    const response = await send(app, { from, to: RECIPIENT, text: 'hi' });
    expect(response.json()).toMatchObject({ errors: [{ code: '40010' }] });
  });

  describe('over SIM_MESSAGES_PER_SECOND', () => {
    it("answers 429 with Telnyx's body and its rate-limit headers", async () => {
      const { app } = simulator({ SIM_MESSAGES_PER_SECOND: '2' });
      const { from } = await readySender(app);
      const answers = [];
      for (let i = 0; i < 3; i += 1) answers.push(await send(app, { from, to: RECIPIENT, text: `hi ${i}` }));
      const [first, second, third] = answers;
      expect([first?.statusCode, second?.statusCode, third?.statusCode]).toEqual([200, 200, 429]);
      expect(first?.headers).toMatchObject({ 'x-ratelimit-limit': '2', 'x-ratelimit-remaining': '1' });
      expect(third?.headers).toMatchObject({
        'x-ratelimit-limit': '2',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': '1',
        'retry-after': '1',
      });
      expect(third?.json()).toEqual({
        errors: [
          {
            code: '10011',
            title: 'Too many requests',
            detail: 'You have exceeded the maximum number of allowed requests.',
          },
        ],
      });
      expect((await get(app, '/simulator/messages/stats')).json()).toMatchObject({
        accepted: 2,
        rateLimited: 1,
      });
    });
  });

  describe('with SIM_SEND_ERROR_RATE at 1', () => {
    it('answers every valid send with a 5xx (10007) and takes none', async () => {
      const { app, received } = simulator({ SIM_SEND_ERROR_RATE: '1' });
      const { from } = await readySender(app);
      const responses = await Promise.all(
        [1, 2, 3, 4, 5, 6].map((i) => send(app, { from, to: RECIPIENT, text: `hi ${i}` })),
      );
      for (const response of responses) {
        expect([500, 503]).toContain(response.statusCode);
        expect(response.json()).toMatchObject({ errors: [{ code: '10007', title: 'Unexpected error' }] });
      }
      expect((await get(app, '/simulator/messages/stats')).json()).toMatchObject({
        accepted: 0,
        serverErrors: 6,
      });
      expect(received).toEqual([]);
    });
  });
});
