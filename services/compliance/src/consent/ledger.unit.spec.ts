import { describe, expect, it } from 'vitest';
import { ledgerEntryOf } from './ledger.js';

const occurredAt = new Date('2026-11-02T15:00:00Z');
const change = {
  phoneNumber: '+13125550123',
  scope: 'CAMPAIGN',
  campaignId: 'campaign-1',
  brandId: 'brand-1',
  how: 'KEYWORD',
  keyword: 'STOP',
  sourceMessageId: 'provider-msg-1',
  actor: 'recipient',
  inboundMessageId: 'in-1',
};
const { phoneNumber: _person, ...documented } = change;

describe('Consent > the ledger > an entry', () => {
  it('of an opt-out gives its expiry as an ISO date-time (null for never)', () => {
    const expiresAt = Date.parse('2026-12-01T00:00:00Z');
    expect(
      ledgerEntryOf({
        type: 'longcode.compliance.ConsentRevoked',
        data: { ...change, expiresAt },
        occurredAt,
      }),
    ).toEqual({
      type: 'ConsentRevoked',
      at: '2026-11-02T15:00:00.000Z',
      ...documented,
      expiresAt: '2026-12-01T00:00:00.000Z',
    });
    expect(
      ledgerEntryOf({
        type: 'longcode.compliance.ConsentRevoked',
        data: { ...change, expiresAt: null },
        occurredAt,
      }),
    ).toMatchObject({ expiresAt: null });
  });

  it('of an opt-in names the change and nothing else', () => {
    expect(ledgerEntryOf({ type: 'longcode.compliance.ConsentGranted', data: change, occurredAt })).toEqual({
      type: 'ConsentGranted',
      at: '2026-11-02T15:00:00.000Z',
      ...documented,
    });
  });

  it('recorded before entries named our id of the text gives that id as null, not missing', () => {
    const { inboundMessageId: _added, ...older } = change;
    const entry = ledgerEntryOf({
      type: 'longcode.compliance.ConsentGranted',
      data: older as typeof change,
      occurredAt,
    });
    expect(entry).toEqual({
      type: 'ConsentGranted',
      at: '2026-11-02T15:00:00.000Z',
      ...documented,
      inboundMessageId: null,
    });
  });

  it('of a reply gives the message it became, not the request’s own fields', () => {
    const data = {
      phoneNumber: change.phoneNumber,
      replyId: 'r-1',
      kind: 'HELP',
      campaignId: 'campaign-1',
      from: '+12125550100',
      text: 'Acme: help at acme.test. Msg & data rates may apply.',
      inReplyTo: 'in-1',
    };
    expect(ledgerEntryOf({ type: 'longcode.compliance.ReplyRequested', data, occurredAt })).toEqual({
      type: 'ReplyRequested',
      at: '2026-11-02T15:00:00.000Z',
      kind: 'HELP',
      messageId: 'r-1',
      campaignId: 'campaign-1',
      from: '+12125550100',
      text: data.text,
      inReplyTo: 'in-1',
    });
  });
});
