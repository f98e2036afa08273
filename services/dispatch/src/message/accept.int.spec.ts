import { randomUUID } from 'node:crypto';
import { messageStream } from '@longcode/contracts';
import { approvedThroughput } from '@longcode/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumed, startDispatchHarness } from '../testing/harness.js';

let h: Awaited<ReturnType<typeof startDispatchHarness>>;
const account = { 'x-account-id': 'acct-1' };
const campaignId = randomUUID();
const pool = ['+12125550100', '+13055550100', '+14155550100'];
const send = (payload: Record<string, unknown>) =>
  h.app.inject({
    method: 'POST',
    url: '/messages',
    headers: account,
    payload: { campaignId, text: 'Acme: hello', ...payload },
  });
const revoke = (phoneNumber: string, scope = 'BRAND') =>
  consumed('longcode.compliance.ConsentRevoked', {
    phoneNumber,
    scope,
    campaignId,
    brandId: 'brand-1',
    how: 'KEYWORD',
    keyword: 'STOP',
    sourceMessageId: null,
    actor: 'recipient',
    expiresAt: null,
  });

beforeAll(async () => {
  h = await startDispatchHarness();
  await h.sendable(
    consumed('longcode.registration.CampaignApproved', {
      campaignId,
      brandId: 'brand-1',
      registryCampaignId: 'CDEF456',
      throughput: approvedThroughput({
        attMessageClass: 'E',
        attSmsTpm: 240,
        attMmsTpm: 150,
        tmobileTier: 'LOW',
        tmobileDailyCap: 2000,
      }),
      useCase: 'MARKETING',
    }),
    ...pool.map((phoneNumber) =>
      consumed('longcode.numbers.NumberAssigned', {
        phoneNumber,
        campaignId,
        areaCode: phoneNumber.slice(2, 5),
        region: null,
      }),
    ),
  );
});
afterAll(async () => h?.stop());

describe('Accepting a message', () => {
  it("picks the pool's number in the recipient's area code, and keeps it for that recipient", async () => {
    const first = await send({ to: '+13055559876' });
    expect(first.json()).toMatchObject({ from: '+13055550100', priority: 2 });
    const again = await send({ to: '+13055559876' });
    expect(again.json().from).toBe('+13055550100');
  });

  it('refuses an opted-out recipient with RECIPIENT_OPTED_OUT (409), whatever the scope', async () => {
    // Recipients of this test only: a random one once opted out the list test's recipient for good.
    for (const [i, scope] of ['BRAND', 'GLOBAL'].entries()) {
      const to = `+131255540${10 + i}`;
      await h.consent(revoke(to, scope));
      const refused = await send({ to });
      expect([refused.statusCode, refused.json().code, refused.json().details]).toEqual([
        409,
        'RECIPIENT_OPTED_OUT',
        { scope },
      ]);
    }
  });

  it("refuses another account's campaign as not sendable", async () => {
    const refused = await h.app.inject({
      method: 'POST',
      url: '/messages',
      headers: { 'x-account-id': 'acct-2' },
      payload: { campaignId, to: '+13125550111', text: 'hi' },
    });
    expect([refused.statusCode, refused.json().code]).toEqual([409, 'CAMPAIGN_NOT_SENDABLE']);
  });

  it('accepts the one confirmation compliance asks for, despite the opt-out it confirms, once', async () => {
    const to = '+13125550999';
    const replyId = randomUUID();
    const reply = consumed('longcode.compliance.ReplyRequested', {
      phoneNumber: to,
      replyId,
      kind: 'OPT_OUT_CONFIRMATION',
      campaignId,
      from: pool[0],
      text: 'Acme: unsubscribed.',
      inReplyTo: null,
    });
    await h.consent(revoke(to), reply);
    await h.consent(reply);
    const message = await h.app.inject({ url: `/messages/${replyId}`, headers: account });
    expect(message.json()).toMatchObject({
      status: 'accepted',
      to,
      from: pool[0],
      text: 'Acme: unsubscribed.',
    });
    expect((await send({ to })).json().code).toBe('RECIPIENT_OPTED_OUT');
  });

  it('accepts single sends arriving together each on its own: own id and correlation; a refusal refuses only itself', async () => {
    const sends = Array.from({ length: 96 }, (_, i) => ({
      to: i % 10 === 3 ? `+1773555${i}` : `+1773555${String(1000 + i)}`,
      correlationId: randomUUID(),
    }));
    const answers = await Promise.all(
      sends.map(({ to, correlationId }) =>
        h.app.inject({
          method: 'POST',
          url: '/messages',
          headers: { ...account, 'x-correlation-id': correlationId },
          payload: { campaignId, text: 'Acme: hello', to },
        }),
      ),
    );
    const refusedOnes = sends.flatMap((_, i) => (i % 10 === 3 ? [i] : []));
    expect(answers.map((a) => a.statusCode)).toEqual(
      sends.map((_, i) => (refusedOnes.includes(i) ? 400 : 202)),
    );
    const accepted = answers.flatMap((a, i) => (a.statusCode === 202 ? [{ id: a.json().id, i }] : []));
    expect(new Set(accepted.map((a) => a.id)).size).toBe(96 - refusedOnes.length);
    for (const { id, i } of accepted.slice(0, 10)) {
      const [event] = await h.store.readStream(messageStream(id));
      expect([event?.correlationId, (event?.data as { to: string } | undefined)?.to]).toEqual([
        sends[i]?.correlationId,
        sends[i]?.to,
      ]);
    }
  });

  it("lists the account's messages newest first, a page at a time, narrowed by recipient", async () => {
    const to = '+13125557777';
    const sent = [];
    for (let i = 0; i < 5; i++) {
      const accepted = await send({ to });
      expect(accepted.statusCode, accepted.body).toBe(202);
      sent.push(accepted.json().id);
    }
    const page = (query: string, headers = account) =>
      h.app.inject({ url: `/messages?to=${encodeURIComponent(to)}&limit=2${query}`, headers });
    const seen: string[] = [];
    let cursor = '';
    for (;;) {
      const answer = (await page(cursor ? `&cursor=${cursor}` : '')).json();
      seen.push(...answer.data.map((m: { id: string }) => m.id));
      if (!answer.nextCursor) break;
      cursor = answer.nextCursor;
    }
    expect(seen).toEqual([...sent].reverse());
    expect((await page('', { 'x-account-id': 'acct-2' })).json()).toEqual({ data: [], nextCursor: null });
    const bad = await page('&cursor=bm90LWEtY3Vyc29y');
    expect([bad.statusCode, bad.json().errors]).toEqual([
      400,
      [{ field: 'query.cursor', message: 'is not a cursor this API gave' }],
    ]);
  });

  it('lists the messages accepted within a range of time: from inclusive, before exclusive', async () => {
    const to = '+13125557779';
    const sent: Array<{ id: string; acceptedAt: string }> = [];
    for (let i = 0; i < 3; i++) {
      const accepted = (await send({ to })).json();
      sent.push({ id: accepted.id, acceptedAt: accepted.acceptedAt });
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const [first, second, third] = sent;
    const ids = async (range: string) => {
      const answer = await h.app.inject({
        url: `/messages?to=${encodeURIComponent(to)}${range}`,
        headers: account,
      });
      return answer.json().data.map((m: { id: string }) => m.id);
    };
    const at = (instant: string | undefined) => encodeURIComponent(instant ?? '');
    expect(await ids(`&acceptedFrom=${at(second?.acceptedAt)}`)).toEqual([third?.id, second?.id]);
    expect(await ids(`&acceptedBefore=${at(second?.acceptedAt)}`)).toEqual([first?.id]);
    expect(
      await ids(`&acceptedFrom=${at(second?.acceptedAt)}&acceptedBefore=${at(third?.acceptedAt)}`),
    ).toEqual([second?.id]);
    const empty = await h.app.inject({
      url: `/messages?acceptedFrom=${at(third?.acceptedAt)}&acceptedBefore=${at(first?.acceptedAt)}`,
      headers: account,
    });
    expect([empty.statusCode, empty.json().errors]).toEqual([
      400,
      [{ field: 'query.acceptedBefore', message: 'must be later than acceptedFrom (the range is empty)' }],
    ]);
    const notAnInstant = await h.app.inject({ url: '/messages?acceptedFrom=yesterday', headers: account });
    expect(notAnInstant.statusCode).toBe(400);
  });

  it("shows a message's timeline, every event in order with its payload, to its own account only", async () => {
    const id = (await send({ to: '+13125557778' })).json().id;
    const timeline = await h.app.inject({ url: `/messages/${id}/events`, headers: account });
    expect(timeline.json().data.map((e: { type: string }) => e.type)).toEqual(['MessageAccepted']);
    expect(timeline.json().data[0].data).toMatchObject({ messageId: id, to: '+13125557778' });
    const theirs = await h.app.inject({
      url: `/messages/${id}/events`,
      headers: { 'x-account-id': 'acct-2' },
    });
    expect([theirs.statusCode, theirs.json().code]).toEqual([404, 'MESSAGE_NOT_FOUND']);
  });

  it('schedules a message for later and lets the partner cancel it before it goes', async () => {
    const sendAt = new Date(Date.now() + 3_600_000).toISOString();
    const accepted = (await send({ to: '+13125550222', sendAt })).json();
    expect(accepted).toMatchObject({ status: 'accepted', sendAt });
    const canceled = await h.app.inject({
      method: 'POST',
      url: `/messages/${accepted.id}/cancel`,
      headers: account,
    });
    expect(canceled.json()).toMatchObject({ status: 'canceled' });
    const again = await h.app.inject({
      method: 'POST',
      url: `/messages/${accepted.id}/cancel`,
      headers: account,
    });
    expect([again.statusCode, again.json().code]).toEqual([409, 'MESSAGE_NOT_CANCELABLE']);
  });
});
