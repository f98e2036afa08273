import type { OutboundMessage } from '../src/port.js';
import type { BandwidthMessageRequest } from './wire.js';

/**
 * The createMessage body for one of our messages (https://dev.bandwidth.com/docs/messaging/createMessage).
 * Our message id travels as `tag`, which Bandwidth echoes in every callback of the message. Bandwidth
 * takes no per-message callback URL (callbacks go to the application's), so `statusCallbackUrl` is not
 * sent. The port carries no priority: every message is sent at Bandwidth's `default` priority.
 */
export function toMessageRequest(message: OutboundMessage, applicationId: string): BandwidthMessageRequest {
  return {
    applicationId,
    to: [message.to],
    from: message.from,
    ...(message.text === '' ? {} : { text: message.text }),
    ...(message.mediaUrls.length === 0 ? {} : { media: message.mediaUrls }),
    tag: message.messageId,
    priority: 'default',
  };
}

/**
 * `…/api/v2/users/{accountId}/messages` under Bandwidth's origin (`https://messaging.bandwidth.com`, or the
 * simulator's); the API root, with its `/api/v2`, is accepted too.
 */
export function messagesUrl(baseUrl: string, accountId: string): string {
  const root = baseUrl.replace(/\/+$/, '').replace(/\/api\/v2$/, '');
  return `${root}/api/v2/users/${encodeURIComponent(accountId)}/messages`;
}

export const basicAuthorization = (username: string, password: string): string =>
  `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
