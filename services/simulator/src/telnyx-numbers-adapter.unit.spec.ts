import { ProviderError } from '@longcode/kit';
import { areaCodeInfo } from '@longcode/nanp';
import { createTelnyxNumbers, type NumberProvider } from '@longcode/numbering';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { buildApp } from './app.js';
import { approvedCampaign, startSimulator } from './registry.spec-support.js';

/**
 * The Telnyx adapter of @longcode/numbering against the running simulator, over real HTTP: the simulator
 * must speak the wire format the adapter was written from (Telnyx's docs), or this fails.
 */

let simulator: ReturnType<typeof buildApp>;
let simulatorUrl: string;
let telnyx: NumberProvider;

beforeAll(async () => {
  ({ app: simulator, url: simulatorUrl } = await startSimulator({
    SIM_BRAND_DECISION_DELAY_MS: '10',
    SIM_NUMBER_ORDER_DELAY_MS: '50',
    SIM_NUMBER_ASSIGNMENT_DELAY_MS: '50',
    SIM_FAIL_ASSIGNMENT_NUMBERS: '^\\+1415', // San Francisco numbers: T-Mobile refuses them
  }));
  telnyx = createTelnyxNumbers({ baseUrl: simulatorUrl, apiKey: 'sim-key', messagingProfileId: 'profile-1' });
});

afterAll(async () => {
  await simulator.close();
});

/** A number ordered and owned: its provider id once the order succeeded. */
async function ownedNumber(areaCode: string, referenceId: string) {
  const [available] = await telnyx.search({ areaCode, limit: 1 });
  if (!available) throw new Error(`no number in ${areaCode}`);
  const { providerOrderId } = await telnyx.order({ referenceId, phoneNumber: available.phoneNumber });
  const order = await vi.waitFor(async () => {
    const status = await telnyx.orderStatus(providerOrderId);
    expect(status.status).toBe('success');
    return status;
  });
  return { phoneNumber: available.phoneNumber, providerNumberId: order.providerNumberId };
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('Telnyx numbers adapter against the simulator > search', () => {
  it('finds numbers of an area code, priced in decimal strings, the same ones twice', async () => {
    const found = await telnyx.search({ areaCode: '970', limit: 5 });
    expect(found).toHaveLength(5);
    for (const number of found) {
      expect(number).toMatchObject({
        phoneNumber: expect.stringMatching(/^\+1970[2-9]\d{6}$/),
        region: 'CO',
        features: ['sms', 'mms', 'voice'],
        monthlyCost: { amount: '1.00', currency: 'USD' },
        upfrontCost: { amount: '1.00', currency: 'USD' },
      });
    }
    expect(await telnyx.search({ areaCode: '970', limit: 5 })).toEqual(found);
  });

  it("finds numbers of a state, in the state's area codes", async () => {
    const found = await telnyx.search({ state: 'NY', limit: 8 });
    expect(found).toHaveLength(8);
    for (const { phoneNumber, region } of found) {
      expect(region).toBe('NY');
      expect(areaCodeInfo(phoneNumber.slice(2, 5))?.stateCode).toBe('NY');
    }
    expect(new Set(found.map((n) => n.phoneNumber.slice(2, 5))).size).toBeGreaterThan(1);
  });
});

describe('Telnyx numbers adapter against the simulator > order and release', () => {
  it('orders a number: pending, then success with the number id; then it is no longer available', async () => {
    const [available] = await telnyx.search({ areaCode: '312', limit: 1 });
    const phoneNumber = available?.phoneNumber ?? '';
    expect(await telnyx.search({ phoneNumber, limit: 1 })).toEqual([available]);
    const ordered = await telnyx.order({ referenceId: 'number-order-1', phoneNumber });
    expect(ordered).toEqual({
      providerOrderId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      status: 'pending',
      providerNumberId: null,
      failureReason: null,
    });
    await vi.waitFor(async () =>
      expect(await telnyx.orderStatus(ordered.providerOrderId)).toEqual({
        ...ordered,
        status: 'success',
        providerNumberId: expect.stringMatching(/^\d{19}$/),
      }),
    );
    expect(await telnyx.search({ phoneNumber, limit: 1 })).toEqual([]);
    expect(await telnyx.order({ referenceId: 'number-order-1', phoneNumber })).toMatchObject({
      providerOrderId: ordered.providerOrderId, // a retry of the same order answers that order
    });
  });

  it('refuses a number already ordered, for good, with Telnyx error detail', async () => {
    const { phoneNumber } = await ownedNumber('312', 'number-order-2');
    const error = await failureOf(telnyx.order({ referenceId: 'number-order-3', phoneNumber }));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ retriable: false, status: 422 });
    expect((error as ProviderError).message).toContain(
      `10015 Bad Request: The phone number ${phoneNumber} is not available`,
    );
  });

  it('releases a number by its id, twice without harm; then it can be ordered again', async () => {
    const { phoneNumber, providerNumberId } = await ownedNumber('970', 'number-order-4');
    await telnyx.release({ phoneNumber, providerNumberId });
    await telnyx.release({ phoneNumber, providerNumberId });
    await telnyx.release({ phoneNumber, providerNumberId: null });
    expect(await telnyx.search({ phoneNumber, limit: 1 })).toMatchObject([{ phoneNumber }]);
  });

  it('releases a number whose id it does not know, by looking it up on the account', async () => {
    const { phoneNumber } = await ownedNumber('970', 'number-order-5');
    await telnyx.release({ phoneNumber, providerNumberId: null });
    const { numbers } = (await (await fetch(`${simulatorUrl}/simulator/numbers`)).json()) as {
      numbers: Array<{ phoneNumber: string }>;
    };
    expect(numbers.map((n) => n.phoneNumber)).not.toContain(phoneNumber);
  });
});

describe('Telnyx numbers adapter against the simulator > campaign assignment', () => {
  let campaignId: string;
  beforeAll(async () => {
    campaignId = await approvedCampaign(simulatorUrl);
  });

  it('assigns a number to an approved campaign: pending, then assigned; unassigns it', async () => {
    const { phoneNumber } = await ownedNumber('212', 'number-assign-1');
    expect(await telnyx.assignmentStatus(phoneNumber)).toBeNull();
    expect(await telnyx.assign({ phoneNumber, registryCampaignId: campaignId })).toEqual({
      status: 'pending',
      failureReason: null,
    });
    await vi.waitFor(async () =>
      expect(await telnyx.assignmentStatus(phoneNumber)).toEqual({ status: 'assigned', failureReason: null }),
    );
    // a retry of the same assignment answers it
    expect(await telnyx.assign({ phoneNumber, registryCampaignId: campaignId })).toEqual({
      status: 'assigned',
      failureReason: null,
    });
    await telnyx.unassign(phoneNumber);
    expect(await telnyx.assignmentStatus(phoneNumber)).toBeNull();
    await telnyx.unassign(phoneNumber);
  });

  it('reports a failed assignment with the carrier reason, when the rule says so', async () => {
    const { phoneNumber } = await ownedNumber('415', 'number-assign-2');
    await telnyx.assign({ phoneNumber, registryCampaignId: campaignId });
    await vi.waitFor(async () =>
      expect(await telnyx.assignmentStatus(phoneNumber)).toEqual({
        status: 'failed',
        failureReason: expect.stringContaining('T-Mobile refused'),
      }),
    );
  });

  it('refuses an unknown campaign, for good', async () => {
    const { phoneNumber } = await ownedNumber('212', 'number-assign-3');
    const error = await failureOf(telnyx.assign({ phoneNumber, registryCampaignId: 'CNOPE00' }));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ retriable: false, status: 404 });
    expect((error as ProviderError).message).toContain('Campaign CNOPE00 not found');
  });

  it('releasing a number unlinks it from its campaign', async () => {
    const { phoneNumber, providerNumberId } = await ownedNumber('212', 'number-assign-4');
    await telnyx.assign({ phoneNumber, registryCampaignId: campaignId });
    await telnyx.release({ phoneNumber, providerNumberId });
    expect(await telnyx.assignmentStatus(phoneNumber)).toBeNull();
  });
});
