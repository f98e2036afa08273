import { describe, expect, it } from 'vitest';
import { type ConsentState, evolveConsent, initialConsentState } from './consent.js';
import { type ConsentChange, type ConsentCommand, decideConsent, type Reply } from './decide.js';

const now = new Date('2026-11-02T15:00:00Z');
const person = '+13125550123';
const change = (c: Partial<ConsentChange> = {}): ConsentChange => ({
  accountId: 'acct-1',
  phoneNumber: person,
  scope: 'BRAND',
  campaignId: 'campaign-1',
  brandId: 'brand-1',
  how: 'KEYWORD',
  keyword: 'STOP',
  sourceMessageId: 'provider-msg-1',
  inboundMessageId: 'in-1',
  actor: 'recipient',
  ...c,
});
const confirmation: Reply = {
  replyId: 'r-1',
  campaignId: 'campaign-1',
  from: '+12125550100',
  text: 'Acme: unsubscribed.',
  inReplyTo: 'in-1',
};
const stop = (c: Partial<ConsentChange> = {}, expiresAt: Date | null = null): ConsentCommand => ({
  type: 'RevokeConsent',
  data: { ...change(c), expiresAt, confirmation, now },
});
const start = (c: Partial<ConsentChange> = {}, everyCovering = true): ConsentCommand => ({
  type: 'GrantConsent',
  data: {
    ...change({ keyword: 'START', ...c }),
    confirmation: { ...confirmation, replyId: 'r-2' },
    now,
    everyCovering,
  },
});
function given(...commands: ConsentCommand[]): ConsentState {
  let state = initialConsentState;
  for (const command of commands)
    for (const event of decideConsent(command, state))
      state = evolveConsent(state, { ...event, occurredAt: now, accountId: 'acct-1' });
  return state;
}
const types = (command: ConsentCommand, state: ConsentState) =>
  decideConsent(command, state).map((e) => e.type.split('.').at(-1));

describe('Consent > opt-out', () => {
  it('records the revocation with who, what and how, and asks for exactly one confirmation', () => {
    const events = decideConsent(stop(), initialConsentState);
    expect(events).toEqual([
      {
        type: 'longcode.compliance.ConsentRevoked',
        data: expect.objectContaining({
          scope: 'BRAND',
          brandId: 'brand-1',
          how: 'KEYWORD',
          keyword: 'STOP',
          sourceMessageId: 'provider-msg-1',
          inboundMessageId: 'in-1',
          actor: 'recipient',
          expiresAt: null,
        }),
      },
      {
        type: 'longcode.compliance.ReplyRequested',
        data: expect.objectContaining({ kind: 'OPT_OUT_CONFIRMATION', replyId: 'r-1', phoneNumber: person }),
      },
    ]);
  });
  it('sends no second confirmation for a second STOP while the first is in force', () => {
    expect(decideConsent(stop(), given(stop()))).toEqual([]);
  });
  it('treats a narrower opt-out under a wider one as already in force (STOP after STOP ALL)', () => {
    expect(decideConsent(stop(), given(stop({ scope: 'GLOBAL', keyword: 'STOPALL' })))).toEqual([]);
    expect(decideConsent(stop({ scope: 'CAMPAIGN' }), given(stop()))).toEqual([]);
  });
  it('records a wider opt-out over a narrower one (STOP ALL after STOP)', () => {
    expect(types(stop({ scope: 'GLOBAL' }), given(stop()))).toEqual(['ConsentRevoked', 'ReplyRequested']);
  });
  it('keeps accounts apart: one account’s opt-out does not cover another’s', () => {
    expect(types(stop({ accountId: 'acct-2' }), given(stop()))).toEqual(['ConsentRevoked', 'ReplyRequested']);
  });
  it('lets an opt-out that lapsed be recorded again', () => {
    expect(types(stop(), given(stop({}, new Date(now.getTime() - 1))))).toEqual([
      'ConsentRevoked',
      'ReplyRequested',
    ]);
  });
});

describe('Consent > opt-in', () => {
  it('lifts every opt-out covering the campaign on START, and confirms once', () => {
    const state = given(stop(), stop({ scope: 'GLOBAL' }));
    const events = decideConsent(start(), state);
    expect(
      events.map((e) => [
        e.type.split('.').at(-1),
        (e.data as { scope?: string }).scope ?? (e.data as { kind: string }).kind,
      ]),
    ).toEqual([
      ['ConsentGranted', 'BRAND'],
      ['ConsentGranted', 'GLOBAL'],
      ['ReplyRequested', 'OPT_IN_CONFIRMATION'],
    ]);
    expect(decideConsent(stop(), given(stop(), stop({ scope: 'GLOBAL' }), start()))).not.toEqual([]);
  });
  it('records consent given when nothing was revoked, without a confirmation', () => {
    expect(types(start(), initialConsentState)).toEqual(['ConsentGranted']);
  });
  it('lifts only the scope named when an API grant names one', () => {
    const state = given(stop(), stop({ scope: 'GLOBAL' }));
    expect(
      decideConsent(start({ scope: 'GLOBAL', how: 'API' }, false), state).map(
        (e) => (e.data as { scope?: string }).scope,
      ),
    ).toEqual(['GLOBAL', undefined]);
  });
});

describe('Consent > HELP', () => {
  it('is answered every time', () => {
    const help: ConsentCommand = { type: 'AnswerHelp', data: { phoneNumber: person, reply: confirmation } };
    expect(types(help, given(stop()))).toEqual(['ReplyRequested']);
    expect(decideConsent(help, initialConsentState)[0]?.data).toMatchObject({ kind: 'HELP' });
  });
});
