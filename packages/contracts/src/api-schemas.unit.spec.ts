import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import * as contracts from './index.js';

/** Every JSON schema the API publishes: a value with a `type` (the enums and lists are not schemas). */
const schemas = Object.entries(contracts).filter(
  ([, value]) => typeof value === 'object' && value !== null && 'type' in value,
);

const ajv = () => {
  const instance = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(instance);
  return instance;
};

describe('contracts > the API schemas', () => {
  it('are all found', () => {
    expect(schemas.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'brandResponse',
        'campaignResponse',
        'numberList',
        'consentLedger',
        'deliveryList',
        'brandRequest',
        'brandResubmitRequest',
        'campaignRequest',
        'campaignContentRequest',
        'numberOrderRequest',
        'numberAssignmentRequest',
        'portInRequest',
        'consentChangeRequest',
        'availableNumberQuery',
        'numberQuery',
      ]),
    );
  });

  it.each(schemas)('%s compiles (strict)', (_name, schema) => {
    expect(() => ajv().compile(schema as object)).not.toThrow();
  });

  describe('brandResponse', () => {
    const brand = {
      brandId: 'b-1',
      accountId: 'a-1',
      status: 'PENDING',
      entityType: 'PRIVATE_PROFIT',
      legalName: 'Acme Inc',
      displayName: 'Acme',
      ein: '12-3456789',
      country: 'US',
      website: null,
      vertical: 'TECHNOLOGY',
      email: 'ops@acme.test',
      phone: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      registryBrandId: null,
      identityStatus: null,
      vettingScore: null,
      rejectionReasons: [],
      suspensionReason: null,
    };
    it('takes a pending brand', () => {
      expect(ajv().validate(contracts.brandResponse, brand)).toBe(true);
    });
    it('refuses a status the service does not have', () => {
      expect(ajv().validate(contracts.brandResponse, { ...brand, status: 'LIVE' })).toBe(false);
    });
  });

  describe('consentLedger', () => {
    const change = {
      at: '2026-01-01T00:00:00.000Z',
      scope: 'GLOBAL',
      campaignId: null,
      brandId: null,
      how: 'API',
      keyword: null,
      sourceMessageId: null,
      inboundMessageId: null,
      actor: 'api a-1',
    };
    const reply = {
      type: 'ReplyRequested',
      at: change.at,
      kind: 'HELP',
      messageId: 'r-1',
      campaignId: 'c-1',
      from: '+13125550199',
      text: 'Acme: reply STOP to stop',
      inReplyTo: null,
    };
    const ledgerOf = (...entries: object[]) => ({ phoneNumber: '+13125550100', ledger: entries });
    it('takes each kind of entry by its type', () => {
      const ledger = ledgerOf(
        { type: 'ConsentRevoked', ...change, expiresAt: '2026-02-01T00:00:00.000Z' },
        { type: 'ConsentRevoked', ...change, expiresAt: null },
        { type: 'ConsentGranted', ...change },
        reply,
      );
      expect(ajv().validate(contracts.consentLedger, ledger)).toBe(true);
    });
    it('refuses a revocation without its expiry, or with one in epoch milliseconds', () => {
      expect(ajv().validate(contracts.consentLedger, ledgerOf({ type: 'ConsentRevoked', ...change }))).toBe(
        false,
      );
      const epoch = { type: 'ConsentRevoked', ...change, expiresAt: 1_767_225_600_000 };
      expect(ajv().validate(contracts.consentLedger, ledgerOf(epoch))).toBe(false);
    });
    it('refuses a field it does not document (an event field spread into an entry)', () => {
      expect(ajv().validate(contracts.consentLedger, ledgerOf({ ...reply, replyId: 'r-1' }))).toBe(false);
    });
  });

  describe('request schemas', () => {
    it('campaignRequest takes a draft and refuses a flag it does not know', () => {
      const flags = Object.fromEntries(contracts.campaignFlagNames.map((name) => [name, false]));
      const draft = {
        brandId: 'b-1',
        useCase: 'MARKETING',
        description: 'Offers from Acme',
        messageFlow: 'Customers text JOIN to opt in',
        sampleMessages: ['Acme: 10% off today. Reply STOP to opt out'],
        flags,
      };
      expect(ajv().validate(contracts.campaignRequest, draft)).toBe(true);
      expect(ajv().validate(contracts.campaignRequest, { ...draft, flags: { ...flags, x: true } })).toBe(
        false,
      );
    });
    it('numberQuery pages with cursor, not after', () => {
      expect(ajv().validate(contracts.numberQuery, { cursor: 'abc', limit: 2 })).toBe(true);
      expect(ajv().validate(contracts.numberQuery, { after: '+13125550100' })).toBe(false);
    });
  });
});
