import type { Platform } from './platform.js';
import { eventually } from './wait.js';

// biome-ignore lint/suspicious/noExplicitAny: JSON answers, asserted field by field by the tests
export type Answer = { status: number; body: Record<string, any> };

/** Calls a service as the gateway would: the partner's account in `x-account-id`. */
export async function callAs(
  accountId: string,
  base: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<Answer> {
  const headers: Record<string, string> = { 'x-account-id': accountId };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${base}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : {} };
}

/** Campaign content that passes registration's lint: consent, samples with the brand, HELP and STOP. */
export function campaignContent(useCase: string, brandName: string) {
  return {
    useCase,
    description: `Appointment reminders and account notices for customers of ${brandName} who opted in on our website.`,
    messageFlow:
      'Customers opt in by checking an unchecked box on the booking form at https://example.com/book, which states that they agree to receive appointment texts, that message frequency varies, that message and data rates may apply, and that they can reply STOP to opt out or HELP for help.',
    sampleMessages: [
      `${brandName}: your appointment is confirmed for Tue 3pm. Reply STOP to opt out.`,
      `${brandName}: reminder, your appointment is tomorrow at 10am. Reply HELP for help, STOP to opt out.`,
    ],
    helpMessage: `${brandName}: for help call 212-555-0100 or email help@example.com. Msg & data rates may apply. Reply STOP to opt out.`,
    optOutMessage: `${brandName}: you are unsubscribed and will receive no more messages. Reply START to resubscribe.`,
    helpKeywords: ['HELP', 'INFO'],
    optOutKeywords: ['STOP', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT'],
    flags: {
      subscriberOptIn: true,
      subscriberOptOut: true,
      subscriberHelp: true,
      numberPool: false,
      directLending: false,
      embeddedLink: false,
      embeddedPhone: false,
      affiliateMarketing: false,
      ageGated: false,
    },
  };
}

/**
 * A partner's way through the platform, for end-to-end tests: a brand approved by the (simulated)
 * registry, a campaign approved by webhook, numbers ordered and linked to it.
 */
export function partnerJourney(platform: Platform, accountId: string) {
  const registration = (method: string, path: string, body?: unknown) =>
    callAs(accountId, platform.registration.url, method, path, body);
  const numbers = (method: string, path: string, body?: unknown) =>
    callAs(accountId, platform.numbers.url, method, path, body);
  const numberPath = (phoneNumber: string, rest = '') => `/numbers/${encodeURIComponent(phoneNumber)}${rest}`;

  async function approvedBrand(entity: Record<string, unknown>) {
    const created = await registration('POST', '/brands', entity);
    if (created.status !== 201) throw new Error(`brand refused: ${JSON.stringify(created.body)}`);
    const brandId = created.body.brandId as string;
    return (
      await eventually(
        () => registration('GET', `/brands/${brandId}`),
        (r) => r.body.status === 'APPROVED',
      )
    ).body;
  }

  async function approvedCampaign(brandId: string, useCase: string, brandName: string) {
    const drafted = await registration('POST', '/campaigns', {
      brandId,
      ...campaignContent(useCase, brandName),
    });
    if (drafted.status !== 201) throw new Error(`campaign refused: ${JSON.stringify(drafted.body)}`);
    const campaignId = drafted.body.campaignId as string;
    const submitted = await registration('POST', `/campaigns/${campaignId}/submit`);
    if (submitted.status !== 200) throw new Error(`submission refused: ${JSON.stringify(submitted.body)}`);
    await eventually(
      () => registration('GET', `/campaigns/${campaignId}`),
      (r) => r.body.status === 'APPROVED',
    );
    return campaignId;
  }

  /** Finds a number in the area code, orders it and waits until the account owns it. */
  async function ownedNumber(areaCode: string) {
    const offers = await numbers('GET', `/available-numbers?areaCode=${areaCode}&limit=5`);
    const phoneNumber = offers.body.data?.[0]?.phoneNumber as string;
    const ordered = await numbers('POST', '/numbers', { phoneNumber });
    if (ordered.status !== 202) throw new Error(`order refused: ${JSON.stringify(ordered.body)}`);
    await eventually(
      () => numbers('GET', numberPath(phoneNumber)),
      (r) => r.body.status === 'AVAILABLE',
    );
    return phoneNumber;
  }

  /** Links the number to the campaign and waits until the carriers provisioned it. */
  async function assigned(phoneNumber: string, campaignId: string) {
    const requested = await numbers('PUT', numberPath(phoneNumber, '/campaign'), { campaignId });
    if (requested.status !== 202) throw new Error(`assignment refused: ${JSON.stringify(requested.body)}`);
    return eventually(
      () => numbers('GET', numberPath(phoneNumber)),
      (r) => r.body.campaign?.status === 'ASSIGNED',
    );
  }

  /**
   * Acme Dental's brand, approved; a transactional campaign (quiet hours do not hold it) with one number
   * in the area code; and dispatch already knowing that it may send (a first message accepted).
   */
  async function readyToSend({ areaCode = '212', useCase = 'ACCOUNT_NOTIFICATION' } = {}) {
    const brand = await approvedBrand({
      entityType: 'PRIVATE_PROFIT',
      legalName: 'Acme Dental LLC',
      displayName: 'Acme Dental',
      ein: '12-3456789',
      vertical: 'HEALTHCARE',
      email: 'ops@acmedental.example',
    });
    const campaignId = await approvedCampaign(brand.brandId as string, useCase, 'Acme Dental');
    const from = await ownedNumber(areaCode);
    await assigned(from, campaignId);
    await sendable(campaignId, 'Acme Dental');
    return { brandId: brand.brandId as string, campaignId, from };
  }

  /** Waits until dispatch, which learns of campaigns and numbers from their events, accepts a first message. */
  async function sendable(campaignId: string, brandName: string) {
    await eventually(
      () =>
        callAs(accountId, platform.dispatch.url, 'POST', '/messages', {
          campaignId,
          to: '+13125550000',
          text: `${brandName}: warm-up`,
        }),
      (r) => r.status === 202,
    );
  }

  return {
    registration,
    numbers,
    numberPath,
    approvedBrand,
    approvedCampaign,
    ownedNumber,
    assigned,
    sendable,
    readyToSend,
  };
}
