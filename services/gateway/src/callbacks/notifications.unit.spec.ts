import { eventTypes } from '@longcode/contracts';
import type { ConsumedEvent } from '@longcode/eventstore';
import { describe, expect, it } from 'vitest';
import { NOTIFYING_EVENT_TYPES, notificationOf } from './notifications.js';

const event = (type: string, data: Record<string, unknown>, accountId = 'acct-1'): ConsumedEvent =>
  ({
    eventId: 'evt-1',
    type,
    source: 'test',
    subject: 'stream-1',
    streamVersion: 1,
    occurredAt: new Date('2026-11-22T12:00:00Z'),
    accountId,
    correlationId: 'c',
    causationId: null,
    data,
    topic: 't',
    partition: 0,
    offset: '0',
    publishedAt: new Date('2026-11-22T12:00:00Z'),
  }) as unknown as ConsumedEvent;

const nobody = () => undefined;

describe('Notifications', () => {
  it("tell a message's status, with the error of a final failure", () => {
    const delivered = notificationOf(
      event('longcode.dispatch.MessageStatusReported', { messageId: 'm1', status: 'delivered' }),
      nobody,
    );
    expect(delivered).toMatchObject({
      id: 'evt-1',
      type: 'message.status',
      accountId: 'acct-1',
      messageId: 'm1',
      data: { messageId: 'm1', status: 'delivered' },
    });
    const refused = notificationOf(
      event('longcode.dispatch.MessageSubmissionRefused', {
        messageId: 'm1',
        code: '40001',
        description: 'blocked',
        retryAt: null,
      }),
      nobody,
    );
    expect(refused?.data).toMatchObject({ status: 'failed', errorCode: '40001' });
  });

  it('say nothing of inner steps and of refusals that will be retried', () => {
    expect(
      notificationOf(event('longcode.dispatch.MessageSubmitting', { messageId: 'm1' }), nobody),
    ).toBeNull();
    const retried = event('longcode.dispatch.MessageSubmissionRefused', {
      messageId: 'm1',
      code: '503',
      retryAt: '2026-11-22T12:01:00Z',
    });
    expect(notificationOf(retried, nobody)).toBeNull();
  });

  it("route an inbound message to the account that owns the number it was sent to, and drop the provider's ids", () => {
    const inbound = event(
      'longcode.receipts.InboundReceived',
      {
        providerMessageId: 'p1',
        provider: 'telnyx',
        providerEventId: 'e1',
        from: '+13125550100',
        to: '+12125550199',
        text: 'HELP',
        mediaUrls: [],
      },
      'unattributed',
    );
    const owned = notificationOf(inbound, (n) => (n === '+12125550199' ? 'acct-9' : undefined));
    expect(owned).toMatchObject({
      type: 'message.inbound',
      accountId: 'acct-9',
      data: { from: '+13125550100', text: 'HELP', messageId: 'p1' },
    });
    expect(owned?.data).not.toHaveProperty('providerEventId');
    expect(notificationOf(inbound, nobody)).toBeNull();
  });

  it('tell opt-outs and opt-ins apart', () => {
    const revoked = notificationOf(
      event('longcode.compliance.ConsentRevoked', { phoneNumber: '+13125550100', scope: 'GLOBAL' }),
      nobody,
    );
    const granted = notificationOf(
      event('longcode.compliance.ConsentGranted', { phoneNumber: '+13125550100', scope: 'GLOBAL' }),
      nobody,
    );
    expect([revoked?.type, revoked?.data.optedOut, granted?.data.optedOut]).toEqual([
      'opt-out.changed',
      true,
      false,
    ]);
  });

  it("tell a campaign's status changes, not its drafts", () => {
    const suspended = notificationOf(
      event('longcode.registration.CampaignSuspended', {
        campaignId: 'c1',
        reason: 'spam',
        carrier: 'T-Mobile',
      }),
      nobody,
    );
    expect(suspended).toMatchObject({
      type: 'campaign.status',
      data: { campaignId: 'c1', status: 'suspended', carrier: 'T-Mobile' },
    });
    expect(
      notificationOf(event('longcode.registration.CampaignDraftUpdated', { campaignId: 'c1' }), nobody),
    ).toBeNull();
  });

  it('come only from the event types the consumer reads (it passes over the rest unread)', () => {
    const data = {
      messageId: 'm1',
      status: 'delivered',
      retryAt: null,
      to: '+12125550199',
      campaignId: 'c1',
      phoneNumber: '+13125550100',
    };
    const notifying = eventTypes.filter((type) => notificationOf(event(type, data), () => 'acct-9') !== null);
    expect(notifying.length).toBeGreaterThan(8);
    expect(notifying.filter((type) => !(NOTIFYING_EVENT_TYPES as readonly string[]).includes(type))).toEqual(
      [],
    );
  });

  it('tell no one of an event without an account', () => {
    expect(
      notificationOf(event('longcode.registration.CampaignExpired', { campaignId: 'c1' }, 'unknown'), nobody),
    ).toBeNull();
  });
});
