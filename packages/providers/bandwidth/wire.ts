/**
 * Bandwidth's Messaging API v2 on the wire, as its docs and OpenAPI describe it. Nothing outside this
 * folder sees these shapes.
 * https://dev.bandwidth.com/apis/messaging-apis/messaging (createMessage, callbacks)
 */

/** `POST /api/v2/users/{accountId}/messages` body (`messageRequest`). */
export interface BandwidthMessageRequest {
  applicationId: string;
  to: string[];
  from: string;
  text?: string;
  media?: string[];
  /** Echoed in every callback of the message; max 1024 characters. */
  tag?: string;
  priority?: 'default' | 'high';
}

/** The 202 answer (`message`), and the `message` object inside callbacks. */
export interface BandwidthMessage {
  id?: string;
  owner?: string;
  applicationId?: string;
  time?: string;
  segmentCount?: number;
  direction?: 'in' | 'out';
  to?: string[];
  from?: string;
  text?: string;
  media?: string[];
  tag?: string;
  priority?: string;
}

/**
 * Error bodies: `messagingRequestError`, and `createMessageRequestError` (a 400) with its `fieldErrors`. A
 * 404 (an unknown path) has another shape in the docs: `{ timestamp, status, error, message, path }`.
 */
export interface BandwidthErrorBody {
  type?: string;
  description?: string;
  fieldErrors?: Array<{ fieldName?: string; description?: string }>;
  error?: string;
  message?: string;
}

/** One element of the array Bandwidth posts to the application's callback URL. */
export interface BandwidthCallback {
  /** message-sending | message-sent | message-delivered | message-failed | message-received | … */
  type?: string;
  /** When the event happened (ISO 8601). */
  time?: string;
  description?: string;
  /** The recipient this event is about (outbound), or our number that received the message (inbound). */
  to?: string;
  /** message-failed only: Bandwidth's four-digit code. */
  errorCode?: number;
  message?: BandwidthMessage;
}
