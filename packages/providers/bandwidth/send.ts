import type { OutboundMessage, SendResult } from '../src/port.js';
import { toNetworkFailure } from './network-failure.js';
import { type CreateMessageAnswer, toSendResult } from './send-answer.js';
import { basicAuthorization, toMessageRequest } from './send-request.js';

export type Fetch = typeof globalThis.fetch;

export interface SendDependencies {
  fetch: Fetch;
  url: string;
  username: string;
  password: string;
  applicationId: string;
  timeoutMs: number;
}

/** One createMessage call; never throws: every way it can end is a SendResult. */
export async function sendMessage(deps: SendDependencies, message: OutboundMessage): Promise<SendResult> {
  const signal = AbortSignal.timeout(deps.timeoutMs);
  let response: Response;
  try {
    response = await deps.fetch(deps.url, {
      method: 'POST',
      headers: {
        authorization: basicAuthorization(deps.username, deps.password),
        'content-type': 'application/json; charset=utf-8',
        accept: 'application/json',
      },
      body: JSON.stringify(toMessageRequest(message, deps.applicationId)),
      signal,
    });
  } catch (error) {
    return toNetworkFailure(error, deps.timeoutMs);
  }
  return toSendResult(await readAnswer(response), new Date());
}

/** The status and headers, and the body when it can be read to the end (within the same timeout). */
async function readAnswer(response: Response): Promise<CreateMessageAnswer> {
  let body: string | null;
  try {
    body = await response.text();
  } catch {
    body = null;
  }
  return { status: response.status, headers: response.headers, body };
}
