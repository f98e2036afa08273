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
      phoneNumber: '+13125550100',
      scope: 'GLOBAL',
      campaignId: null,
      brandId: null,
      how: 'API',
      keyword: null,
      sourceMessageId: null,
      actor: 'api a-1',
    };
    it('takes each kind of entry by its type', () => {
      const ledger = {
        phoneNumber: '+13125550100',
        ledger: [
          { type: 'ConsentRevoked', ...change, expiresAt: null },
          { type: 'ConsentGranted', ...change },
          {
            type: 'ReplyRequested',
            at: change.at,
            phoneNumber: change.phoneNumber,
            replyId: 'r-1',
            kind: 'HELP',
            campaignId: 'c-1',
            from: '+13125550199',
            text: 'Acme: reply STOP to stop',
            inReplyTo: null,
          },
        ],
      };
      expect(ajv().validate(contracts.consentLedger, ledger)).toBe(true);
    });
    it('refuses a revocation without its expiry', () => {
      const ledger = { phoneNumber: '+13125550100', ledger: [{ type: 'ConsentRevoked', ...change }] };
      expect(ajv().validate(contracts.consentLedger, ledger)).toBe(false);
    });
  });
});
