import type { SendResult } from '../src/port.js';
import { codeOf, describeErrors, errorsOf } from './describe.js';
import { meaningOf } from './error-codes.js';
import type { PostAnswer } from './post.js';
import { retryAfterMs } from './retry-after.js';
import type { TelnyxSendResponse } from './wire.js';

type Answered = Extract<PostAnswer, { kind: 'answered' }>;

/**
 * What one `POST /v2/messages` did to the message. Telnyx's error answer is its word that it did not take
 * the message (`rejected`); silence or a lost connection after the request may have left is `unknown`.
 */
export function toSendResult(answer: PostAnswer, now: Date): SendResult {
  switch (answer.kind) {
    case 'answered':
      return answer.status >= 200 && answer.status < 300 ? accepted(answer) : refused(answer, now);
    case 'not-sent':
      return {
        outcome: 'rejected',
        code: answer.code,
        description: `Telnyx could not be reached, nothing was sent: ${answer.reason}`,
        retriable: true,
        retryAfterMs: null,
      };
    case 'lost':
      return { outcome: 'unknown', reason: answer.reason };
    default: {
      const never: never = answer;
      return never;
    }
  }
}

/** A 2xx with the message's id; without one we cannot tell which message Telnyx took, if any. */
function accepted({ status, body }: Answered): SendResult {
  const data = (body as TelnyxSendResponse | undefined)?.data;
  if (typeof data?.id !== 'string' || data.id === '') {
    return { outcome: 'unknown', reason: `Telnyx answered ${status} without a message id` };
  }
  const parts = data.parts;
  const segments = typeof parts === 'number' && Number.isInteger(parts) && parts > 0 ? parts : null;
  return { outcome: 'accepted', providerMessageId: data.id, segments };
}

/**
 * An error answer. 429 and 5xx may succeed later, as may a 4xx whose code says so (rate limits, a full
 * queue); other 4xx will not. A gateway's 504 without Telnyx's own error body is a timeout relayed by a
 * proxy: Telnyx may have taken the message, so it is not a refusal.
 */
function refused({ status, headers, body }: Answered, now: Date): SendResult {
  const errors = errorsOf(body);
  if (status === 504 && errors.length === 0) {
    return { outcome: 'unknown', reason: 'a gateway timed out waiting for Telnyx (504)' };
  }
  const code = codeOf(errors);
  const meaning = meaningOf(code);
  const retriable = status === 429 || status >= 500 || meaning?.retriable === true;
  return {
    outcome: 'rejected',
    code: code ?? `HTTP_${status}`,
    description: describeErrors(errors) ?? meaning?.title ?? `Telnyx answered HTTP ${status}`,
    retriable,
    retryAfterMs: retriable ? retryAfterMs(headers, now) : null,
  };
}
