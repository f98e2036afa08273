import type { OutboundMessage } from '../src/port.js';
import { API_VERSION_PATH } from './wire.js';

/**
 * The create-message call as Twilio documents it (https://www.twilio.com/docs/messaging/api/message-resource,
 * operation CreateMessage): `POST /2010-04-01/Accounts/{AccountSid}/Messages.json`, HTTP Basic with the
 * Account SID and Auth Token, an `application/x-www-form-urlencoded` body; media as one `MediaUrl` per URL
 * (Twilio's SDKs repeat the key).
 */
export interface TwilioRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface TwilioAccount {
  baseUrl: string;
  accountSid: string;
  authToken: string;
  /** Sends through this Messaging Service (its sender pool, its callbacks) when given. */
  messagingServiceSid: string | undefined;
}

export function createMessageRequest(account: TwilioAccount, message: OutboundMessage): TwilioRequest {
  const root = account.baseUrl.replace(/\/+$/, '');
  const credentials = Buffer.from(`${account.accountSid}:${account.authToken}`).toString('base64');
  return {
    url: `${root}${API_VERSION_PATH}/Accounts/${encodeURIComponent(account.accountSid)}/Messages.json`,
    headers: {
      authorization: `Basic ${credentials}`,
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    },
    body: messageForm(message, account.messagingServiceSid).toString(),
  };
}

/**
 * The form fields. `From` is always sent: the campaign's assigned number is the sender, also within a
 * Messaging Service ("you can provide a specific sender from your Sender Pool"). An empty text is left
 * out (an MMS may carry media only).
 */
export function messageForm(
  message: OutboundMessage,
  messagingServiceSid: string | undefined,
): URLSearchParams {
  const form = new URLSearchParams();
  form.append('To', message.to);
  form.append('From', message.from);
  if (messagingServiceSid) form.append('MessagingServiceSid', messagingServiceSid);
  if (message.text !== '') form.append('Body', message.text);
  for (const mediaUrl of message.mediaUrls) form.append('MediaUrl', mediaUrl);
  if (message.statusCallbackUrl) form.append('StatusCallback', message.statusCallbackUrl);
  return form;
}
