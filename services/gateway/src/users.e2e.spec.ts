import {
  callGateway,
  eventually,
  type Platform,
  partnerJourney,
  stackFromEnv,
  startPlatform,
} from '@longcode/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * People at a partner: the operator adds an account's first admin; users sign in with a password, get
 * locked out after repeated failures, reset a forgotten password by mail (the simulator plays the mail
 * provider), and see only what their role and their roles on brands allow.
 */
let platform: Platform;
let accountId: string;
let otherAccountId: string;
const brandA = { brandId: '', campaignId: '', messageId: '' };
const brandB = { brandId: '', campaignId: '', messageId: '' };
const PASSWORD = 'lantern quietly under snow';

const call = (
  method: string,
  path: string,
  token?: string,
  body?: unknown,
  headers?: Record<string, string>,
) =>
  callGateway(platform, method, path, {
    ...(token ? { credential: token } : {}),
    body,
    ...(headers ? { headers } : {}),
  });
const operator = (path: string, body: unknown) => call('POST', path, platform.operatorToken, body);
const signIn = (email: string, password = PASSWORD, headers?: Record<string, string>) =>
  call('POST', '/v1/sessions', undefined, { email, password }, headers);
async function session(email: string, password = PASSWORD): Promise<string> {
  const answer = await signIn(email, password);
  expect(answer.status).toBe(201);
  return answer.body.token;
}
const person = (email: string, role = 'user') => ({
  email,
  password: PASSWORD,
  firstName: 'Dana',
  lastName: 'Rivera',
  role,
});
const correction = {
  legalName: 'Acme Dental LLC',
  displayName: 'Acme Dental',
  email: 'ops@acmedental.example',
};
const text = (brand: string) => ({ text: `${brand}: your order has shipped.` });

let admin: string;

beforeAll(async () => {
  // As behind a load balancer on this machine: X-Forwarded-For from 127.0.0.1 names the client.
  platform = await startPlatform(stackFromEnv(process.env), {
    services: { gateway: { TRUST_PROXY: 'loopback' } },
  });
  accountId = (await operator('/admin/accounts', { name: 'Acme Group' })).body.accountId;
  otherAccountId = (await operator('/admin/accounts', { name: 'Other Partner' })).body.accountId;
  const journey = partnerJourney(platform, accountId);
  Object.assign(brandA, await journey.readyToSend());
  const globex = await journey.approvedBrand({
    entityType: 'PRIVATE_PROFIT',
    legalName: 'Globex Retail LLC',
    displayName: 'Globex',
    ein: '98-7654321',
    vertical: 'RETAIL',
    email: 'ops@globex.example',
  });
  brandB.brandId = globex.brandId;
  brandB.campaignId = await journey.approvedCampaign(brandB.brandId, 'ACCOUNT_NOTIFICATION', 'Globex');
  await journey.assigned(await journey.ownedNumber('415'), brandB.campaignId);
  await journey.sendable(brandB.campaignId, 'Globex');

  expect(
    (await operator(`/admin/accounts/${accountId}/users`, person('admin@acme.example', 'admin'))).status,
  ).toBe(201);
  admin = await session('admin@acme.example');
  for (const brand of [brandA, brandB]) {
    const sent = await call('POST', '/v1/messages', admin, {
      campaignId: brand.campaignId,
      to: '+13125550142',
      ...text('Acme'),
    });
    expect(sent.status).toBe(202);
    brand.messageId = sent.body.id;
  }
}, 300_000);
afterAll(async () => platform?.stop());

describe('Users > signing in', () => {
  it('gives a session token that works as a credential and says who is signed in', async () => {
    const me = await call('GET', '/v1/sessions/current', admin);
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ email: 'admin@acme.example', role: 'admin', isActive: true });
    expect(me.body.user).not.toHaveProperty('passwordHash');
    expect((await call('GET', '/v1/api-keys', admin)).status).toBe(200);
  });

  it('answers a wrong password and an unknown address alike', async () => {
    const wrong = await signIn('admin@acme.example', 'not the password at all');
    const unknown = await signIn('nobody@acme.example', 'not the password at all');
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.code).toBe('LOGIN_FAILED');
  });

  it('locks an address after five failures in a row, even against the right password, and unknown addresses alike', async () => {
    await operator(`/admin/accounts/${accountId}/users`, person('locked@acme.example'));
    for (const email of ['locked@acme.example', 'ghost@acme.example']) {
      const failures = [];
      for (let i = 0; i < 5; i++) failures.push((await signIn(email, 'wrong password, again')).status);
      expect(failures).toEqual([401, 401, 401, 401, 401]);
      const locked = await signIn(email, PASSWORD);
      expect([locked.status, locked.body.code]).toEqual([429, 'LOGIN_LOCKED']);
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(800);
    }
  });

  it('behind a trusted proxy, locks the client guessing, not the owner behind the same proxy', async () => {
    await operator(`/admin/accounts/${accountId}/users`, person('proxied@acme.example'));
    const guesser = { 'x-forwarded-for': '203.0.113.66' };
    const owner = { 'x-forwarded-for': '198.51.100.20' };
    for (let i = 0; i < 5; i++) await signIn('proxied@acme.example', 'a wrong guess', guesser);
    const guessing = await signIn('proxied@acme.example', PASSWORD, guesser);
    expect([guessing.status, guessing.body.code]).toEqual([429, 'LOGIN_LOCKED']);
    expect((await signIn('proxied@acme.example', PASSWORD, owner)).status).toBe(201);
  });

  it('counts simultaneous failures too: of twenty wrong passwords sent at once, five are checked', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => signIn('rushed@acme.example', 'wrong password, in a hurry')),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([...Array(5).fill(401), ...Array(15).fill(429)]);
  });

  it('ends the session at sign-out', async () => {
    const token = await session('admin@acme.example');
    expect((await call('DELETE', '/v1/sessions/current', token)).status).toBe(204);
    const after = await call('GET', '/v1/sessions/current', token);
    expect([after.status, after.body.code]).toEqual([401, 'SESSION_INVALID']);
  });
});

describe('Users > roles', () => {
  let member: string;
  beforeAll(async () => {
    const created = await call('POST', '/v1/users', admin, person('member@acme.example'));
    expect(created.status).toBe(201);
    const given = await call('PUT', `/v1/users/${created.body.id}/brands/${brandA.brandId}`, admin, {
      role: 'member',
    });
    expect(given.body.brands).toEqual([{ brandId: brandA.brandId, role: 'member' }]);
    member = await session('member@acme.example');
  });

  it("lets a brand's member read it, send under its campaigns and read those messages", async () => {
    expect((await call('GET', `/v1/brands/${brandA.brandId}`, member)).status).toBe(200);
    expect((await call('GET', `/v1/campaigns/${brandA.campaignId}`, member)).status).toBe(200);
    const sent = await call('POST', '/v1/messages', member, {
      campaignId: brandA.campaignId,
      to: '+13125550143',
      ...text('Acme'),
    });
    expect(sent.status).toBe(202);
    expect((await call('GET', `/v1/messages/${sent.body.id}`, member)).status).toBe(200);
    expect(
      (await call('GET', `/v1/messages?campaignId=${brandA.campaignId}`, member)).body.data.length,
    ).toBeGreaterThan(0);
  });

  it('answers for brands the user has no role on exactly as for ids that do not exist', async () => {
    const pairs: [string, string, unknown?][] = [
      [`/v1/brands/${brandB.brandId}`, '/v1/brands/00000000-0000-7000-8000-000000000000'],
      [`/v1/campaigns/${brandB.campaignId}`, '/v1/campaigns/00000000-0000-7000-8000-000000000000'],
      [`/v1/messages/${brandB.messageId}`, '/v1/messages/00000000-0000-7000-8000-000000000000'],
    ];
    for (const [theirs, missing] of pairs) {
      const [a, b] = [await call('GET', theirs, member), await call('GET', missing, member)];
      expect(a.status).toBe(404);
      expect({ ...a.body, detail: undefined, instance: undefined }).toEqual({
        ...b.body,
        detail: undefined,
        instance: undefined,
      });
    }
    const send = await call('POST', '/v1/messages', member, {
      campaignId: brandB.campaignId,
      to: '+13125550144',
      ...text('Globex'),
    });
    expect([send.status, send.body.code]).toEqual([409, 'CAMPAIGN_NOT_SENDABLE']);
  });

  it('refuses what the role does not allow: 403, with the reason', async () => {
    const resubmit = await call('POST', `/v1/brands/${brandA.brandId}/resubmit`, member, correction);
    const newBrand = await call('POST', '/v1/brands', member, {
      entityType: 'PRIVATE_PROFIT',
      legalName: 'Member Side Project LLC',
      displayName: 'Side Project',
      ein: '55-1234567',
      vertical: 'RETAIL',
      email: 'ops@side.example',
    });
    const users = await call('GET', '/v1/users', member);
    const unfiltered = await call('GET', '/v1/messages', member);
    expect([resubmit, newBrand, users].map((a) => [a.status, a.body.code])).toEqual([
      [403, 'BRAND_ROLE_INSUFFICIENT'],
      [403, 'ROLE_FORBIDDEN'],
      [403, 'API_KEY_SCOPE_MISSING'],
    ]);
    expect([unfiltered.status, unfiltered.body.code]).toEqual([400, 'CAMPAIGN_REQUIRED']);
  });

  it("lets a brand's owner act on the brand itself (the registry then decides)", async () => {
    const users = await call('GET', '/v1/users', admin);
    const id = users.body.data.find((u: { email: string }) => u.email === 'member@acme.example').id;
    await call('PUT', `/v1/users/${id}/brands/${brandA.brandId}`, admin, { role: 'owner' });
    const resubmit = await call('POST', `/v1/brands/${brandA.brandId}/resubmit`, member, correction);
    // Past the gateway: registration refuses to resubmit an approved brand.
    expect([resubmit.status, resubmit.body.code]).toEqual([409, 'BRAND_NOT_REJECTED']);
  });

  it('lets a manager see every brand, but not add users', async () => {
    await call('POST', '/v1/users', admin, person('manager@acme.example', 'manager'));
    const manager = await session('manager@acme.example');
    expect((await call('GET', `/v1/brands/${brandB.brandId}`, manager)).status).toBe(200);
    expect((await call('GET', `/v1/messages/${brandB.messageId}`, manager)).status).toBe(200);
    const add = await call('POST', '/v1/users', manager, person('x@acme.example'));
    expect([add.status, add.body.code]).toEqual([403, 'API_KEY_SCOPE_MISSING']);
  });

  it('keeps one active admin, and ends the sessions of a deactivated user', async () => {
    const me = (await call('GET', '/v1/sessions/current', admin)).body.user;
    const demote = await call('PATCH', `/v1/users/${me.id}`, admin, { role: 'manager' });
    expect([demote.status, demote.body.code]).toEqual([409, 'LAST_ADMIN']);

    const temp = await call('POST', '/v1/users', admin, person('temp@acme.example'));
    const token = await session('temp@acme.example');
    await call('PATCH', `/v1/users/${temp.body.id}`, admin, { isActive: false });
    expect((await call('GET', '/v1/sessions/current', token)).status).toBe(401);
    expect((await signIn('temp@acme.example')).status).toBe(401);
  });

  it('keeps one admin when two admins demote each other at once', async () => {
    const account = (await operator('/admin/accounts', { name: 'Twin Admins' })).body.accountId;
    const ids: string[] = [];
    for (const email of ['one@twins.example', 'two@twins.example']) {
      ids.push((await operator(`/admin/accounts/${account}/users`, person(email, 'admin'))).body.id);
    }
    const [one, two] = [await session('one@twins.example'), await session('two@twins.example')];
    await Promise.all([
      call('PATCH', `/v1/users/${ids[1]}`, one, { role: 'manager' }),
      call('PATCH', `/v1/users/${ids[0]}`, two, { role: 'manager' }),
    ]);
    const users = (await call('GET', '/v1/users', one)).body.data as { role: string }[];
    expect(users.filter((u) => u.role === 'admin')).toHaveLength(1);
  });

  it("gives a new API key's answer to its maker only, and no key more than its maker holds", async () => {
    await call('POST', '/v1/users', admin, person('keyreader@acme.example', 'manager'));
    const manager = await session('keyreader@acme.example');
    const request = { name: 'deploy', scopes: ['*'] };
    const headers = { 'idempotency-key': `new-key-${Date.now()}` };
    const made = await call('POST', '/v1/api-keys', admin, request, headers);
    expect(made.status).toBe(201);
    // The same request and Idempotency-Key from a role that may not make keys: refused, not replayed.
    const repeated = await call('POST', '/v1/api-keys', manager, request, headers);
    expect([repeated.status, repeated.body.code, repeated.body.key]).toEqual([
      403,
      'API_KEY_SCOPE_MISSING',
      undefined,
    ]);

    const keyMaker = await call('POST', '/v1/api-keys', admin, {
      name: 'key maker',
      scopes: ['api-keys:write'],
    });
    const wider = await call('POST', '/v1/api-keys', keyMaker.body.key, request);
    expect([wider.status, wider.body.code]).toEqual([403, 'API_KEY_SCOPE_MISSING']);
    const same = await call('POST', '/v1/api-keys', keyMaker.body.key, {
      name: 'x',
      scopes: ['api-keys:write'],
    });
    expect(same.status).toBe(201);
  });

  it("shows another account's users to nobody", async () => {
    await operator(`/admin/accounts/${otherAccountId}/users`, person('admin@other.example', 'admin'));
    const other = await session('admin@other.example');
    const acmeUser = (await call('GET', '/v1/users', admin)).body.data[0].id;
    const answer = await call('GET', `/v1/users/${acmeUser}`, other);
    expect([answer.status, answer.body.code]).toEqual([404, 'USER_NOT_FOUND']);
    expect((await call('GET', '/v1/users', other)).body.data.map((u: { email: string }) => u.email)).toEqual([
      'admin@other.example',
    ]);
  });
});

describe('Users > passwords', () => {
  const email = 'forgetful@acme.example';
  async function inbox(to = email): Promise<{ text: string }[]> {
    const answer = (await (await fetch(`${platform.simulator.url}/simulator/mail?to=${to}`)).json()) as {
      mails: { text: string }[];
    };
    return answer.mails;
  }
  /** Asks for `count` resets of the address; the tokens mailed. */
  async function resetTokens(to: string, count: number): Promise<string[]> {
    for (let i = 0; i < count; i++) {
      expect((await call('POST', '/v1/password-resets', undefined, { email: to })).status).toBe(202);
    }
    const mails = await eventually(
      () => inbox(to),
      (m) => m.length >= count,
    );
    return mails.map((m) => /lcr_[A-Za-z0-9_-]{43}/.exec(m.text)?.[0] as string);
  }
  const confirm = (token: string, password: string) =>
    call('POST', '/v1/password-resets/confirm', undefined, { token, password });

  it('resets a forgotten password with the token mailed to the address, once; every session ends', async () => {
    await call('POST', '/v1/users', admin, person(email));
    const before = await session(email);
    expect((await call('POST', '/v1/password-resets', undefined, { email })).status).toBe(202);
    const mails = await eventually(inbox, (m) => m.length === 1);
    const token = /lcr_[A-Za-z0-9_-]{43}/.exec(mails[0]?.text ?? '')?.[0] as string;

    const weak = await call('POST', '/v1/password-resets/confirm', undefined, { token, password: 'short' });
    expect([weak.status, weak.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const done = await call('POST', '/v1/password-resets/confirm', undefined, {
      token,
      password: 'a brand new passphrase',
    });
    expect(done.status).toBe(200);
    const again = await call('POST', '/v1/password-resets/confirm', undefined, {
      token,
      password: 'another new passphrase',
    });
    expect([again.status, again.body.code]).toEqual([400, 'RESET_TOKEN_INVALID']);

    expect((await call('GET', '/v1/sessions/current', before)).status).toBe(401);
    expect((await signIn(email)).status).toBe(401);
    expect((await signIn(email, 'a brand new passphrase')).status).toBe(201);
  });

  it('spends every other reset link of the user at a reset, and at a password change', async () => {
    await call('POST', '/v1/users', admin, person('twice@acme.example'));
    const [first, second] = await resetTokens('twice@acme.example', 2);
    expect((await confirm(first as string, 'a brand new passphrase')).status).toBe(200);
    const late = await confirm(second as string, 'an attacker passphrase');
    expect([late.status, late.body.code]).toEqual([400, 'RESET_TOKEN_INVALID']);

    await call('POST', '/v1/users', admin, person('changes@acme.example'));
    const [pending] = await resetTokens('changes@acme.example', 1);
    const own = await session('changes@acme.example');
    const changed = await call('POST', '/v1/users/me/password', own, {
      currentPassword: PASSWORD,
      newPassword: 'rivers of slate grey',
    });
    expect(changed.status).toBe(204);
    expect((await confirm(pending as string, 'an attacker passphrase')).status).toBe(400);
  });

  it('lets one of two reset links used at once set the password', async () => {
    await call('POST', '/v1/users', admin, person('racing@acme.example'));
    const tokens = await resetTokens('racing@acme.example', 2);
    const answers = await Promise.all([
      confirm(tokens[0] as string, 'first racer passphrase'),
      confirm(tokens[1] as string, 'second racer passphrase'),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 400]);
  });

  it('resets nothing for a deactivated user', async () => {
    const leaver = await call('POST', '/v1/users', admin, person('leaver@acme.example'));
    const [token] = await resetTokens('leaver@acme.example', 1);
    await call('PATCH', `/v1/users/${leaver.body.id}`, admin, { isActive: false });
    const answer = await confirm(token as string, 'a comeback passphrase');
    expect([answer.status, answer.body.code]).toEqual([400, 'RESET_TOKEN_INVALID']);
  });

  it('mails three reset links at most while they are live (no mail bombing)', async () => {
    await call('POST', '/v1/users', admin, person('flooded@acme.example'));
    await resetTokens('flooded@acme.example', 3);
    for (let i = 0; i < 3; i++)
      await call('POST', '/v1/password-resets', undefined, { email: 'flooded@acme.example' });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await inbox('flooded@acme.example')).toHaveLength(3);
  });

  it('answers a reset for an unknown address the same, and mails nobody', async () => {
    const answer = await call('POST', '/v1/password-resets', undefined, {
      email: 'nobody-here@acme.example',
    });
    expect([answer.status, answer.body]).toEqual([202, { accepted: true }]);
  });

  it("changes one's own password with the current one; the other sessions end", async () => {
    await call('POST', '/v1/users', admin, person('changer@acme.example'));
    const [one, two] = [await session('changer@acme.example'), await session('changer@acme.example')];
    const wrong = await call('POST', '/v1/users/me/password', one, {
      currentPassword: 'nope nope nope',
      newPassword: 'rivers of slate grey',
    });
    expect(wrong.status).toBe(400);
    expect(
      (
        await call('POST', '/v1/users/me/password', one, {
          currentPassword: PASSWORD,
          newPassword: 'rivers of slate grey',
        })
      ).status,
    ).toBe(204);
    expect((await call('GET', '/v1/sessions/current', one)).status).toBe(200);
    expect((await call('GET', '/v1/sessions/current', two)).status).toBe(401);
  });
});

describe('Users > audit log', () => {
  it('records sign-ins, failures, users, roles and resets, newest first, for the account only', async () => {
    const log = await call('GET', '/v1/audit-events?limit=200', admin);
    const actions = log.body.data.map((e: { action: string }) => e.action);
    for (const action of [
      'login.succeeded',
      'login.failed',
      'login.locked',
      'user.created',
      'user.brand-role-set',
      'user.updated',
      'password.reset',
      'password.changed',
      'session.ended',
    ]) {
      expect(actions).toContain(action);
    }
    const ids = log.body.data.map((e: { id: string }) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(JSON.stringify(log.body)).not.toContain('admin@other.example');
  });
});
