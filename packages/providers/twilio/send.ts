import type { OutboundMessage, SendResult } from '../src/port.js';
import { sendResultOf, type TwilioAnswer } from './answer.js';
import { sendResultOfFailure } from './network.js';
import { createMessageRequest, type TwilioAccount } from './request.js';

export type Fetch = typeof globalThis.fetch;

export interface SendDeps {
  account: TwilioAccount;
  fetch: Fetch;
  /** The whole call, answer body included. */
  timeoutMs: number;
  now: () => Date;
}

/** One create-message call; never throws: every way it can end is a SendResult. */
export async function sendThroughTwilio(deps: SendDeps, message: OutboundMessage): Promise<SendResult> {
  const request = createMessageRequest(deps.account, message);
  let answer: TwilioAnswer;
  try {
    const response = await deps.fetch(request.url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(deps.timeoutMs),
    });
    answer = await readAnswer(response);
  } catch (error) {
    return sendResultOfFailure(error);
  }
  return sendResultOf(answer, deps.now());
}

/**
 * The answer read whole. Its status is known before the body: an error status stays an error even when
 * the body is lost on the way; a success whose body is lost is not, because only the body names the sid.
 */
async function readAnswer(response: Response): Promise<TwilioAnswer> {
  const retryAfter = response.headers.get('retry-after');
  try {
    return { status: response.status, retryAfter, text: await response.text() };
  } catch (error) {
    if (response.ok) throw error;
    return { status: response.status, retryAfter, text: '' };
  }
}
