import type { OutboundMessage } from '../src/port.js';
import type { TelnyxSendRequest } from './wire.js';

/**
 * The body of `POST /v2/messages` for one message. Optional fields are left out rather than sent empty:
 * Telnyx wants `text` non-empty when present, and without `webhook_url` it uses the messaging profile's.
 * https://developers.telnyx.com/api-reference/messages/send-a-message
 */
export function toSendRequest(message: OutboundMessage, messagingProfileId?: string): TelnyxSendRequest {
  return {
    from: message.from,
    to: message.to,
    ...(message.text === '' ? {} : { text: message.text }),
    ...(message.mediaUrls.length === 0 ? {} : { media_urls: [...message.mediaUrls] }),
    ...(message.statusCallbackUrl === null ? {} : { webhook_url: message.statusCallbackUrl }),
    ...(messagingProfileId ? { messaging_profile_id: messagingProfileId } : {}),
  };
}
