import { createLogger, loadConfig } from '@longcode/kit';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { configSchema } from '../config.js';
import { signingKeyFrom } from '../signing.js';
import { carrierOf, US_MARKET_MIX } from './carriers.js';

const apps: Array<ReturnType<typeof buildApp>> = [];
afterEach(async () => void (await Promise.all(apps.splice(0).map((app) => app.close()))));

function simulator(env: Record<string, string> = {}) {
  const config = loadConfig(configSchema, { SIM_API_KEY: 'sim-key', ...env });
  const app = buildApp({
    logger: createLogger({ level: 'silent', service: 'simulator' }),
    config,
    signingKey: signingKeyFrom(undefined),
  });
  apps.push(app);
  return app;
}

const auth = { authorization: 'Bearer sim-key' };
const lookUp = async (app: ReturnType<typeof buildApp>, phoneNumber: string) =>
  app.inject({
    method: 'GET',
    url: `/v2/number_lookup/${encodeURIComponent(phoneNumber)}?type=carrier`,
    headers: auth,
  });

const numbers = (count: number) =>
  Array.from({ length: count }, (_, i) => `+1312${String(2_000_000 + i * 7919).padStart(7, '0')}`);

describe('Simulator > number lookup', () => {
  it('gives a number the same carrier every time, whatever the run', () => {
    const rules = { mix: US_MARKET_MIX, overrides: [] };
    expect(numbers(50).map((n) => carrierOf(n, rules))).toEqual(numbers(50).map((n) => carrierOf(n, rules)));
  });

  it('spreads numbers over the carriers as the mix says', () => {
    const mix = { att: 0.5, tmobile: 0.3, verizon: 0.2 };
    const drawn = numbers(10_000).map((n) => carrierOf(n, { mix, overrides: [] }));
    const share = (c: string) => drawn.filter((d) => d === c).length / drawn.length;
    expect(share('att')).toBeCloseTo(0.5, 1);
    expect(share('tmobile')).toBeCloseTo(0.3, 1);
    expect(share('verizon')).toBeCloseTo(0.2, 1);
    expect(share('uscellular') + share('other')).toBe(0);
  });

  it('pins numbers by their longest matching prefix', () => {
    const overrides = [
      { prefix: '+1206', outcome: 'tmobile' as const },
      { prefix: '+12065550100', outcome: 'error' as const },
    ];
    const rules = { mix: { verizon: 1 }, overrides };
    expect(carrierOf('+12065550142', rules)).toBe('tmobile');
    expect(carrierOf('+12065550100', rules)).toBe('error');
    expect(carrierOf('+12125550100', rules)).toBe('verizon');
  });

  it("answers in Telnyx's shape: the carrier's SPID name, its network, the line type, portability", async () => {
    const app = simulator({
      SIM_LOOKUP_CARRIERS: '+1206=tmobile,+1214=att,+1212=verizon,+1715=uscellular,+1415=other',
    });
    const answers = await Promise.all(
      ['+12065550142', '+12145550187', '+12125550123', '+17155550100', '+14155550100'].map((n) =>
        lookUp(app, n),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 200, 200]);
    const carriers = answers.map((a) => a.json().data.carrier);
    expect(carriers.map((c) => [c.normalized_carrier, c.type])).toEqual([
      ['T-Mobile', 'mobile'],
      ['AT&T', 'mobile'],
      ['Verizon', 'mobile'],
      ['US Cellular', 'mobile'],
      [undefined, 'voip'],
    ]);
    expect(answers[0]?.json().data).toMatchObject({
      record_type: 'number_lookup',
      phone_number: '+12065550142',
      country_code: 'US',
      carrier: { name: 'T-Mobile USA, Inc.', mobile_country_code: '310', mobile_network_code: '260' },
      portability: {
        spid_carrier_name: 'T-Mobile USA, Inc.',
        line_type: 'wireless',
        ported_status: expect.stringMatching(/^[YN]$/),
      },
    });
  });

  it('fails a pinned number with 503 (retriable), and refuses a number outside the US with 422', async () => {
    const app = simulator({ SIM_LOOKUP_CARRIERS: '+1206555=error' });
    const failed = await lookUp(app, '+12065550142');
    expect([failed.statusCode, failed.json().errors[0].code]).toEqual([503, '10007']);
    const refused = await lookUp(app, '+442071838750');
    expect([refused.statusCode, refused.json().errors[0].code]).toEqual([422, '10015']);
  });

  it('needs the API key', async () => {
    const answer = await simulator().inject({
      method: 'GET',
      url: '/v2/number_lookup/+12065550142?type=carrier',
    });
    expect(answer.statusCode).toBe(401);
  });

  it('refuses a mix or an override it cannot read, naming the value', () => {
    expect(() => loadConfig(configSchema, { SIM_API_KEY: 'k', SIM_LOOKUP_CARRIER_MIX: 'att:half' })).toThrow(
      /att:half/,
    );
    expect(() => loadConfig(configSchema, { SIM_API_KEY: 'k', SIM_LOOKUP_CARRIERS: '+1206=sprint' })).toThrow(
      /sprint/,
    );
  });
});
