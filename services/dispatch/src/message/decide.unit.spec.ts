import type { MessageAccepted } from '@longcode/contracts';
import type { SendResult } from '@longcode/providers';
import { describe, expect, it } from 'vitest';
import { decideMessage, type MessageCommand } from './decide.js';
import { evolveMessage, initialMessageState, type MessageState } from './message.js';
import { defaultRetryPolicy } from './retry.js';

const t0 = Date.parse('2026-11-02T15:00:00Z');
const now = (plusMs = 0) => new Date(t0 + plusMs);
const accepted = (changes: Partial<MessageAccepted> = {}): MessageAccepted => ({
  messageId: 'msg-1',
  campaignId: 'campaign-1',
  brandId: 'brand-1',
  useCase: 'ACCOUNT_NOTIFICATION',
  from: '+12125550100',
  to: '+13125550123',
  text: 'Acme: your code is 123456',
  mediaUrls: [],
  encoding: 'GSM-7',
  segments: 1,
  priority: 1,
  sendAt: null,
  expiresAt: null,
  statusCallbackUrl: null,
  reference: null,
  complianceReply: null,
  ...changes,
});
const accept = (changes: Partial<MessageAccepted> = {}): MessageCommand => ({
  type: 'AcceptMessage',
  data: accepted(changes),
});
const start = (plusMs = 0): MessageCommand => ({
  type: 'StartSubmission',
  data: { provider: 'telnyx', now: now(plusMs) },
});
const result = (attempt: number, r: SendResult, plusMs = 0): MessageCommand => ({
  type: 'RecordSendResult',
  data: { attempt, result: r, now: now(plusMs), policy: defaultRetryPolicy },
});
const ok: SendResult = { outcome: 'accepted', providerMessageId: 'prov-1', segments: 1 };
const busy = (retryAfterMs: number | null = null): SendResult => ({
  outcome: 'rejected',
  code: '10011',
  description: 'Too many requests',
  retriable: true,
  retryAfterMs,
});
const invalid: SendResult = {
  outcome: 'rejected',
  code: '40001',
  description: 'Not routable',
  retriable: false,
  retryAfterMs: null,
};
const report = (
  status: 'sent' | 'delivered' | 'undelivered' | 'failed',
  errorCode: string | null = null,
): MessageCommand => ({
  type: 'ReportStatus',
  data: { status, errorCode, errorDescription: errorCode ? 'carrier said no' : null, reportedAt: now(5_000) },
});

function given(...commands: MessageCommand[]): MessageState {
  let state = initialMessageState;
  let tick = t0;
  for (const command of commands) {
    for (const event of decideMessage(command, state)) {
      tick += 10;
      state = evolveMessage(state, { ...event, occurredAt: new Date(tick), accountId: 'acct-1' });
    }
  }
  return state;
}
const types = (command: MessageCommand, state: MessageState) =>
  decideMessage(command, state).map((e) => e.type.replace('longcode.dispatch.', ''));

describe('Message > accepted', () => {
  it('is due at once, or at its send_at', () => {
    expect(given(accept())).toMatchObject({ status: 'accepted', attempts: 0, notBefore: new Date(t0 + 10) });
    expect(given(accept({ sendAt: t0 + 3_600_000 }))).toMatchObject({ notBefore: new Date(t0 + 3_600_000) });
  });
  it('is accepted once (a second accept of the same id is refused with MESSAGE_EXISTS)', () => {
    expect(() => decideMessage(accept(), given(accept()))).toThrow(
      expect.objectContaining({ code: 'MESSAGE_EXISTS' }),
    );
  });
});

describe('Message > submission (at most once)', () => {
  it('records the submission before the provider is called, then sent with the provider id', () => {
    expect(types(start(), given(accept()))).toEqual(['MessageSubmitting']);
    expect(given(accept(), start(), result(1, ok))).toMatchObject({
      status: 'sent',
      providerMessageId: 'prov-1',
      attempts: 1,
    });
  });
  it('never starts a second submission while one is in flight, or after the outcome was unknown', () => {
    expect(decideMessage(start(), given(accept(), start()))).toEqual([]);
    const unknown = given(accept(), start(), result(1, { outcome: 'unknown', reason: 'timeout' }));
    expect(unknown).toMatchObject({ status: 'sending', outcomeUnknown: true });
    expect(decideMessage(start(60_000), unknown)).toEqual([]);
  });
  it('ignores an answer about another attempt than the one in flight', () => {
    expect(decideMessage(result(2, ok), given(accept(), start()))).toEqual([]);
  });
  it('retries a refusal the provider says may pass later: after 1 min, 5 min, 15 min, 1 h', () => {
    let state = given(accept(), start(), result(1, busy()));
    expect(state).toMatchObject({ status: 'queued', notBefore: new Date(t0 + 60_000), errorCode: '10011' });
    const waits = [300_000, 900_000, 3_600_000];
    for (const [i, wait] of waits.entries()) {
      const attempt = i + 2;
      state = given(
        accept(),
        ...Array.from({ length: attempt }, (_, k) => [start(), result(k + 1, busy())]).flat(),
      );
      expect(state).toMatchObject({ status: 'queued', notBefore: new Date(t0 + wait) });
    }
  });
  it('waits at least what the provider asks with Retry-After', () => {
    expect(given(accept(), start(), result(1, busy(120_000)))).toMatchObject({
      notBefore: new Date(t0 + 120_000),
    });
  });
  it('fails for good after the last attempt the policy allows', () => {
    const attempts = defaultRetryPolicy.maxAttempts;
    const state = given(
      accept(),
      ...Array.from({ length: attempts }, (_, k) => [start(), result(k + 1, busy())]).flat(),
    );
    expect(state).toMatchObject({ status: 'failed', attempts, errorCode: '10011' });
  });
  it('fails at once with the provider code on a permanent refusal', () => {
    expect(given(accept(), start(), result(1, invalid))).toMatchObject({
      status: 'failed',
      errorCode: '40001',
      notBefore: null,
    });
  });
  it('expires instead of submitting once its validity period has ended', () => {
    const state = given(accept({ expiresAt: t0 + 1_000 }));
    expect(types(start(1_000), state)).toEqual(['MessageExpired']);
    expect(given(accept({ expiresAt: t0 + 1_000 }), start(1_000))).toMatchObject({ status: 'expired' });
  });
});

describe('Message > receipts (a status never moves backwards)', () => {
  it('goes sent → delivered', () => {
    expect(given(accept(), start(), result(1, ok), report('delivered'))).toMatchObject({
      status: 'delivered',
    });
  });
  it('keeps delivered when a late "sent" arrives', () => {
    const delivered = given(accept(), start(), result(1, ok), report('delivered'));
    expect(decideMessage(report('sent'), delivered)).toEqual([]);
  });
  it('takes a delivery that arrives before the provider answered (the answer does not undo it)', () => {
    const state = given(accept(), start(), report('delivered'), result(1, ok));
    expect(state).toMatchObject({ status: 'delivered', providerMessageId: 'prov-1' });
  });
  it('settles an unknown submission from its receipt', () => {
    const state = given(
      accept(),
      start(),
      result(1, { outcome: 'unknown', reason: 'timeout' }),
      report('delivered'),
    );
    expect(state).toMatchObject({ status: 'delivered' });
  });
  it('keeps the first final status (a duplicate or contradicting final report changes nothing)', () => {
    const failed = given(accept(), start(), result(1, ok), report('undelivered', '30003'));
    expect(failed).toMatchObject({ status: 'undelivered', errorCode: '30003' });
    expect(decideMessage(report('delivered'), failed)).toEqual([]);
    expect(decideMessage(report('undelivered', '30003'), failed)).toEqual([]);
  });
});

describe('Message > a submission nobody confirmed', () => {
  const unconfirmed: MessageCommand = {
    type: 'ReportStatus',
    data: {
      status: 'failed',
      errorCode: 'SUBMISSION_UNCONFIRMED',
      errorDescription: 'dispatch stopped',
      reportedAt: now(60_000),
    },
  };
  const lost = () => given(accept(), start(), unconfirmed);
  it('is failed as SUBMISSION_UNCONFIRMED when dispatch settles it', () => {
    expect(lost()).toMatchObject({ status: 'failed', errorCode: 'SUBMISSION_UNCONFIRMED' });
  });
  it("takes the provider's final word when it comes after all (the provider had it)", () => {
    expect(given(accept(), start(), unconfirmed, report('delivered'))).toMatchObject({
      status: 'delivered',
      errorCode: null,
    });
    expect(given(accept(), start(), unconfirmed, report('undelivered', '30003'))).toMatchObject({
      status: 'undelivered',
      errorCode: '30003',
    });
  });
  it('does not go back to sent, and a real provider failure stays final', () => {
    expect(decideMessage(report('sent'), lost())).toEqual([]);
    const failed = given(accept(), start(), result(1, ok), report('failed', '40008'));
    expect(decideMessage(report('delivered'), failed)).toEqual([]);
  });
});

describe('Message > cancel and expire', () => {
  it('cancels a message not yet handed over', () => {
    expect(given(accept({ sendAt: t0 + 60_000 }), { type: 'CancelMessage', data: {} })).toMatchObject({
      status: 'canceled',
    });
  });
  it('refuses to cancel a message already handed to the provider with MESSAGE_NOT_CANCELABLE (409)', () => {
    expect(() => decideMessage({ type: 'CancelMessage', data: {} }, given(accept(), start()))).toThrow(
      expect.objectContaining({
        code: 'MESSAGE_NOT_CANCELABLE',
        status: 409,
        details: { status: 'sending' },
      }),
    );
  });
  it('is deferred while waiting, and a deferral of a message in flight changes nothing', () => {
    const defer: MessageCommand = {
      type: 'DeferMessage',
      data: { notBefore: now(3_600_000), reason: 'QUIET_HOURS' },
    };
    expect(given(accept(), defer)).toMatchObject({ status: 'queued', notBefore: now(3_600_000) });
    expect(decideMessage(defer, given(accept(), start()))).toEqual([]);
  });
});
