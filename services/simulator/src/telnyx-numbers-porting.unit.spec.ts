import { ProviderError } from '@longcode/kit';
import { createTelnyxNumbers, type NumberProvider, type PortInAuthorisation } from '@longcode/numbering';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { buildApp } from './app.js';
import { approvedCampaign, startSimulator } from './registry.spec-support.js';

/**
 * The port-ins of @longcode/numbering's Telnyx adapter against the running simulator, over real HTTP: the
 * simulator must speak Telnyx's porting API as the adapter was written from its docs, or this fails.
 */

let simulator: ReturnType<typeof buildApp>;
let simulatorUrl: string;
let telnyx: NumberProvider;

beforeAll(async () => {
  ({ app: simulator, url: simulatorUrl } = await startSimulator({
    SIM_BRAND_DECISION_DELAY_MS: '10',
    SIM_NUMBER_ORDER_DELAY_MS: '20',
    SIM_NUMBER_ASSIGNMENT_DELAY_MS: '20',
    SIM_PORT_IN_FOC_DELAY_MS: '50',
    SIM_PORT_IN_DELAY_MS: '400',
    SIM_FAIL_PORT_IN_NUMBERS: '^\\+1720', // the losing carrier rejects these ports
  }));
  telnyx = createTelnyxNumbers({ baseUrl: simulatorUrl, apiKey: 'sim-key', messagingProfileId: 'profile-1' });
});

afterAll(async () => {
  await simulator.close();
});

const authorisation: PortInAuthorisation = {
  entityName: 'Acme Dental LLC',
  authorisedPerson: 'Dana Whitfield',
  accountNumber: '8352-99017',
  pin: '4821',
  serviceAddress: {
    street: '1600 Champa St',
    city: 'Denver',
    state: 'CO',
    postalCode: '80202',
    country: 'US',
  },
};

/** The simulator's port-ins of one reference. */
async function portInsOf(referenceId: string): Promise<Array<{ id: string; status: string }>> {
  const { portIns } = (await (await fetch(`${simulatorUrl}/simulator/numbers`)).json()) as {
    portIns: Array<{ id: string; status: string; customerReference: string }>;
  };
  return portIns.filter((p) => p.customerReference === referenceId);
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('Telnyx numbers adapter against the simulator > port-in', () => {
  it('ports a number in: pending, FOC date confirmed, then ported and owned; it can text for a campaign', async () => {
    const campaignId = await approvedCampaign(simulatorUrl);
    const phoneNumber = '+13032347788';
    const started = await telnyx.portIn({ referenceId: 'port-1', phoneNumber, authorisation });
    expect(started).toEqual({
      providerPortingId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      status: 'pending',
      focDate: null,
      failureReason: null,
      providerNumberId: null,
    });
    const { providerPortingId } = started;
    await vi.waitFor(async () =>
      expect(await telnyx.portInStatus(providerPortingId)).toMatchObject({
        status: 'pending',
        focDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      }),
    );
    const ported = await vi.waitFor(async () => {
      const status = await telnyx.portInStatus(providerPortingId);
      expect(status).toMatchObject({ status: 'ported', providerNumberId: expect.stringMatching(/^\d{19}$/) });
      return status;
    });
    expect(await telnyx.search({ phoneNumber, limit: 1 })).toEqual([]);
    await telnyx.assign({ phoneNumber, registryCampaignId: campaignId });
    await vi.waitFor(async () =>
      expect(await telnyx.assignmentStatus(phoneNumber)).toEqual({ status: 'assigned', failureReason: null }),
    );
    await telnyx.release({ phoneNumber, providerNumberId: ported.providerNumberId });
    expect(await telnyx.assignmentStatus(phoneNumber)).toBeNull();
  });

  it('refuses missing authorisation fields for good, naming each; a corrected retry continues the same order', async () => {
    const phoneNumber = '+13032347789';
    const incomplete = { ...authorisation, entityName: '', accountNumber: '  ' };
    const error = await failureOf(
      telnyx.portIn({ referenceId: 'port-2', phoneNumber, authorisation: incomplete }),
    );
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ retriable: false, status: 422 });
    expect((error as ProviderError).message).toContain('(/end_user/admin/entity_name)');
    expect((error as ProviderError).message).toContain('(/end_user/admin/account_number)');
    const retried = await telnyx.portIn({ referenceId: 'port-2', phoneNumber, authorisation });
    expect(retried.status).toBe('pending');
    expect(await portInsOf('port-2')).toEqual([expect.objectContaining({ id: retried.providerPortingId })]);
  });

  it("reports the losing carrier's exception as failed, with its reason", async () => {
    const { providerPortingId } = await telnyx.portIn({
      referenceId: 'port-3',
      phoneNumber: '+17202345566',
      authorisation,
    });
    await vi.waitFor(async () =>
      expect(await telnyx.portInStatus(providerPortingId)).toEqual({
        providerPortingId,
        status: 'failed',
        focDate: null,
        failureReason: 'ACCOUNT_NUMBER_MISMATCH: Account number does not match that on the CSR',
        providerNumberId: null,
      }),
    );
  });

  it('refuses for good to port in a number the simulator sold', async () => {
    const [available] = await telnyx.search({ areaCode: '970', limit: 1 });
    const phoneNumber = available?.phoneNumber ?? '';
    await telnyx.order({ referenceId: 'number-sold-1', phoneNumber });
    const error = await failureOf(telnyx.portIn({ referenceId: 'port-4', phoneNumber, authorisation }));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ retriable: false, status: 422 });
    expect((error as ProviderError).message).toContain(`The phone number ${phoneNumber} is not portable`);
  });

  it('answers a retried port-in with the porting order of its first attempt, not a second one', async () => {
    const request = { referenceId: 'port-5', phoneNumber: '+13032347790', authorisation };
    const first = await telnyx.portIn(request);
    const again = await telnyx.portIn(request);
    expect(again).toMatchObject({ providerPortingId: first.providerPortingId, status: 'pending' });
    expect(await portInsOf('port-5')).toEqual([expect.objectContaining({ id: first.providerPortingId })]);
  });
});
