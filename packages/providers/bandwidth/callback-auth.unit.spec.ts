import { WebhookRejectedError } from '@longcode/kit';
import { describe, expect, it } from 'vitest';
import { createBandwidthMessaging } from './messaging.js';
import { bandwidthAnswering, basic, config, delivered, rawFixture } from './spec-support.js';

const { provider } = bandwidthAnswering({ status: 202, body: {} });
const body = rawFixture('callback.message-delivered.json');
const parsedWith = (authorization: string | null) => () =>
  provider.parseWebhook(delivered(body, authorization));

describe('Bandwidth messaging > parseWebhook > callback credentials', () => {
  it("reads a callback carrying the application's Basic credentials", () => {
    expect(parsedWith(basic(config.callbackUsername, config.callbackPassword))()).toHaveLength(1);
  });

  it('takes the scheme in any case and the header under any capitalisation', () => {
    const token = Buffer.from(`${config.callbackUsername}:${config.callbackPassword}`).toString('base64');
    const webhook = delivered(body, null);
    webhook.headers.Authorization = `BASIC ${token}`;
    expect(provider.parseWebhook(webhook)).toHaveLength(1);
  });

  it.each([
    ['no Authorization header', null],
    ['another scheme', 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.x'],
    ['Basic without credentials', 'Basic '],
    ['Basic with no colon inside', `Basic ${Buffer.from('longcode-callbacks').toString('base64')}`],
  ])('rejects a callback with %s', (_, authorization) => {
    expect(parsedWith(authorization)).toThrow(WebhookRejectedError);
    expect(parsedWith(authorization)).toThrow('without HTTP Basic credentials');
  });

  it.each([
    ['a wrong password', basic(config.callbackUsername, 'guess')],
    ['a wrong username', basic('admin', config.callbackPassword)],
    ['the API credentials instead', basic(config.username, config.password)],
    [
      'the password cut at its colon',
      basic(config.callbackUsername, config.callbackPassword.split(':')[0] ?? ''),
    ],
  ])('rejects a callback with %s', (_, authorization) => {
    expect(parsedWith(authorization)).toThrow('Bandwidth callback credentials do not match');
  });

  it('answers 401 for a rejected callback', () => {
    const error = (() => {
      try {
        parsedWith(null)();
      } catch (e) {
        return e;
      }
    })();
    expect(error).toMatchObject({ status: 401, code: 'WEBHOOK_SIGNATURE_INVALID' });
  });

  it('refuses to start without callback credentials', () => {
    expect(() => createBandwidthMessaging({ ...config, callbackPassword: '' })).toThrow(
      /callback credentials/,
    );
    expect(() => createBandwidthMessaging({ ...config, callbackUsername: 'a:b' })).toThrow(
      /callback credentials/,
    );
  });
});
